import { skipToken, useQueries } from '@tanstack/react-query';
import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import type { DeployedSnapshot, SnapshotRead } from '../../api/snapshotFiles';
import type { Catalogue } from '../../content/catalogue';
import { portalQueryKey } from '../../shared/portals/portalQueries';
import { snapshotCatalogueQuery } from '../../shared/portals/snapshotQueries';

/**
 * What the query cache holds for each portal, read without fetching anything, so it shows what
 * an earlier visit saved on arrival and follows each portal as a save puts it in the cache.
 */
export function useSavedContent(portals: readonly PortalConfig[]): (PortalContent | undefined)[] {
  return useQueries({
    queries: portals.map((portal) => ({ queryKey: portalQueryKey(portal), queryFn: skipToken })),
    combine: (results) => results.map((result) => result.data as PortalContent | undefined),
  });
}

export interface SavedCatalogue {
  place: string | null;
  read: SnapshotRead<Catalogue>;
  /** When it was saved on this device (ms since the epoch). */
  savedAt: number;
}

/** The same for a snapshot's catalogues, one per place; `snapshot` null reads nothing. */
export function useSavedCatalogues(snapshot: DeployedSnapshot | undefined, places: readonly (string | null)[]): SavedCatalogue[] {
  return useQueries({
    queries: snapshot ? places.map((place) => ({ queryKey: snapshotCatalogueQuery(snapshot, place).queryKey, queryFn: skipToken })) : [],
    combine: (results) =>
      results.flatMap((result, i) =>
        result.data ? [{ place: places[i] ?? null, read: result.data as SnapshotRead<Catalogue>, savedAt: result.dataUpdatedAt }] : [],
      ),
  });
}

import type { PortalConfig } from '../../api/portalConfig';
import type { DeployedSnapshot } from '../../api/snapshotFiles';
import { loadPortal, portalQueryKey } from '../../shared/portals/portalQueries';
import { queryClient } from '../../shared/portals/queryClient';
import { snapshotCatalogueQuery } from '../../shared/portals/snapshotQueries';

/** One download of "Save for offline": it fetches, puts what arrives where the pages read it, and counts its items. */
export interface SaveJob {
  id: string;
  run(fetchImpl: typeof fetch): Promise<{ items: number }>;
}

/** From the live portals: each portal's feed, through its adapter. */
export function portalJobs(portals: readonly PortalConfig[]): SaveJob[] {
  return portals.map((portal) => ({
    id: portal.id,
    async run(fetchImpl) {
      const content = await loadPortal(portal, undefined, fetchImpl);
      queryClient.setQueryData(portalQueryKey(portal), content);
      return { items: content.feed.items.length };
    },
  }));
}

/** The job id of a place's catalogue, so the page can tell which download failed. */
export const catalogueJobId = (place: string | null) => `catalogue:${place ?? ''}`;

/**
 * From a deployed snapshot: each place's one merged catalogue, which is all its pages read. Its
 * sources are in it already, so saving them too would download the same content twice.
 */
export function catalogueJobs(snapshot: DeployedSnapshot, places: readonly (string | null)[]): SaveJob[] {
  return [...new Set(places)].map((place) => ({
    id: catalogueJobId(place),
    async run(fetchImpl) {
      const { fetchSnapshotCatalogue } = await import('../../api/snapshotFiles');
      const read = await fetchSnapshotCatalogue(snapshot, place, window.location.href, undefined, fetchImpl);
      queryClient.setQueryData(snapshotCatalogueQuery(snapshot, place).queryKey, read);
      return { items: read.value.items.length };
    },
  }));
}

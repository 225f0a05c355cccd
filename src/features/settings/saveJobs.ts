import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import type { DeployedSnapshot, SnapshotRead } from '../../api/snapshotFiles';
import type { Catalogue } from '../../content/catalogue';
import { loadPortal, portalQueryKey } from '../../shared/portals/portalQueries';
import { queryClient } from '../../shared/portals/queryClient';
import { snapshotCatalogueQuery } from '../../shared/portals/snapshotQueries';

/** One download of "Save for offline": it fetches, puts what arrives where the pages read it, and counts its items. */
export interface SaveJob {
  id: string;
  run(fetchImpl: typeof fetch): Promise<{ items: number }>;
}

/**
 * Content the app fetched this recently is the latest there is: the plan a person just read is
 * not downloaded a second time on a metered connection when they then save it for offline use.
 */
const JUST_FETCHED_MS = 5 * 60_000;

function justFetched<T>(queryKey: readonly unknown[]): T | undefined {
  const state = queryClient.getQueryState<T>(queryKey);
  return state?.status === 'success' && Date.now() - state.dataUpdatedAt < JUST_FETCHED_MS ? state.data : undefined;
}

/** From the live portals: each portal's feed, through its adapter. */
export function portalJobs(portals: readonly PortalConfig[]): SaveJob[] {
  return portals.map((portal) => ({
    id: portal.id,
    async run(fetchImpl) {
      const saved = justFetched<PortalContent>(portalQueryKey(portal));
      if (saved) return { items: saved.feed.items.length };
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
      const saved = justFetched<SnapshotRead<Catalogue>>(snapshotCatalogueQuery(snapshot, place).queryKey);
      if (saved) return { items: saved.value.items.length };
      const { fetchSnapshotCatalogue } = await import('../../api/snapshotFiles');
      const read = await fetchSnapshotCatalogue(snapshot, place, window.location.href, undefined, fetchImpl);
      queryClient.setQueryData(snapshotCatalogueQuery(snapshot, place).queryKey, read);
      return { items: read.value.items.length };
    },
  }));
}

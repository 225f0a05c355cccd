import type { PortalConfig } from '../../api/portalConfig';
import type { DeployedSnapshot } from '../../api/snapshotFiles';
import { loadPortal, portalQueryKey } from '../../shared/portals/portalQueries';
import { queryClient } from '../../shared/portals/queryClient';
import { snapshotCatalogueQuery } from '../../shared/portals/snapshotQueries';
import { pageAddress } from '../../shared/pageAddress';

/** One download of "Save for offline": it fetches, puts what arrives where the pages read it, and counts its items. */
export interface SaveJob {
  id: string;
  run(fetchImpl: typeof fetch): Promise<{ items: number }>;
}

/**
 * Content the app fetched this recently is the latest there is: the plan a person just read is
 * not downloaded a second time on a metered connection when they then save it for offline use.
 * (`fetchQuery` also joins a download the page has under way instead of starting another.)
 */
const JUST_FETCHED_MS = 5 * 60_000;

/** From the live portals: each portal's feed, through its adapter. */
export function portalJobs(portals: readonly PortalConfig[]): SaveJob[] {
  return portals.map((portal) => ({
    id: portal.id,
    async run(fetchImpl) {
      const content = await queryClient.fetchQuery({
        queryKey: portalQueryKey(portal),
        queryFn: () => loadPortal(portal, undefined, fetchImpl),
        staleTime: JUST_FETCHED_MS,
      });
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
      const query = snapshotCatalogueQuery(snapshot, place);
      const read = await queryClient.fetchQuery({
        ...query,
        queryFn: async ({ signal }) =>
          (await import('../../api/snapshotFiles')).fetchSnapshotCatalogue(snapshot, place, pageAddress(), signal, fetchImpl),
        // A copy from a snapshot since replaced is never the latest, however recent.
        staleTime: ({ state }) => (state.data?.generatedAt === snapshot.generatedAt ? JUST_FETCHED_MS : 0),
        retry: false,
      });
      return { items: read.value.items.length };
    },
  }));
}

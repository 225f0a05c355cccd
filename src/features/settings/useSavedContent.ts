import { skipToken, useQueries } from '@tanstack/react-query';
import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import { portalQueryKey } from '../../shared/portals/portalQueries';

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

import { parseFeed } from '../../content/parseFeed';
import { fetchPortalJson } from '../fetchPortal';
import type { PortalAdapter } from '../portalContent';
import { PortalError } from '../portalError';

/** Portals that already serve the common newcomer content feed need validation only. */
export const newcomerFeedAdapter: PortalAdapter = {
  async load(portal, options) {
    const { feed, problems } = parseFeed(await fetchPortalJson(portal, options));
    if (!feed) {
      throw new PortalError(portal.id, 'rejected', problems.map((p) => p.message).join('\n'), undefined, problems);
    }
    return { portalId: portal.id, feed, problems, fetchedAt: new Date().toISOString() };
  },
};

import type { PortalConfig } from './portalConfig';
import type { LoadOptions, PortalAdapter, PortalContent } from './portalContent';
import { newcomerFeedAdapter } from './adapters/newcomerFeed';

/** One adapter per kind of portal; the rest of the app sees only the common feed. */
const adapters: Record<PortalConfig['kind'], PortalAdapter> = {
  'newcomer-feed': newcomerFeedAdapter,
};

export function loadPortal(portal: PortalConfig, options: LoadOptions): Promise<PortalContent> {
  return adapters[portal.kind].load(portal, options);
}

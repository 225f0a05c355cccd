import type { FeedKind, PortalConfig } from './portalConfig';
import type { LoadOptions, PortalAdapter, PortalContent } from './portalContent';
import { PortalError } from './portalError';
import { newcomerFeedAdapter } from './adapters/newcomerFeed';

// The real services' adapters (and json5) load only when a configured source needs them, so a
// configuration of common feeds alone downloads no more code than before they existed.
const adaptedSources = () => import('./adaptedSources');

/**
 * One adapter per kind of feed source; the rest of the app sees only the common feed. News
 * kinds (NEWS_KINDS, e.g. gc-news) have none: they are not feeds, and PortalConfig cannot hold
 * one, so a news source cannot be handed to loadPortal.
 */
const adapters: Record<FeedKind, () => Promise<PortalAdapter>> = {
  'newcomer-feed': () => Promise.resolve(newcomerFeedAdapter),
  'ircc-newcomer-services': async () => (await adaptedSources()).irccNewcomerServicesAdapter,
  hsds: async () => (await adaptedSources()).hsdsAdapter,
  'ckan-datastore': async () => (await adaptedSources()).ckanDatastoreAdapter,
};

export async function loadPortal(portal: PortalConfig, options: LoadOptions): Promise<PortalContent> {
  // Only reachable past the types (a config built by hand in plain JavaScript, a news source).
  if (!Object.hasOwn(adapters, portal.kind)) {
    const kind = String(portal.kind);
    const why = kind === 'gc-news' ? 'gc-news sources are read by the news page, not as a feed' : `no feed adapter reads ${kind} sources`;
    throw new PortalError(portal.id, 'rejected', why);
  }
  return (await adapters[portal.kind]()).load(portal, options);
}

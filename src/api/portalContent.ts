import type { Feed } from '../content/feed';
import type { FeedProblem } from '../content/parseFeed';
import type { PortalConfig } from './portalConfig';

/** What one portal contributed: its feed in the common shape, and what was wrong with it. */
export interface PortalContent {
  portalId: string;
  feed: Feed;
  problems: FeedProblem[];
  /**
   * Records of a real service its adapter does not read (a bookmobile, a place outside Ontario,
   * a record with no address): a matter for whoever runs the source or the ingest, which reports
   * them, not for a newcomer, who is never shown them as "left out".
   */
  rejected?: FeedProblem[];
  fetchedAt: string;
}

export interface PortalAdapter {
  load(portal: PortalConfig, options: LoadOptions): Promise<PortalContent>;
}

export interface LoadOptions {
  /** Resolves relative portal URLs: the page's origin in the browser, a base URL in Node. */
  baseUrl: string;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

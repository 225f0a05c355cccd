import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import type { PortalFailure } from '../../api/portalError';
import type { FeedProblem } from '../../content/parseFeed';

/** What the page asks the portal worker: read one portal, or stop reading one. */
export type PortalWorkerRequest = { id: number; portal: PortalConfig; baseUrl: string } | { id: number; abort: true };

/** A PortalError as it crosses to the page: a class does not survive the copy, its fields do. */
export interface PortalErrorFields {
  portalId: string;
  failure: PortalFailure;
  message: string;
  status?: number;
  problems: FeedProblem[];
}

export type PortalWorkerResponse =
  | { id: number; ok: true; content: PortalContent }
  | { id: number; ok: false; error: PortalErrorFields | { message: string } };

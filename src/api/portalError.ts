import type { FeedProblem } from '../content/parseFeed';

export type PortalFailure = 'unreachable' | 'timeout' | 'http' | 'not-json' | 'rejected';

/** Why a portal gave nothing usable, in terms the UI can explain to a person. */
export class PortalError extends Error {
  constructor(
    readonly portalId: string,
    readonly failure: PortalFailure,
    message: string,
    readonly status?: number,
    readonly problems: FeedProblem[] = [],
  ) {
    super(message);
    this.name = 'PortalError';
  }
}

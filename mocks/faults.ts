import { HttpResponse, delay } from 'msw';
import { SLOW_MS, SWITCH_COOKIE, TIMEOUT_MS, modeFor } from './switches.ts';

/**
 * What a switched mock portal does instead of answering normally (see switches.ts): a failure
 * response to send as it is, 'malformed' for the handler to add its own broken record, or
 * 'normal' (after the wait, when the portal is slow).
 */
export async function mockFault(
  portal: string,
  cookies: Record<string, string>,
  failure: { status?: number; html?: string } = {},
): Promise<Response | 'malformed' | 'normal'> {
  switch (modeFor(portal, cookies[SWITCH_COOKIE])) {
    case 'fail':
      return HttpResponse.html(failure.html ?? '<h1>503 Service Unavailable</h1>', { status: failure.status ?? 500 });
    case 'timeout':
      await delay(TIMEOUT_MS);
      return HttpResponse.html('<h1>504 Gateway Timeout</h1>', { status: 504 });
    case 'slow':
      await delay(SLOW_MS);
      return 'normal';
    case 'malformed':
      return 'malformed';
    case 'ok':
      return 'normal';
  }
}

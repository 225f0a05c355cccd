import type { SourceConfig } from './portalConfig';
import type { LoadOptions } from './portalContent';
import { PortalError } from './portalError';

/** Which address to ask, and under which time limit, when a source takes more than one request. */
export interface PortalRequest {
  /** Another address of the same source (its next page); the configured `url` otherwise. */
  url?: string;
  /**
   * One time limit for every request of one load, so a source of many pages answers within its
   * `timeoutMs` as a whole rather than per page. A fresh limit per request otherwise.
   */
  timeout?: AbortSignal;
}

/** What a request needs of a source's configuration: news sources are fetched the same way as feeds. */
type Source = Pick<SourceConfig, 'id' | 'url' | 'timeoutMs'>;

interface Answer {
  response: Response;
  timeout: AbortSignal;
}

/** Why a request (or the reading of its body) failed, as a PortalError; the caller's own abort passes through. */
function requestFailure(portal: Source, error: unknown, timeout: AbortSignal, options: LoadOptions): unknown {
  if (timeout.aborted) {
    return new PortalError(portal.id, 'timeout', `${portal.id} did not answer within ${portal.timeoutMs} ms`);
  }
  if (options.signal?.aborted) return error;
  return new PortalError(portal.id, 'unreachable', `${portal.id} could not be reached: ${String(error)}`);
}

/** GETs one address of a portal with its time limit; every failure but the caller's abort is a PortalError. */
async function request(portal: Source, options: LoadOptions, accept: string, target: PortalRequest): Promise<Answer> {
  const fetchImpl = options.fetch ?? fetch;
  const timeout = target.timeout ?? AbortSignal.timeout(portal.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchImpl(new URL(target.url ?? portal.url, options.baseUrl), { signal, headers: { Accept: accept } });
  } catch (error) {
    throw requestFailure(portal, error, timeout, options);
  }
  if (!response.ok) {
    throw new PortalError(portal.id, 'http', `${portal.id} answered HTTP ${response.status}`, response.status);
  }
  return { response, timeout };
}

/** GETs a portal's JSON with its time limit, turning every way it can fail into a PortalError. */
export async function fetchPortalJson(portal: Source, options: LoadOptions, target: PortalRequest = {}): Promise<unknown> {
  const { response } = await request(portal, options, 'application/json', target);
  try {
    return await response.json();
  } catch {
    throw new PortalError(portal.id, 'not-json', `${portal.id} did not answer with JSON`, response.status);
  }
}

/**
 * GETs a portal's answer as text, for adapters that read it themselves: a script, or JSON an
 * adapter must survive when it is broken. Same time limit and failures as fetchPortalJson.
 */
export async function fetchPortalText(portal: Source, options: LoadOptions, target: PortalRequest = {}): Promise<string> {
  const { response, timeout } = await request(portal, options, 'application/json, text/javascript, text/plain;q=0.9, */*;q=0.8', target);
  try {
    return await response.text();
  } catch (error) {
    throw requestFailure(portal, error, timeout, options);
  }
}

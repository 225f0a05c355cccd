import type { PortalConfig } from './portalConfig';
import type { LoadOptions } from './portalContent';
import { PortalError } from './portalError';

/** GETs a portal's JSON with its time limit, turning every way it can fail into a PortalError. */
export async function fetchPortalJson(portal: PortalConfig, options: LoadOptions): Promise<unknown> {
  const fetchImpl = options.fetch ?? fetch;
  const timeout = AbortSignal.timeout(portal.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchImpl(new URL(portal.url, options.baseUrl), {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (timeout.aborted) {
      throw new PortalError(portal.id, 'timeout', `${portal.id} did not answer within ${portal.timeoutMs} ms`);
    }
    if (options.signal?.aborted) throw error;
    throw new PortalError(portal.id, 'unreachable', `${portal.id} could not be reached: ${String(error)}`);
  }
  if (!response.ok) {
    throw new PortalError(portal.id, 'http', `${portal.id} answered HTTP ${response.status}`, response.status);
  }
  try {
    return await response.json();
  } catch {
    throw new PortalError(portal.id, 'not-json', `${portal.id} did not answer with JSON`, response.status);
  }
}

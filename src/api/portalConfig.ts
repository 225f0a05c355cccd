import { z } from 'zod';
import { LocalizedText } from '../content/localized';

export const PORTAL_KINDS = ['newcomer-feed'] as const;

/**
 * One portal the app reads. `kind` picks the adapter that turns the portal's own response
 * shape into the common feed; `url` may be relative to the app's origin.
 */
export const PortalConfig = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(PORTAL_KINDS),
  url: z.string().min(1),
  /** Shown when the portal cannot be reached and its feed (with its publisher name) is missing. */
  name: LocalizedText,
  /**
   * The municipality (by id) a municipal portal speaks for. A phone abroad downloads only the
   * person's own municipality; portals without one (federal, provincial) are always loaded.
   */
  municipality: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** How long to wait for an answer before using cached content. */
  timeoutMs: z.number().int().positive().default(10_000),
});
export type PortalConfig = z.infer<typeof PortalConfig>;

export const PortalsFile = z.object({
  portals: z.array(PortalConfig).min(1),
  /** Where "Report a problem or mistake on this page" sends its reports. */
  feedback: z.object({ url: z.string().min(1) }).default({ url: '/portals/feedback' }),
});

/** Reads the runtime list of portals (public/portals.json); deployers edit that file, not the code. */
export async function fetchPortalsFile(url: string, signal?: AbortSignal) {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return PortalsFile.parse(await response.json());
}

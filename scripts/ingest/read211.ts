import { z } from 'zod';
import { adapt211Pages, nextPageIndex, searchRequest } from '../../src/api/adapters/ontario211';
import { MAX_PAGES, contentFrom, sourceContext } from '../../src/api/adaptedSources';
import type { IngestOnlySourceConfig } from '../../src/api/portalConfig';
import type { PortalContent } from '../../src/api/portalContent';
import { PortalError } from '../../src/api/portalError';
import { describeIssues } from '../../src/content/parseFeed';

/** The environment variable that holds the 211 key when the source does not name another. */
export const DEFAULT_KEY_ENV = 'ONTARIO_211_KEY';

/** What the ingest asks 211 for; the adapter's own settings (serviceMap…) sit beside these. */
const SearchOptions = z.object({
  /** The name of the environment variable holding the key: the key itself is never configured. */
  keyEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be the name of an environment variable').default(DEFAULT_KEY_ENV),
  latitude: z.number().min(41).max(57),
  longitude: z.number().min(-96).max(-74),
  distanceKm: z.number().positive().max(1_000).default(50),
  term: z.string().optional(),
  pageSize: z.number().int().min(1).max(1_000).default(100),
  language: z.enum(['en', 'fr']).default('en'),
});

export interface Read211Options {
  baseUrl: string;
  fetch: typeof fetch;
  env?: NodeJS.ProcessEnv;
}

/**
 * Reads one 211 search, every page, server-side. The key comes from the environment and goes
 * only into the request: no error, report or snapshot repeats the URL it is in.
 */
export async function read211(source: IngestOnlySourceConfig, options: Read211Options): Promise<PortalContent> {
  const fail = (why: string) => new PortalError(source.id, 'rejected', `${source.id}: ${why}`);
  const parsed = SearchOptions.safeParse(source.options ?? {});
  if (!parsed.success) throw fail(`its options cannot be used: ${describeIssues(parsed.error).join('; ')}`);
  const search = parsed.data;
  const key = (options.env ?? process.env)[search.keyEnv]?.trim();
  if (!key) throw fail(`no 211 key: set ${search.keyEnv} in the environment the ingest runs in`);

  const timeout = AbortSignal.timeout(source.timeoutMs);
  const endpoint = new URL(source.url, options.baseUrl).href;
  const pages: string[] = [];
  for (let pageIndex: number | null = 0; pageIndex !== null && pages.length < MAX_PAGES; ) {
    const { url, init } = searchRequest({ ...search, key, lang: search.language, pageIndex, baseUrl: endpoint });
    let response: Response;
    try {
      response = await options.fetch(url, { ...init, signal: timeout });
    } catch {
      throw new PortalError(source.id, timeout.aborted ? 'timeout' : 'unreachable', `${source.id} ${timeout.aborted ? `did not answer within ${source.timeoutMs} ms` : 'could not be reached'}`);
    }
    if (!response.ok) throw new PortalError(source.id, 'http', `${source.id} answered HTTP ${response.status}`, response.status);
    const text = await response.text();
    pages.push(text);
    pageIndex = nextPageIndex(text, pageIndex, search.pageSize);
  }
  const fetchedAt = new Date().toISOString();
  return contentFrom(source, adapt211Pages(pages, sourceContext(source, fetchedAt)), fetchedAt);
}

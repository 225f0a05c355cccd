import { useCallback, useMemo } from 'react';
import { queryOptions, useQueries, type QueryClient, type QueryObserverResult } from '@tanstack/react-query';
import type { NewsEntry } from '../../api/newsEntry';
import type { NewsSourceConfig, PortalsFile } from '../../api/portalConfig';
import type { LocalizedText } from '../../content/localized';
import type { Publisher } from '../../content/publisher';
import type { UiLanguage } from '../../i18n/languages';
import { portalsFileQuery, usePortalsFile } from '../portals/portalQueries';
import type { NewsRead } from './newsRead';
import { pageAddress } from '../pageAddress';

/**
 * What's new: the news of the configured news sources, from the deployed snapshot when there is
 * one, else from each source through its adapter. The adapter loads with the first request
 * (./loadNews), so a page that shows news pays for it only once it asks.
 */

type Snapshot = NonNullable<PortalsFile['snapshot']>;

// News change by the day: refresh at most hourly, as portal content does.
const NEWS_STALE_MS = 60 * 60_000;

// Only a dropped connection is worth a second try; a source that answered badly will again.
const retry = (failureCount: number, error: Error) =>
  failureCount < 1 && (error as Error & { failure?: string }).failure === 'unreachable';

export const newsSourceQuery = (source: NewsSourceConfig, lang: string, baseUrl: string) =>
  queryOptions({
    queryKey: ['news', source.id, source.url, lang] as readonly string[],
    queryFn: async ({ signal }): Promise<NewsRead> => (await import('./loadNews')).readNewsSource(source, lang, baseUrl, signal),
    staleTime: NEWS_STALE_MS,
    retry,
  });

export const snapshotNewsQuery = (snapshot: Snapshot, lang: string, baseUrl: string) =>
  queryOptions({
    queryKey: ['news-snapshot', snapshot.url, lang] as readonly string[],
    queryFn: async ({ signal }): Promise<NewsRead> => (await import('./loadSnapshotNews')).readSnapshotNews(snapshot, lang, baseUrl, signal),
    staleTime: NEWS_STALE_MS,
    retry,
  });

/** One read the page waits for: a news source, or the snapshot's file (which has no single name). */
export interface NewsRequest {
  name?: LocalizedText;
  query: ReturnType<typeof newsSourceQuery>;
}

/** What to read for news in `lang`: the snapshot's file when one is deployed, else every news source. */
export function newsRequests(file: PortalsFile, lang: string, baseUrl: string): NewsRequest[] {
  if (file.snapshot) return [{ query: snapshotNewsQuery(file.snapshot, lang, baseUrl) }];
  return file.news.map((source) => ({ name: source.name, query: newsSourceQuery(source, lang, baseUrl) }));
}

export interface NewsData {
  /** Newest first, each news once. */
  entries: NewsEntry[];
  /** The publisher (attribution, licence) of each source, by the id entries name in `publisher`. */
  publishers: Record<string, Publisher>;
  /** True until every read has answered or failed. */
  loading: boolean;
  /** Reads that failed while what was saved from them is shown, with the day it was read. */
  saved: { name?: LocalizedText; savedOn: string }[];
  /** Reads that failed with nothing saved: `empty` when the source answered with no news at all. */
  failed: { name?: LocalizedText; reason: 'unavailable' | 'empty' }[];
}

type ReadResult = Pick<QueryObserverResult<NewsRead>, 'data' | 'error' | 'isPending'>;

const later = (a: string, b: string) => (a === b ? 0 : a < b ? 1 : -1);
// An entry dated by its day only comes after that day's timed entries: a consistent order, whatever the input's.
const laterInstant = (a: NewsEntry, b: NewsEntry) => (a.publishedAt && b.publishedAt ? later(a.publishedAt, b.publishedAt) : Number(!a.publishedAt) - Number(!b.publishedAt));

/**
 * Entries of every read as one list: newest day first, within a day the later instant, else in
 * the order read. The same news from two sources (one id, or one page) is shown once.
 */
export function mergeNews(entries: readonly NewsEntry[]): NewsEntry[] {
  const ids = new Set<string>();
  const pages = new Set<string>();
  const unique = entries.filter((entry) => {
    if (ids.has(entry.id) || pages.has(entry.url)) return false;
    ids.add(entry.id);
    pages.add(entry.url);
    return true;
  });
  return unique.sort((a, b) => later(a.publishedOn, b.publishedOn) || laterInstant(a, b));
}

const isNoNews = (error: Error) => (error as Error & { noNews?: boolean }).noNews === true;

/** The page's view of the reads, each kept on its own so one failing source hides nothing else. */
export function newsData(requests: readonly NewsRequest[], results: readonly ReadResult[], configured: Record<string, Publisher> = {}): NewsData {
  const publishers: Record<string, Publisher> = { ...configured };
  for (const result of results) Object.assign(publishers, result.data?.publishers);
  return {
    entries: mergeNews(results.flatMap((result) => result.data?.entries ?? [])),
    publishers,
    loading: results.some((result) => result.isPending && !result.error),
    saved: results.flatMap((result, i) =>
      result.error && result.data ? [{ name: requests[i]?.name, savedOn: result.data.readAt.slice(0, 10) }] : [],
    ),
    failed: results.flatMap(({ error, data }, i) =>
      error && !data ? [{ name: requests[i]?.name, reason: isNoNews(error) ? ('empty' as const) : ('unavailable' as const) }] : [],
    ),
  };
}

function configuredPublishers(file: PortalsFile | undefined): Record<string, Publisher> {
  return Object.fromEntries((file?.news ?? []).flatMap((source) => (source.publisher ? [[source.id, source.publisher]] : [])));
}

const NO_NEWS: NewsData = { entries: [], publishers: {}, loading: false, saved: [], failed: [] };
const LOADING: NewsData = { ...NO_NEWS, loading: true };
const CONFIG_FAILED: NewsData = { ...NO_NEWS, failed: [{ reason: 'unavailable' }] };

/** Relative addresses in portals.json (sources, the snapshot) belong to the app, wherever it is served. */
const appBase = () => new URL(import.meta.env.BASE_URL, pageAddress()).href;

/** The news in `lang`, newest first, with who publishes each and what could not be read. */
export function useNews(lang: UiLanguage): NewsData {
  const file = usePortalsFile({ whole: false });
  const requests = useMemo(() => (file.data ? newsRequests(file.data, lang, appBase()) : []), [file.data, lang]);
  const configured = useMemo(() => configuredPublishers(file.data), [file.data]);
  const combine = useCallback((results: ReadResult[]) => newsData(requests, results, configured), [requests, configured]);
  const data = useQueries({ queries: requests.map((request) => request.query), combine });
  // A list of sources read before still holds when reading it again fails (offline, say).
  if (file.error && !file.data) return CONFIG_FAILED;
  return file.isPending ? LOADING : data;
}

/** How long What's new waits for its news before it draws without them, and shows them as they come. */
const NEWS_FIRST_WAIT_MS = 2_000;

/**
 * Reads the news into the cache before What's new first renders, as the portals' feeds are read
 * before a page that shows them: a prerendered page is then drawn again with the news it shows,
 * not with a loading line in their place. A slow source does not hold the page back for long.
 */
export async function prefetchNews(
  client: QueryClient,
  lang: string,
  { waitMs = NEWS_FIRST_WAIT_MS, baseUrl = appBase() }: { waitMs?: number; baseUrl?: string } = {},
): Promise<void> {
  const reads = client
    .fetchQuery(portalsFileQuery)
    .then((file) => Promise.all(newsRequests(file, lang, baseUrl).map((request) => client.prefetchQuery(request.query))));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([reads.catch(() => undefined), waited]);
  clearTimeout(timer);
}

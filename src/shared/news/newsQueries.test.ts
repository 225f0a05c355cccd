import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueriesObserver, QueryClient, type QueryObserverResult } from '@tanstack/react-query';
import newsEn from '../../../mocks/data/gc-news/news-en.json';
import { gcNewsHandlers } from '../../../mocks/gcNewsHandlers';
import { resetMockSwitches, setMockSwitches } from '../../../mocks/switches';
import type { NewsEntry } from '../../api/newsEntry';
import type { NewsFile } from '../../api/newsFile';
import { PortalsFile } from '../../api/portalConfig';
import { PORTALS_FILE_QUERY_KEY } from '../portals/portalQueries';
import { mergeNews, newsData, newsRequests, prefetchNews, type NewsData, type NewsRequest } from './newsQueries';
import type { NewsRead } from './newsRead';

const BASE = 'http://app.test/';
const requested: string[] = [];
const server = setupServer(...gcNewsHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
server.events.on('request:start', ({ request }) => requested.push(new URL(request.url).pathname));
afterEach(() => {
  resetMockSwitches();
  server.resetHandlers();
  requested.length = 0;
});
afterAll(() => server.close());

/** The configuration the app ships, as the app reads it. */
const shipped = PortalsFile.parse(JSON.parse(readFileSync(new URL('../../../public/portals.json', import.meta.url), 'utf8')));
const newsSource = shipped.news[0];
if (!newsSource) throw new Error('public/portals.json configures no news source');

const client = () => new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });

/** What the page sees once every read has answered or failed, through the same observer useQueries uses. */
function settled(queryClient: QueryClient, requests: NewsRequest[], configured = {}): Promise<NewsData> {
  const observer = new QueriesObserver<QueryObserverResult<NewsRead>[]>(queryClient, requests.map((request) => request.query));
  return new Promise((resolve) => {
    const check = (observed: QueryObserverResult[]) => {
      const results = observed as QueryObserverResult<NewsRead>[];
      if (results.some((result) => result.isFetching || result.isPending)) return;
      unsubscribe();
      resolve(newsData(requests, results, configured));
    };
    const unsubscribe = observer.subscribe(check);
    check(observer.getCurrentResult());
  });
}

const entry = (id: string, publishedOn: string, extra: Partial<NewsEntry> = {}): NewsEntry => ({
  id,
  lang: 'en',
  title: `News ${id}`,
  url: `https://www.canada.ca/en/news/${id}.html`,
  publishedOn,
  publisher: 'ircc-news',
  ...extra,
});

describe('news from the live sources, through the gc-news adapter', () => {
  it('lists the English news newest first, links made absolute, each with its publisher', async () => {
    const news = await settled(client(), newsRequests(shipped, 'en', BASE));
    const withLink = newsEn.feed.entry.filter((item) => 'link' in item && item.link);
    expect(news.entries).toHaveLength(withLink.length);
    expect(news.entries.map((item) => item.publishedOn)).toEqual(news.entries.map((item) => item.publishedOn).sort().reverse());
    expect(news.entries[0]?.title).toBe('Canada launches free language training pilot for newcomers in Northern Ontario');
    expect(news.entries[0]?.url).toBe(new URL(withLink[0]?.link ?? '', 'https://www.canada.ca').href);
    expect(news.entries.every((item) => item.url.startsWith('https://') && item.lang === 'en')).toBe(true);
    expect(news.publishers[news.entries[0]?.publisher ?? '']?.attribution.en).toMatch(/^Source: Government of Canada news/);
    expect(news).toMatchObject({ loading: false, saved: [], failed: [] });
    expect(requested).toEqual(['/portals/gc-news/io-server/gc/news/en/v2']);
  });

  it('asks the French address for the French page', async () => {
    const news = await settled(client(), newsRequests(shipped, 'fr', BASE));
    expect(requested).toEqual(['/portals/gc-news/io-server/gc/news/fr/v2']);
    expect(news.entries[0]?.title).toMatch(/^Le Canada lance un projet pilote/);
    expect(news.entries.every((item) => item.lang === 'fr' && item.url.includes('/fr/'))).toBe(true);
  });

  it('keeps what was saved, with its date, when the source then fails', async () => {
    const queryClient = client();
    const requests = newsRequests(shipped, 'en', BASE);
    const first = await settled(queryClient, requests);
    setMockSwitches('gc-news:fail');
    await queryClient.refetchQueries().catch(() => undefined);
    const news = await settled(queryClient, requests);
    expect(news.entries).toEqual(first.entries);
    expect(news.saved).toEqual([{ name: newsSource.name, savedOn: new Date().toISOString().slice(0, 10) }]);
    expect(news.failed).toEqual([]);
  });

  it('says the source is unavailable when it fails with nothing saved', async () => {
    setMockSwitches('gc-news:fail');
    const news = await settled(client(), newsRequests(shipped, 'en', BASE));
    expect(news.entries).toEqual([]);
    expect(news.failed).toEqual([{ name: newsSource.name, reason: 'unavailable' }]);
  });

  it('tells an empty answer (an unknown query parameter) from a failure, and from no news', async () => {
    const typo = { ...shipped, news: [{ ...newsSource, url: `${newsSource.url}&departement=ircc` }] };
    const news = await settled(client(), newsRequests(typo, 'en', BASE));
    expect(news.entries).toEqual([]);
    expect(news.failed).toEqual([{ name: newsSource.name, reason: 'empty' }]);
  });

  it('shows one source’s news when another fails', async () => {
    const broken = { ...newsSource, id: 'broken-news', url: '/portals/nowhere/{lang}.json', name: { en: 'Broken', fr: 'Cassé' } };
    server.use(http.get('*/portals/nowhere/:file', () => HttpResponse.text('<h1>Not found</h1>', { status: 404 })));
    const news = await settled(client(), newsRequests({ ...shipped, news: [broken, newsSource] }, 'en', BASE));
    expect(news.entries.length).toBeGreaterThan(3);
    expect(news.failed).toEqual([{ name: broken.name, reason: 'unavailable' }]);
  });
});

describe('news from a deployed snapshot', () => {
  const snapshot = { url: '/snapshot/', generatedAt: '2026-12-01T06:00:00.000Z' };
  const withSnapshot = { ...shipped, snapshot };
  const file: NewsFile = {
    lang: 'en',
    generatedAt: snapshot.generatedAt,
    publishers: { 'ircc-news': newsSource.publisher! },
    entries: [
      entry('ircc-news.older', '2026-11-02'),
      entry('ircc-news.newer', '2026-11-28', { summary: 'A teaser.' }),
      entry('ircc-news.script', '2026-11-30', { url: 'javascript:alert(1)' }),
    ],
  };

  it('reads the snapshot’s news file, not the sources, and leaves out an entry that is not a safe link', async () => {
    server.use(http.get('http://app.test/snapshot/news/en.json', () => HttpResponse.json(file)));
    const news = await settled(client(), newsRequests(withSnapshot, 'en', BASE));
    expect(requested).toEqual(['/snapshot/news/en.json']);
    expect(news.entries.map((item) => item.id)).toEqual(['ircc-news.newer', 'ircc-news.older']);
    expect(news.entries[0]?.summary).toBe('A teaser.');
    expect(news.publishers['ircc-news']?.licence.url).toBe('https://www.canada.ca/en/transparency/terms.html');
    expect(news.failed).toEqual([]);
  });

  it('reads the file of the page’s language, under the snapshot’s folder, wherever the app is served', async () => {
    server.use(http.get('http://app.test/app/snapshot/news/fr.json', () => HttpResponse.json({ ...file, lang: 'fr', entries: [] })));
    const news = await settled(client(), newsRequests({ ...shipped, snapshot: { ...snapshot, url: 'snapshot' } }, 'fr', `${BASE}app/`));
    expect(requested).toEqual(['/app/snapshot/news/fr.json']);
    expect(news).toMatchObject({ entries: [], failed: [], saved: [] });
  });

  it('keeps the saved news with the snapshot’s date when the file cannot be read', async () => {
    const queryClient = client();
    const requests = newsRequests(withSnapshot, 'en', BASE);
    server.use(http.get('http://app.test/snapshot/news/en.json', () => HttpResponse.json(file)));
    await settled(queryClient, requests);
    server.use(http.get('http://app.test/snapshot/news/en.json', () => HttpResponse.text('oops', { status: 503 })));
    await queryClient.refetchQueries().catch(() => undefined);
    const news = await settled(queryClient, requests);
    expect(news.entries).toHaveLength(2);
    expect(news.saved).toEqual([{ savedOn: '2026-12-01' }]);
  });

  it('falls back on the configured publisher when the file does not name it', async () => {
    server.use(http.get('http://app.test/snapshot/news/en.json', () => HttpResponse.json({ ...file, publishers: {} })));
    const news = await settled(client(), newsRequests(withSnapshot, 'en', BASE), { 'ircc-news': newsSource.publisher });
    expect(news.publishers['ircc-news']?.id).toBe('ircc');
  });
});

describe('prefetchNews, before What’s new first renders', () => {
  const seeded = () => {
    const queryClient = client();
    queryClient.setQueryData(PORTALS_FILE_QUERY_KEY, shipped);
    return queryClient;
  };

  it('puts the page’s news in the cache the page reads', async () => {
    const queryClient = seeded();
    await prefetchNews(queryClient, 'fr', { baseUrl: BASE });
    const [request] = newsRequests(shipped, 'fr', BASE);
    expect(queryClient.getQueryData<NewsRead>(request!.query.queryKey)?.entries[0]?.lang).toBe('fr');
  });

  it('does not hold the page back for a slow source', async () => {
    setMockSwitches('gc-news:slow');
    const queryClient = seeded();
    const started = Date.now();
    await prefetchNews(queryClient, 'en', { baseUrl: BASE, waitMs: 100 });
    expect(Date.now() - started).toBeLessThan(1_000);
    const [request] = newsRequests(shipped, 'en', BASE);
    expect(queryClient.getQueryData(request!.query.queryKey)).toBeUndefined();
    await queryClient.cancelQueries();
  });
});

describe('mergeNews', () => {
  it('orders by day, then by instant, then as read, and shows one news once', () => {
    const sameDayEarly = entry('a.early', '2026-11-28', { publishedAt: '2026-11-28T14:00:00.000Z' });
    const sameDayLate = entry('a.late', '2026-11-28', { publishedAt: '2026-11-28T18:00:00.000Z' });
    const noTime = entry('a.notime', '2026-11-28');
    const older = entry('a.older', '2026-10-01');
    const samePageOtherSource = { ...older, id: 'b.older', publisher: 'other-news' };
    expect(mergeNews([older, sameDayEarly, noTime, sameDayLate, samePageOtherSource, sameDayEarly]).map((item) => item.id)).toEqual([
      'a.late',
      'a.early',
      'a.notime',
      'a.older',
    ]);
  });
});

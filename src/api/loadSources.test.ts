import { readFile } from 'node:fs/promises';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import ckanFixture from '../../mocks/data/ckan/toronto-library-branches.json';
import { server } from '../../mocks/node';
import { resetMockSwitches, setMockSwitches } from '../../mocks/switches';
import { LocalizedText } from '../content/localized';
import { MAX_PAGES } from './adaptedSources';
import { adaptCkanDatastore, nextPageUrl } from './adapters/ckanDatastore';
import { fromGcNews } from './adapters/gcNews';
import { adaptHsdsPages, nextHsdsPage } from './adapters/hsds';
import { adaptIrccNewcomerServices } from './adapters/irccNewcomerServices';
import type { SourceContext } from './adapters/sourceRecords';
import { fetchPortalText } from './fetchPortal';
import { loadPortal } from './loadPortal';
import {
  NewsSourceConfig,
  PortalConfig,
  PortalsFile,
  SourceConfig,
  SourcesFile,
  fetchPortalsFile,
  newsUrls,
} from './portalConfig';
import type { PortalContent } from './portalContent';
import { PortalError } from './portalError';

const baseUrl = 'http://localhost/';

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));
const example = async () => PortalsFile.parse(await readJson('public/portals.json'));

/** The example's source of one kind: every test reads the configuration a deployer would copy. */
async function exampleSource(kind: PortalConfig['kind']): Promise<PortalConfig> {
  const source = (await example()).portals.find((portal) => portal.kind === kind);
  if (!source) throw new Error(`public/portals.json has no ${kind} source`);
  return source;
}

/** The same load as the loader's, done by hand: what the adapter alone says of the same answers. */
function contextOf(portal: PortalConfig): SourceContext {
  if (!portal.publisher) throw new Error(`${portal.id} has no publisher`);
  return {
    sourceId: portal.id,
    publisher: portal.publisher,
    fetchedOn: new Date().toISOString().slice(0, 10),
    ...(portal.municipality ? { municipality: portal.municipality } : {}),
    ...(portal.options ? { options: portal.options } : {}),
  };
}

async function get(url: string): Promise<string> {
  return (await fetch(new URL(url, baseUrl))).text();
}

/** Every record the adapter left out (reported by the ingest) and every entry the validator skipped. */
const leftOut = (content: PortalContent) => [...(content.rejected ?? []), ...content.problems];
const rejectionMessages = (content: PortalContent) => leftOut(content).map((problem) => problem.message);
const isRejection = (message: string) => /^(Skipped|Not read): /.test(message);

/** Every request the mock server saw during a test, by path. */
const requested: string[] = [];
const remember = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  requested.push(`${url.pathname}${url.search}`);
};

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', remember);
});
afterEach(() => {
  server.resetHandlers();
  resetMockSwitches();
  requested.length = 0;
});
afterAll(() => {
  server.events.removeAllListeners();
  server.close();
});

// The configuration schema as it was before the other kinds: today's portals.json must read the same.
const LegacyPortalConfig = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['newcomer-feed']),
  url: z.string().min(1),
  name: LocalizedText,
  municipality: z.string().regex(/^[a-z0-9-]+$/).optional(),
  timeoutMs: z.number().int().positive().default(10_000),
});
const LegacyPortalsFile = z.object({
  portals: z.array(LegacyPortalConfig).min(1),
  feedback: z.object({ url: z.string().min(1) }).default({ url: '/portals/feedback' }),
});

const ircc = {
  id: 'ircc-services',
  kind: 'ircc-newcomer-services',
  url: '/portals/ircc/js/tools/services/services-info.js',
  name: { en: 'IRCC' },
};

describe('the configuration', () => {
  it('reads a portals.json of common feeds only exactly as before, with no news sources', async () => {
    const { portals, feedback } = (await readJson('public/portals.json')) as { portals: { kind: string }[]; feedback: unknown };
    const file = { portals: portals.filter((portal) => portal.kind === 'newcomer-feed'), feedback };
    expect(PortalsFile.parse(file)).toStrictEqual({ ...LegacyPortalsFile.parse(file), news: [], ingestOnly: [] });
  });

  it('reads docs/portals.real.json, the default sources pointed at the real services, with no key in it', async () => {
    const real = PortalsFile.parse(await readJson('docs/portals.real.json'));
    const ids = (file: PortalsFile) => [...file.portals, ...file.news, ...file.ingestOnly].map((source) => source.id);
    expect(ids(real)).toEqual(ids(await example()).filter((id) => !['glnn', 'tpl-branches'].includes(id)));
    expect(real.ingestOnly.map((source) => source.url)).toEqual(['https://data.211support.org/api/v2/search']);
    expect(JSON.stringify(real)).not.toMatch(/[?&]key=/i);
  });

  it('needs a publisher for every kind but the common feed, which names its own', () => {
    const result = SourceConfig.safeParse(ircc);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ['publisher'], message: expect.stringMatching(/^is required for a ircc-newcomer-services source/) }]);
    expect(SourceConfig.safeParse({ ...ircc, kind: 'newcomer-feed' }).success).toBe(true);
  });

  it('refuses a kind no adapter reads', () => {
    expect(SourceConfig.safeParse({ ...ircc, kind: '211' }).success).toBe(false);
  });

  it('keeps languages, reports and the adapter’s options as written', async () => {
    const source = await exampleSource('ckan-datastore');
    expect(source).toMatchObject({
      municipality: 'toronto',
      languages: ['en'],
      options: { fields: { id: 'BranchCode' }, officeKind: 'library' },
    });
    expect((await exampleSource('ircc-newcomer-services')).reports).toEqual({ url: '/portals/feedback?source=ircc-services' });
  });

  it('sets news sources apart from the feeds, so loadPortal never sees one', async () => {
    const file = await example();
    expect(new Set(file.portals.map((portal) => portal.kind))).toEqual(new Set(['newcomer-feed', 'ircc-newcomer-services', 'hsds', 'ckan-datastore']));
    expect(file.news.map((source) => source.id)).toEqual(['ircc-news']);
    const [news] = file.news;
    if (!news) throw new Error('no news source');
    // @ts-expect-error A news source is not a PortalConfig: the types keep it from the feed adapters.
    const error = await loadPortal(news, { baseUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ portalId: 'ircc-news', failure: 'rejected', message: 'gc-news sources are read by the news page, not as a feed' });
  });

  it('reads a news source once per language when its address holds {lang}', () => {
    const source = NewsSourceConfig.parse({ ...ircc, kind: 'gc-news', url: '/news/{lang}/v2?x={lang}', languages: ['en', 'fr'], publisher: {
      id: 'ircc', name: { en: 'IRCC' }, jurisdiction: 'federal', licence: { name: { en: 'Terms' }, url: 'https://www.canada.ca/en/transparency/terms.html' },
      attribution: { en: 'Source: IRCC' }, homepage: { en: 'https://www.canada.ca/' },
    } });
    expect(newsUrls(source)).toEqual([{ lang: 'en', url: '/news/en/v2?x=en' }, { lang: 'fr', url: '/news/fr/v2?x=fr' }]);
    expect(newsUrls({ ...source, url: '/news/fr/v2', languages: ['fr'] })).toEqual([{ lang: 'fr', url: '/news/fr/v2' }]);
  });
});

describe('a disabled source', () => {
  const withDisabled = {
    portals: [
      { id: 'canada', kind: 'newcomer-feed', url: '/portals/canada/newcomer-feed.json', name: { en: 'Canada' } },
      { id: 'ontario', kind: 'newcomer-feed', url: '/portals/ontario/newcomer-feed.json', name: { en: 'Ontario' }, enabled: false },
    ],
  };

  it('stays in the file as written but is not read', () => {
    expect(SourcesFile.parse(withDisabled).portals.map((portal) => portal.id)).toEqual(['canada', 'ontario']);
    expect(PortalsFile.parse(withDisabled).portals.map((portal) => portal.id)).toEqual(['canada']);
  });

  it('is never requested when the app loads its portals', async () => {
    server.use(http.get('http://localhost/test-portals.json', () => HttpResponse.json(withDisabled)));
    const file = await fetchPortalsFile('http://localhost/test-portals.json');
    await Promise.all(file.portals.map((portal) => loadPortal(portal, { baseUrl })));
    expect(requested).toEqual(['/test-portals.json', '/portals/canada/newcomer-feed.json']);
  });
});

describe('public/portals.json against the mock services', () => {
  it('loads every feed source into offices or items with no problem but the adapters’ own rejections', async () => {
    const file = await example();
    for (const portal of file.portals) {
      const content = await loadPortal(portal, { baseUrl });
      const entries = content.feed.offices.length + content.feed.items.length;
      expect(entries, portal.id).toBeGreaterThan(0);
      if (portal.kind !== 'newcomer-feed') expect(content.feed.offices.length, portal.id).toBeGreaterThan(0);
      expect(rejectionMessages(content).filter((message) => !isRejection(message)), portal.id).toEqual([]);
      // No page left unread and no response refused whole: only records were left out.
      expect(leftOut(content).filter((problem) => problem.section === 'feed'), portal.id).toEqual([]);
    }
  });

  it('reads the news source in English and French', async () => {
    const [news] = (await example()).news;
    if (!news) throw new Error('no news source');
    for (const { lang, url } of newsUrls(news)) {
      const adapted = fromGcNews(await fetchPortalText({ ...news, url }, { baseUrl }), { sourceId: news.id, lang: lang === 'fr' ? 'fr' : 'en' });
      expect(adapted.entries.length, lang).toBeGreaterThan(0);
      expect(adapted.entries.every((entry) => entry.lang === lang)).toBe(true);
    }
  });
});

describe('ircc-newcomer-services over HTTP', () => {
  it('gives IRCC’s agencies as offices, every left-out record reported, none of them shown to newcomers as skipped', async () => {
    const portal = await exampleSource('ircc-newcomer-services');
    const content = await loadPortal(portal, { baseUrl });
    const expected = adaptIrccNewcomerServices(await get(portal.url), contextOf(portal));
    expect(content.feed.offices.map((office) => office.id)).toEqual((expected.feed.offices ?? []).map((office) => office.id));
    expect(content.feed.offices.every((office) => office.kind === 'settlement-agency' && office.id.startsWith('ircc-services.'))).toBe(true);
    expect(content.feed.publisher).toEqual(portal.publisher);
    expect(expected.rejected.length).toBeGreaterThan(0);
    expect(content.problems).toEqual([]);
    expect(leftOut(content)).toEqual(
      expected.rejected.map(({ index, recordId, reason }) => ({
        section: index < 0 ? 'feed' : 'offices',
        ...(index < 0 ? {} : { index }),
        ...(recordId ? { id: recordId } : {}),
        fields: [reason],
        message: `${index < 0 ? 'Not read' : 'Skipped'}: ${reason}`,
      })),
    );
  });

  it('counts the broken entry the malformed switch adds', async () => {
    const portal = await exampleSource('ircc-newcomer-services');
    const healthy = await loadPortal(portal, { baseUrl });
    setMockSwitches('ircc:malformed');
    const content = await loadPortal(portal, { baseUrl });
    expect(content.feed.offices).toHaveLength(healthy.feed.offices.length);
    expect(leftOut(content).length).toBeGreaterThan(leftOut(healthy).length);
  });
});

describe('hsds over HTTP', () => {
  it('follows every page and reads them together', async () => {
    const portal = await exampleSource('hsds');
    const content = await loadPortal(portal, { baseUrl });
    const pages = requested.filter((path) => path.startsWith('/portals/hsds/services'));
    expect(pages).toEqual(['/portals/hsds/services?full=true', '/portals/hsds/services?full=true&page=2']);

    const texts = [await get(pages[0] ?? ''), await get(pages[1] ?? '')];
    expect(nextHsdsPage(texts[1] ?? '')).toBeNull();
    const expected = adaptHsdsPages(texts, contextOf(portal));
    expect(content.feed.offices.map((office) => office.id)).toEqual((expected.feed.offices ?? []).map((office) => office.id));
    expect(leftOut(content)).toHaveLength(expected.rejected.length);
    expect(content.feed.offices.some((office) => office.services.includes('ca.linc'))).toBe(true);
  });

  it(`stops after ${MAX_PAGES} pages of a directory that never ends, and says so`, async () => {
    const portal = await exampleSource('hsds');
    const first = await get('/portals/hsds/services?full=true');
    server.use(
      http.get('*/portals/hsds/services', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
        const body = JSON.parse(first) as Record<string, unknown>;
        return HttpResponse.json({ ...body, page_number: page, total_pages: 1_000, last_page: false });
      }),
    );
    requested.length = 0;
    const content = await loadPortal(portal, { baseUrl });
    expect(requested).toHaveLength(MAX_PAGES);
    expect(leftOut(content).filter((problem) => problem.section === 'feed').map((problem) => problem.message)).toEqual([
      `Not read: stopped after ${MAX_PAGES} pages; the pages after http://localhost/portals/hsds/services?full=true&page=${MAX_PAGES} were not read`,
    ]);
  });
});

describe('ckan-datastore over HTTP', () => {
  it('follows the pages to the resource’s total and numbers records as in the whole resource', async () => {
    const portal = await exampleSource('ckan-datastore');
    const content = await loadPortal(portal, { baseUrl });
    const pages = requested.filter((path) => path.startsWith('/portals/ckan/'));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatch(/offset=10$/);

    const first = await get(portal.url);
    const second = await get(nextPageUrl(portal.url, first) ?? '');
    const expected = [first, second].map((text) => adaptCkanDatastore(text, contextOf(portal)));
    const ids = expected.flatMap(({ feed }) => (feed.offices ?? []).map((office) => office.id));
    expect(content.feed.offices.map((office) => office.id)).toEqual(ids);
    expect(content.feed.offices.every((office) => office.kind === 'library' && office.municipality === 'toronto')).toBe(true);
    expect(leftOut(content)).toHaveLength(expected.reduce((sum, { rejected }) => sum + rejected.length, 0));

    // Virtual Branch is the 12th record, on page 2: its position counts the 10 records of page 1.
    const virtual = leftOut(content).find((problem) => problem.message.includes('Virtual Branch'));
    expect(virtual).toMatchObject({ section: 'offices', index: 11 });
  });

  it('leaves out an office a later page repeats, as a skipped record', async () => {
    const portal = await exampleSource('ckan-datastore');
    const records = ckanFixture.result.records;
    const answer = (offset: number, rows: unknown[]) =>
      HttpResponse.json({ ...ckanFixture, result: { ...ckanFixture.result, records: rows, total: 4, ...(offset ? { offset } : {}) } });
    server.use(
      http.get('*/portals/ckan/api/3/action/datastore_search', ({ request }) =>
        new URL(request.url).searchParams.get('offset') === '2'
          ? answer(2, [records[1], records[4]])
          : answer(0, [records[0], records[1]]),
      ),
    );
    const content = await loadPortal(portal, { baseUrl });
    expect(content.feed.offices.map((office) => office.id)).toEqual(['tpl-branches.bh', 'tpl-branches.cw', 'tpl-branches.elm']);
    expect(leftOut(content)).toEqual([
      expect.objectContaining({
        section: 'offices',
        id: 'tpl-branches.cw',
        message: expect.stringMatching(/^Skipped: Cedarwood \(page 2\): the same id \(tpl-branches\.cw\) as a record on page 1/),
      }),
    ]);
  });

  it('fails the load when the configuration cannot read the resource at all', async () => {
    const portal = await exampleSource('ckan-datastore');
    const error = await loadPortal({ ...portal, options: { fields: { name: 'BranchName' } } }, { baseUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ failure: 'rejected', problems: [expect.objectContaining({ section: 'feed' })] });
    expect((error as PortalError).message).toMatch(/^Not read: the source's configuration is not usable: options\.fields\.street: is required/);
    // The mapping is as broken on every page: the first page is enough to say so.
    expect(requested).toHaveLength(1);
  });
});

describe('a source that fails', () => {
  it.each([
    ['ircc-newcomer-services', 'ircc', 503],
    ['hsds', 'hsds', 500],
    ['ckan-datastore', 'ckan', 500],
  ] as const)('%s (mock switch %s) answering HTTP %i is a PortalError “http”', async (kind, name, status) => {
    setMockSwitches(`${name}:fail`);
    const portal = await exampleSource(kind);
    const error = await loadPortal(portal, { baseUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ portalId: portal.id, failure: 'http', status });
  });

  it('answering HTTP 500 on its second page fails the load rather than showing half the directory', async () => {
    const portal = await exampleSource('hsds');
    server.use(
      http.get('*/portals/hsds/services', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '2' ? HttpResponse.text('down', { status: 500 }) : undefined,
      ),
    );
    const error = await loadPortal(portal, { baseUrl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ portalId: 'glnn', failure: 'http', status: 500 });
  });

  it('without a publisher (a configuration built without the schema) is refused before any request', async () => {
    const portal = await exampleSource('hsds');
    const error = await loadPortal({ ...portal, publisher: undefined }, { baseUrl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ portalId: 'glnn', failure: 'rejected', message: 'glnn: a hsds source needs a publisher in the configuration' });
    expect(requested).toEqual([]);
  });
});

describe('fetchPortalText', () => {
  const portal = { id: 'ircc-services', url: '/portals/ircc/js/tools/services/services-info.js', timeoutMs: 2_000 };

  it('gives the answer as it came, a script included', async () => {
    expect(await fetchPortalText(portal, { baseUrl })).toMatch(/ServicesData\s*=/);
  });

  it('maps failures as fetchPortalJson does', async () => {
    const down = () => Promise.reject(new TypeError('connection refused'));
    await expect(fetchPortalText(portal, { baseUrl, fetch: down })).rejects.toMatchObject({ failure: 'unreachable' });
    await expect(fetchPortalText({ ...portal, url: '/portals/hsds/services/nope' }, { baseUrl })).rejects.toMatchObject({ failure: 'http', status: 404 });
    const never = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(fetchPortalText({ ...portal, timeoutMs: 50 }, { baseUrl, fetch: never as typeof fetch })).rejects.toMatchObject({ failure: 'timeout' });
  });
});

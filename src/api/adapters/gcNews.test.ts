import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import newsEn from '../../../mocks/data/gc-news/news-en.json';
import { gcNewsHandlers } from '../../../mocks/gcNewsHandlers';
import { resetMockSwitches, setMockSwitches } from '../../../mocks/switches';
import { fromGcNews, latestNews, type GcNewsContext } from './gcNews';
import { newsEntrySchema, type NewsEntry } from '../newsEntry';

const server = setupServer(...gcNewsHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMockSwitches());
afterAll(() => server.close());

const API = 'http://portal.test/portals/gc-news/io-server/gc/news';
const IRCC_DEPT = 'departmentofcitizenshipandimmigration';
const REAL_QUERY = `dept=${IRCC_DEPT}&sort=publishedDate&orderBy=desc&pick=50&format=json`;
const en: GcNewsContext = { sourceId: 'gc-news', lang: 'en' };
const fr: GcNewsContext = { sourceId: 'gc-news', lang: 'fr' };

async function news(lang: 'en' | 'fr', query = REAL_QUERY): Promise<Response> {
  return fetch(`${API}/${lang}/v2?${query}`);
}

async function adapted(lang: 'en' | 'fr', query = REAL_QUERY) {
  const response = await news(lang, query);
  expect(response.status).toBe(200);
  return fromGcNews(await response.text(), lang === 'en' ? en : fr);
}

/** A response holding these entries, as the API would send it. */
function feedOf(...entry: unknown[]): string {
  return JSON.stringify({ feed: { title: 'News', entry } });
}

const good = {
  title: 'Canada welcomes new citizens',
  link: '/en/immigration-refugees-citizenship/news/2026/05/canada-welcomes-new-citizens.html',
  publishedDate: '2026-05-04T10:00:00-04:00',
  teaser: 'Ceremonies in 12 cities.',
};

function expectValid(entries: NewsEntry[]) {
  for (const entry of entries) expect(newsEntrySchema.safeParse(entry).error?.issues ?? []).toEqual([]);
}

describe('gc-news adapter on the mock API, English', () => {
  it('keeps every entry with a link, newest first, with ids from the page names', async () => {
    const { entries, empty } = await adapted('en');
    expect(empty).toBe(false);
    expect(entries.map((entry) => [entry.id, entry.publishedOn])).toEqual([
      ['gc-news.canada-launches-free-language-training-pilot-for-newcomers-in-northern-ontario', '2026-11-28'],
      ['gc-news.statement-by-the-minister-on-national-francophone-immigration-week', '2026-11-02'],
      ['gc-news.supplementary-information-2027-2029-immigration-levels', '2026-10-30'],
      ['gc-news.new-online-tracker-shows-where-your-permanent-resident-card-application-stands', '2026-10-14'],
      ['gc-news.media-advisory-minister-to-announce-settlement-funding-in-hamilton', '2026-09-21'],
      ['gc-news.backgrounder-settlement-program-funding-2026-2027', '2026-08-14'],
      ['gc-news.prime-minister-announces-new-measures-welcome-skilled-trades-workers', '2026-07-02'],
    ]);
    expect(entries.every((entry) => entry.lang === 'en' && entry.publisher === 'gc-news')).toBe(true);
    expectValid(entries);
  });

  it('resolves relative links against www.canada.ca and moves old http canada.ca links to https', async () => {
    const { entries } = await adapted('en');
    const urls = entries.map((entry) => entry.url);
    expect(urls[0]).toBe('https://www.canada.ca/en/immigration-refugees-citizenship/news/2026/11/canada-launches-free-language-training-pilot-for-newcomers-in-northern-ontario.html');
    expect(urls[5]).toBe('https://www.canada.ca/en/immigration-refugees-citizenship/news/2026/08/backgrounder-settlement-program-funding-2026-2027.html');
    expect(urls[6]).toBe('https://www.pm.gc.ca/en/news/news-releases/2026/07/02/prime-minister-announces-new-measures-welcome-skilled-trades-workers');
  });

  it('turns HTML teasers and entity-laden titles into plain text, and falls back to summary', async () => {
    const { entries } = await adapted('en');
    expect(entries[0]?.summary).toBe('Newcomers in Sudbury, Timmins and North Bay can now take free English and French classes online & in person, with child minding.');
    expect(entries[5]?.title).toBe('Backgrounder: Settlement Program funding, 2026–2027');
    expect(entries[5]?.summary).toBe('Language classes Employment help Community connections');
    expect(entries[2]?.summary).toMatch(/^How the levels plan was built/);
  });

  it('keeps the instant in UTC when the date has a zone, and only the day when it has none', async () => {
    const { entries } = await adapted('en');
    expect(entries[0]?.publishedAt).toBe('2026-11-28T15:00:00.000Z');
    expect(entries[2]?.publishedOn).toBe('2026-10-30');
    expect(entries[2]).not.toHaveProperty('publishedAt');
  });

  it('rejects the entry with no link, saying so', async () => {
    const { rejected } = await adapted('en');
    expect(rejected).toEqual([
      {
        index: 6,
        reason: 'Entry 7 (“Canada extends the temporary public policy for visitors…”): no link to the news page, so readers could not open it.',
      },
    ]);
  });

  it('gives the same ids whatever the order and size of the answer', async () => {
    const desc = (await adapted('en')).entries.map((entry) => entry.id);
    const asc = (await adapted('en', REAL_QUERY.replace('orderBy=desc', 'orderBy=asc'))).entries.map((entry) => entry.id);
    const three = (await adapted('en', REAL_QUERY.replace('pick=50', 'pick=3'))).entries.map((entry) => entry.id);
    expect(asc).toEqual(desc);
    expect(three).toEqual(desc.slice(0, 3));
  });
});

describe('gc-news adapter on the mock API, French', () => {
  it('keeps the French entries with the French pages and accent-free ids', async () => {
    const { entries, rejected, empty } = await adapted('fr');
    expect(empty).toBe(false);
    expect(entries).toHaveLength(7);
    expect(entries.every((entry) => entry.lang === 'fr')).toBe(true);
    expect(entries[0]?.url).toBe('https://www.canada.ca/fr/immigration-refugies-citoyennete/nouvelles/2026/11/le-canada-lance-un-projet-pilote-gratuit-de-formation-linguistique-pour-les-nouveaux-arrivants-du-nord-de-lontario.html');
    expect(entries[1]?.id).toBe('gc-news.declaration-du-ministre-semaine-nationale-de-limmigration-francophone');
    expect(entries[0]?.summary).toContain('cours gratuits d’anglais et de français en ligne');
    expect(rejected.map((r) => r.reason)).toEqual([
      'Entry 7 (“Le Canada prolonge la politique d’intérêt public…”): no link to the news page, so readers could not open it.',
    ]);
    expectValid(entries);
  });
});

describe('gc-news API quirks', () => {
  it('answers an unknown parameter with an empty feed, which is no entry, no rejection, but empty', async () => {
    const response = await news('en', `${REAL_QUERY}&departement=ircc`);
    expect(response.status).toBe(200);
    expect(fromGcNews(await response.text(), en)).toEqual({ entries: [], rejected: [], empty: true });
  });

  it('treats an empty entry list as empty too (another department)', async () => {
    const result = await adapted('en', REAL_QUERY.replace(IRCC_DEPT, 'departmentoffinance'));
    expect(result).toEqual({ entries: [], rejected: [], empty: true });
  });

  it('takes a single entry sent as an object rather than a list', async () => {
    const response = await news('en', REAL_QUERY.replace('pick=50', 'pick=1'));
    const body = (await response.clone().json()) as { feed: { entry: unknown } };
    expect(Array.isArray(body.feed.entry)).toBe(false);
    const { entries } = fromGcNews(await response.text(), en);
    expect(entries.map((entry) => entry.id)).toEqual(['gc-news.canada-launches-free-language-training-pilot-for-newcomers-in-northern-ontario']);
  });

  it('needs format=json, as the mock serves only the JSON form', async () => {
    expect((await news('en', REAL_QUERY.replace('&format=json', ''))).status).toBe(400);
  });

  it('reads a broken portal (HTML error page) as one rejection at -1', async () => {
    setMockSwitches('gc-news:fail');
    const response = await news('en');
    expect(response.status).toBe(500);
    const result = fromGcNews(await response.text(), en);
    expect(result.entries).toEqual([]);
    expect(result.empty).toBe(true);
    expect(result.rejected).toEqual([{ index: -1, reason: 'The answer is not JSON (it begins “<h1>503 Service Unavailable</h1>”). Ask for format=json.' }]);
  });

  it('rejects the malformed entry of the malformed mode and keeps the others', async () => {
    setMockSwitches('gc-news:malformed');
    const { entries, rejected } = await adapted('en', REAL_QUERY.replace('&sort=publishedDate', ''));
    expect(entries).toHaveLength(7);
    expect(rejected.map((r) => [r.index, r.reason])).toContainEqual([8, 'Entry 9: no title, so readers would not know what the news is about.']);
  });
});

describe('gc-news records the adapter leaves out', () => {
  it.each([
    ['an entry that is not an object', 'just text', 'Entry 1 is not a news entry (it is the text “just text”).'],
    ['a title of markup only', { ...good, title: '<p> </p>' }, 'Entry 1: no title, so readers would not know what the news is about.'],
    ['a blank link', { ...good, link: '  ' }, 'Entry 1 (“Canada welcomes new citizens”): no link to the news page, so readers could not open it.'],
    ['a script link', { ...good, link: 'javascript:alert(1)' }, 'Entry 1 (“Canada welcomes new citizens”): the link “javascript:alert(1)” is not a secure (https) web page.'],
    ['an http link elsewhere', { ...good, link: 'http://example.org/news/a.html' }, 'Entry 1 (“Canada welcomes new citizens”): the link “http://example.org/news/a.html” is not a secure (https) web page.'],
    ['a link to a home page', { ...good, link: 'https://www.canada.ca/' }, 'Entry 1 (“Canada welcomes new citizens”): the link “https://www.canada.ca/” points at a site\'s home page, not a news page.'],
    ['no date', { ...good, publishedDate: undefined }, 'Entry 1 (“Canada welcomes new citizens”): no publication date, so it cannot be placed among the latest news.'],
    ['a date that is not one', { ...good, publishedDate: '2026-02-30T10:00:00-05:00' }, 'Entry 1 (“Canada welcomes new citizens”): the publication date “2026-02-30T10:00:00-05:00” is not a date (expected e.g. 2026-11-28T10:00:00-05:00).'],
    ['a time that is not one', { ...good, publishedDate: '2026-05-04 25:00:00' }, 'Entry 1 (“Canada welcomes new citizens”): the publication time in “2026-05-04 25:00:00” is not a time of day.'],
  ])('rejects %s', (_, record, reason) => {
    const { entries, rejected, empty } = fromGcNews(feedOf(record), en);
    expect(entries).toEqual([]);
    expect(empty).toBe(false);
    expect(rejected.map((r) => [r.index, r.reason])).toEqual([[0, reason]]);
  });

  it('keeps one of two entries on the same page and rejects the repeat', () => {
    const { entries, rejected } = fromGcNews(feedOf(good, { ...good, link: `https://www.canada.ca${good.link}` }), en);
    expect(entries.map((entry) => entry.id)).toEqual(['gc-news.canada-welcomes-new-citizens']);
    expect(rejected).toEqual([
      {
        index: 1,
        recordId: `https://www.canada.ca${good.link}`,
        reason: 'Entry 2 (“Canada welcomes new citizens”): repeats entry 1, which has the same link.',
      },
    ]);
  });

  it('keeps two pages of the same name apart by their whole address', () => {
    const other = { ...good, link: '/en/immigration-refugees-citizenship/news/2025/05/canada-welcomes-new-citizens.html' };
    const { entries } = fromGcNews(feedOf(good, other), en);
    expect(entries.map((entry) => entry.id)).toEqual([
      'gc-news.canada-welcomes-new-citizens',
      'gc-news.www-canada-ca-en-immigration-refugees-citizenship-news-2025-05-canada-welcomes-new-citizens-html',
    ]);
  });

  it('reads Atom-style links, other zones and a configured site', () => {
    const { entries } = fromGcNews(
      feedOf(
        { ...good, link: { href: 'news/a.html', rel: 'alternate' }, publishedDate: '2026-05-04T23:30:00-0400' },
        { ...good, link: [{ rel: 'self' }, { href: '/b/index.html' }], publishedDate: '2026-05-05' },
      ),
      { ...en, siteBase: 'https://www.pm.gc.ca/en/' },
    );
    expect(entries.map(({ id, url, publishedOn, publishedAt }) => ({ id, url, publishedOn, publishedAt }))).toEqual([
      { id: 'gc-news.b', url: 'https://www.pm.gc.ca/b/index.html', publishedOn: '2026-05-05', publishedAt: undefined },
      { id: 'gc-news.a', url: 'https://www.pm.gc.ca/en/news/a.html', publishedOn: '2026-05-04', publishedAt: '2026-05-05T03:30:00.000Z' },
    ]);
  });

  it('reads a response that is not a feed as one rejection at -1', () => {
    expect(fromGcNews('{"results":[]}', en)).toEqual({
      entries: [],
      rejected: [{ index: -1, reason: 'The answer has no `feed` object: it is not a GC news API response.' }],
      empty: true,
    });
  });
});

describe('latestNews', () => {
  it('gives the n newest without changing the list it is given', async () => {
    const { entries } = await adapted('en');
    const shuffled = [...entries].reverse();
    const copy = [...shuffled];
    expect(latestNews(shuffled, 3).map((entry) => entry.publishedOn)).toEqual(['2026-11-28', '2026-11-02', '2026-10-30']);
    expect(shuffled).toEqual(copy);
    expect(latestNews(entries, 0)).toEqual([]);
    expect(latestNews(entries, Number.NaN)).toEqual([]);
    expect(latestNews(entries, 100)).toHaveLength(7);
  });

  it('orders by the instant within one day', () => {
    const morning = { ...good, link: '/a/morning.html', publishedDate: '2026-05-04T08:00:00-04:00' };
    const evening = { ...good, link: '/a/evening.html', publishedDate: '2026-05-04T20:00:00-04:00' };
    const { entries } = fromGcNews(feedOf(morning, evening), en);
    expect(latestNews(entries, 1).map((entry) => entry.id)).toEqual(['gc-news.evening']);
  });
});

describe('gc-news adapter never throws', () => {
  const check = (text: string) => {
    const result = fromGcNews(text, en);
    expectValid(result.entries);
    expect(result.entries.length + result.rejected.length).toBeGreaterThanOrEqual(result.empty ? 0 : 1);
  };

  it('on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => check(text)));
  });

  it('on any JSON, as the whole answer, as the feed or as its entries', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check(JSON.stringify(value));
        check(JSON.stringify({ feed: value }));
        check(JSON.stringify({ feed: { entry: value } }));
      }),
    );
  });

  it('on fixture entries with fields replaced by anything', () => {
    const records = newsEn.feed.entry as Record<string, unknown>[];
    const field = fc.constantFrom('title', 'link', 'publishedDate', 'teaser', 'summary', 'type');
    const weird = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.constantFrom('', ' ', '//', '/', '..', 'https://', 'mailto:a@b.c', '2026-13-01', '2026-11-28T10:00:00+99:99', '<b>', '&amp;'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(records.length - 1), field, weird)), (changes) => {
        const mutated = records.map((record) => ({ ...record }));
        for (const [index, key, value] of changes) (mutated[index] as Record<string, unknown>)[key] = value;
        check(feedOf(...mutated));
      }),
    );
  });
});

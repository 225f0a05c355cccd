import { HttpResponse, http } from 'msw';
import newsEn from './data/gc-news/news-en.json' with { type: 'json' };
import newsFr from './data/gc-news/news-fr.json' with { type: 'json' };
import { mockFault } from './faults.ts';

/**
 * The Government of Canada news API (api.io.canada.ca/io-server/gc/news/{en,fr}/v2), JSON form,
 * for IRCC. It behaves as the real one does where an adapter can trip on it: a query parameter it
 * does not know gets an empty feed with status 200 rather than an error, and one matching entry
 * comes as an object rather than a list (the API's JSON is converted from its Atom feed).
 */

const PORTAL = 'gc-news';
const IRCC = 'departmentofcitizenshipandimmigration';

// The parameters the real API documents for this use; anything else empties the feed.
const KNOWN_PARAMETERS = new Set(['dept', 'type', 'sort', 'orderBy', 'pick', 'format', 'atomtitle', 'publishedDate>', 'publishedDate<']);

interface NewsFixture {
  feed: { entry: Record<string, unknown>[] } & Record<string, unknown>;
}

const fixtures: Record<string, NewsFixture> = { en: newsEn, fr: newsFr };

const brokenEntry = { publishedDate: 'not a date', teaser: 'An entry with no title and no link.' };

export const gcNewsHandlers = [
  http.get(`*/portals/${PORTAL}/io-server/gc/news/:lang/v2`, async ({ params, request, cookies }) => {
    const fixture = fixtures[String(params.lang)];
    if (!fixture) return HttpResponse.text('Not Found', { status: 404 });
    const query = new URL(request.url).searchParams;
    if (query.get('format') !== 'json') {
      return HttpResponse.text('This mock serves the JSON form only: add format=json.', { status: 400 });
    }

    const fault = await mockFault(PORTAL, cookies);
    if (fault instanceof Response) return fault;
    return answer(fixture, query, fault === 'malformed' ? [brokenEntry] : []);
  }),
];

function answer(fixture: NewsFixture, query: URLSearchParams, extra: Record<string, unknown>[]) {
  const { entry: all, ...header } = fixture.feed;
  const headers = { 'Cache-Control': 'no-cache' };
  if ([...query.keys()].some((name) => !KNOWN_PARAMETERS.has(name))) return HttpResponse.json({ feed: header }, { headers });

  const entries = picked(sorted(selected([...all, ...extra], query), query), query);
  return HttpResponse.json({ feed: { ...header, entry: entries.length === 1 ? entries[0] : entries } }, { headers });
}

function selected(entries: Record<string, unknown>[], query: URLSearchParams): Record<string, unknown>[] {
  const dept = query.get('dept');
  if (dept !== null && dept !== IRCC) return [];
  const type = query.get('type');
  const after = query.get('publishedDate>');
  const before = query.get('publishedDate<');
  return entries.filter((entry) => {
    const day = String(entry.publishedDate ?? '').slice(0, 10);
    if (type !== null && String(entry.type ?? '').replace(/\s+/g, '') !== type) return false;
    if (after !== null && day < after) return false;
    return before === null || day < before;
  });
}

function sorted(entries: Record<string, unknown>[], query: URLSearchParams): Record<string, unknown>[] {
  if (query.get('sort') !== 'publishedDate') return entries;
  const sign = query.get('orderBy') === 'asc' ? 1 : -1;
  const time = (entry: Record<string, unknown>) => Date.parse(String(entry.publishedDate ?? '').replace(' ', 'T')) || 0;
  return [...entries].sort((a, b) => sign * (time(a) - time(b)));
}

function picked(entries: Record<string, unknown>[], query: URLSearchParams): Record<string, unknown>[] {
  const pick = query.get('pick');
  if (pick === null) return entries;
  const count = Number(pick);
  return Number.isInteger(count) && count > 0 ? entries.slice(0, count) : [];
}

import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import searchEn from '../../../mocks/data/211/search-en.json' with { type: 'json' };
import { ontario211Handlers } from '../../../mocks/ontario211Handlers';
import { resetMockSwitches, setMockSwitches } from '../../../mocks/switches';
import type { OfficeInput } from '../../content/office';
import { parseFeed } from '../../content/parseFeed';
import { SEARCH_URL, adapt211, adapt211Pages, nextPageIndex, searchRequest, type SearchRequestOptions } from './ontario211';
import type { AdaptedSource, SourceContext } from './sourceRecords';

const BASE_URL = 'https://211.mocks.example/portals/211/api/v2/search';
// A key shaped like a real one; the tests check it never leaves the request.
const KEY = 'Zq7Xk2Lm9Wp4Rt6Yv8Nb3Cd5Fg1Hj0Ks';

// The licence and addresses are illustrative: 211's data is licensed, not open data.
const context: SourceContext = {
  sourceId: '211-ontario',
  publisher: {
    id: '211-ontario',
    name: { en: '211 Ontario', fr: '211 Ontario' },
    jurisdiction: 'community',
    licence: { name: { en: '211 Ontario data licence', fr: 'Licence de données de 211 Ontario' }, url: 'https://211ontario.ca/terms-of-use/' },
    attribution: { en: 'Community services data from 211 Ontario.', fr: 'Données sur les services communautaires : 211 Ontario.' },
    homepage: { en: 'https://211ontario.ca/', fr: 'https://211ontario.ca/fr/' },
  },
  fetchedOn: '2026-11-20',
  options: {
    municipalities: ['ottawa', 'toronto', 'hamilton', 'greater-sudbury'],
    serviceMap: {
      'Newcomer Settlement Programs': 'ca.settlement-services',
      "Programmes d'établissement des nouveaux arrivants": 'ca.settlement-services',
      'language assessment': 'ca.language-assessment',
      'Evaluation linguistique': 'ca.language-assessment',
      'LH-0200.0020': 'ca.linc',
      'Newcomer Employment Programs': 'on.employment-ontario',
      'Job Search/Placement': 'on.employment-ontario',
    },
  },
};

const withOptions = (options: Record<string, unknown>): SourceContext => ({ ...context, options: { ...context.options, ...options } });

const server = setupServer(...ontario211Handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetMockSwitches();
});
afterAll(() => server.close());

const searchAt: SearchRequestOptions = { key: KEY, lang: 'en', latitude: 45.4215, longitude: -75.6972, distanceKm: 500, pageIndex: 0, pageSize: 100, baseUrl: BASE_URL };

async function searchText(overrides: Partial<SearchRequestOptions> = {}): Promise<string> {
  const { url, init } = searchRequest({ ...searchAt, ...overrides });
  const response = await fetch(url, init);
  expect(response.status).toBe(200);
  return response.text();
}

/** Every page of one search, as the ingest reads them. */
async function allPages(overrides: Partial<SearchRequestOptions> = {}): Promise<string[]> {
  const pageSize = overrides.pageSize ?? 5;
  const pages: string[] = [];
  let pageIndex: number | null = 0;
  while (pageIndex !== null && pages.length < 50) {
    const text = await searchText({ ...overrides, pageIndex, pageSize });
    pages.push(text);
    pageIndex = nextPageIndex(text, pageIndex, pageSize);
  }
  return pages;
}

async function adaptedFixture(ctx: SourceContext = context, lang: 'en' | 'fr' = 'en'): Promise<AdaptedSource> {
  return adapt211(await searchText({ lang }), ctx);
}

function office(adapted: AdaptedSource, id: string): OfficeInput {
  const found = (adapted.feed.offices ?? []).find((o) => o.id === id);
  if (!found) throw new Error(`no office ${id}`);
  return found;
}

function reasonAt(adapted: AdaptedSource, index: number): string {
  return adapted.rejected.filter((r) => r.index === index).map((r) => r.reason).join(' | ');
}

function expectValidFeed(adapted: AdaptedSource) {
  const { feed, problems } = parseFeed(adapted.feed);
  expect(problems).toEqual([]);
  expect(feed?.offices).toHaveLength(adapted.feed.offices?.length ?? 0);
}

/** A one-record page around a valid Ottawa record, with the given fields replaced. */
function oneRecord(overrides: Record<string, unknown> = {}): string {
  const record = {
    id: 123,
    PublicName: 'Test Agency',
    PhysicalAddressStreet1: '1 Main Street',
    PhysicalAddressStreet2: '',
    PhysicalAddressCity: 'Ottawa',
    PhysicalAddressProvince: 'ON',
    PhysicalAddressPostalCode: 'K1P 1J1',
    Latitude: '45.42',
    Longitude: '-75.70',
    PhoneNumbers: [{ Phone: '613-555-0100', Name: 'Main', Type: 'Business Line' }],
    Website: 'www.test-agency.ca',
    TaxonomyTerms: 'Newcomer Settlement Programs',
    UpdatedOn: '2026-10-01 12:00:00',
    ...overrides,
  };
  return JSON.stringify({ RecordCount: '1', Records: [record] });
}

function onlyOffice(responseText: string, ctx: SourceContext = context): OfficeInput {
  const { feed, rejected } = adapt211(responseText, ctx);
  expect(rejected).toEqual([]);
  expect(feed.offices).toHaveLength(1);
  return (feed.offices ?? [])[0] as OfficeInput;
}

function onlyReason(responseText: string, ctx: SourceContext = context): string {
  const { feed, rejected } = adapt211(responseText, ctx);
  expect(feed.offices).toEqual([]);
  expect(rejected).toHaveLength(1);
  return rejected[0]?.reason ?? '';
}

describe('the mock 211 search over HTTP', () => {
  it('refuses a search without a key, as 211 does', async () => {
    const { url, init } = searchRequest(searchAt);
    const withoutKey = new URL(url);
    withoutKey.searchParams.delete('key');
    const response = await fetch(withoutKey, init);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ Message: 'Authorization has been denied for this request.' });
  });

  it('answers RecordCount as a string and pages by PageIndex and PageSize', async () => {
    const first = JSON.parse(await searchText({ pageSize: 5 })) as { RecordCount: unknown; Records: { id: unknown }[] };
    expect(first.RecordCount).toBe('18');
    expect(first.Records.map((r) => r.id)).toEqual([70110201, 70110202, 70220315, 70220488, 70330120]);
    const last = JSON.parse(await searchText({ pageIndex: 3, pageSize: 5 })) as { Records: unknown[] };
    expect(last.Records).toHaveLength(3);
    const pages = await allPages({ pageSize: 5 });
    expect(pages).toHaveLength(4);
  });

  it('answers in French when Lang is fr', async () => {
    const records = (JSON.parse(await searchText({ lang: 'fr' })) as { Records: { PublicName: string }[] }).Records;
    expect(records[4]?.PublicName).toBe("Centre d'accueil multiculturel de Sudbury");
    // Not translated by 211: the French search returns the English text.
    expect(records[5]?.PublicName).toBe('Peel Newcomer Resource Centre');
  });

  it('filters by Term', async () => {
    const records = (JSON.parse(await searchText({ term: 'language assessment' })) as { Records: { id: number }[] }).Records;
    expect(records.map((r) => r.id)).toEqual([70110202]);
  });

  it('refuses a GET and an unknown address like ASP.NET Web API, quoting the URL', async () => {
    const get = await fetch(`${BASE_URL}?key=${KEY}`);
    expect(get.status).toBe(405);
    const unknown = await fetch(`${BASE_URL.replace('/search', '/serach')}?key=${KEY}`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain(KEY);
  });

  it('fails like a broken server when switched to fail, and adds a broken record when malformed', async () => {
    setMockSwitches('211:fail');
    const { url, init } = searchRequest(searchAt);
    expect((await fetch(url, init)).status).toBe(500);
    setMockSwitches('211:malformed');
    const adapted = await adaptedFixture();
    expect(reasonAt(adapted, 18)).toBe(
      'record 79999999 (Broken record): not a place people can visit: no city in the physical address (`PhysicalAddressCity` is empty)',
    );
    expect(adapted.feed.offices).toHaveLength(8);
  });
});

describe('searchRequest', () => {
  it("builds 211's real proximity search with the key in the URL's query", () => {
    const { url, init } = searchRequest({ key: 'a b&c', lang: 'fr', latitude: 43.65, longitude: -79.38, distanceKm: 25, pageIndex: 2, pageSize: 50 });
    const address = new URL(url);
    expect(`${address.origin}${address.pathname}`).toBe(SEARCH_URL);
    expect(address.searchParams.get('key')).toBe('a b&c');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({
      Dataset: 'on',
      Lang: 'fr',
      SearchType: 'proximity',
      Latitude: 43.65,
      Longitude: -79.38,
      Distance: 25,
      Search: 'term',
      Term: '*',
      PageIndex: 2,
      PageSize: 50,
    });
    expect(String(init.body)).not.toContain('a b&c');
  });

  it('searches for a term when given one, and refuses to build a request with no key', () => {
    expect(JSON.parse(String(searchRequest({ ...searchAt, term: ' LINC ' }).init.body))).toMatchObject({ Search: 'term', Term: 'LINC' });
    expect(() => searchRequest({ ...searchAt, key: ' ' })).toThrow(/key is missing/);
  });
});

describe('nextPageIndex', () => {
  const page = (count: unknown, records: number) => JSON.stringify({ RecordCount: count, Records: Array.from({ length: records }, (_, id) => ({ id })) });

  it('reads RecordCount as the string 211 sends, or as a number', () => {
    expect(nextPageIndex(page('42', 20), 0, 20)).toBe(1);
    expect(nextPageIndex(page('42', 20), 1, 20)).toBe(2);
    expect(nextPageIndex(page('42', 2), 2, 20)).toBeNull();
    expect(nextPageIndex(page(40, 20), 1, 20)).toBeNull();
    expect(nextPageIndex(page(41, 20), 1, 20)).toBe(2);
  });

  it('stops on an empty page, an unreadable count or an error answer', () => {
    expect(nextPageIndex(page('42', 0), 0, 20)).toBeNull();
    expect(nextPageIndex(page('forty', 20), 0, 20)).toBeNull();
    expect(nextPageIndex(page('-1', 20), 0, 20)).toBeNull();
    expect(nextPageIndex('{"Message":"Authorization has been denied for this request."}', 0, 20)).toBeNull();
    expect(nextPageIndex('<html>', 0, 20)).toBeNull();
    expect(nextPageIndex(page('42', 20), 0, 0)).toBeNull();
  });

  it('walks the mock search to its end', async () => {
    const pages = await allPages({ pageSize: 7 });
    expect(pages.map((text) => (JSON.parse(text) as { Records: unknown[] }).Records.length)).toEqual([7, 7, 4]);
  });
});

describe('adapt211 on the fixture', () => {
  it('keeps the Ontario places with stable ids, in order, and parseFeed accepts every one', async () => {
    const adapted = await adaptedFixture();
    expect((adapted.feed.offices ?? []).map((o) => o.id)).toEqual([
      '211-ontario.70110201',
      '211-ontario.70110202',
      '211-ontario.70220315',
      '211-ontario.70220488',
      '211-ontario.70330120',
      '211-ontario.70440099',
      '211-ontario.70880310',
      '211-ontario.70990001',
    ]);
    expectValidFeed(adapted);
    expect(adapted.feed.publisher).toEqual(context.publisher);
    expect(adapted.feed.generatedAt).toBe('2026-11-20T00:00:00Z');
  });

  it('reports every record it leaves out, with a reason a 211 editor can act on', async () => {
    const adapted = await adaptedFixture();
    expect(adapted.rejected.map((r) => r.index)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(adapted.rejected.map((r) => r.recordId)).toEqual(['70550011', '70550012', '70660140', '70660141', '70660142', '70660143', '70660144', '70110201', '70770201', '70770202']);
    expect(reasonAt(adapted, 6)).toBe('record 70550011 (Newcomer Information Line): not a place people can visit: no physical address (`PhysicalAddressStreet1` is empty)');
    expect(reasonAt(adapted, 7)).toBe('record 70550012 (Safe Harbour Women\'s Shelter): not a place people can visit: the address is kept confidential ("Confidential location")');
    expect(reasonAt(adapted, 8)).toBe('record 70660140 (Outaouais Newcomer Services): outside Ontario: the province is "QC"; only Ontario places are listed');
    expect(reasonAt(adapted, 9)).toBe('record 70660141 (Hamilton Immigrant Support Network): no coordinates (`Latitude`, `Longitude` are "0", "0": 0 means not located)');
    expect(reasonAt(adapted, 10)).toBe('record 70660142 (Forest City Conversation Circles): no coordinates (`Latitude`, `Longitude` are "", ""), so it cannot be listed by distance');
    expect(reasonAt(adapted, 11)).toBe('record 70660143: no name (`PublicName` is empty)');
    expect(reasonAt(adapted, 12)).toBe('record 70660144 (Border Settlement Office): outside Ontario: coordinates 45.50169, -73.56725 are not in Ontario');
    expect(reasonAt(adapted, 13)).toBe('record 70110201 (Capital Region Newcomer Centre - Settlement Counselling): listed twice: the record at position 1 has the same `id`');
    expect(reasonAt(adapted, 14)).toBe('record 70770201 (Hamilton Newcomer Legal Clinic): no postal code (`PhysicalAddressPostalCode` is empty)');
    expect(reasonAt(adapted, 15)).toBe('record 70770202 (Northern Newcomer Outreach): not a place people can visit: "P.O. Box 220" is a post office box, not a physical address');
  });

  it('maps a full record: address, coordinates from strings, first voice phone, web page, services, date, access notes, no hours', async () => {
    const adapted = await adaptedFixture();
    expect(office(adapted, '211-ontario.70110201')).toEqual({
      id: '211-ontario.70110201',
      kind: 'settlement-agency',
      name: { en: 'Capital Region Newcomer Centre - Settlement Counselling' },
      address: { street: '219 Argyle Avenue, Suite 400', city: 'Ottawa', province: 'ON', postalCode: 'K2P 2H4' },
      coordinates: { lat: 45.41062, lng: -75.69131 },
      hours: [],
      phone: '613-555-0142',
      url: { en: 'https://www.crnc-ottawa.ca/settlement' },
      services: ['ca.settlement-services'],
      languages: ['en'],
      accessibility: { en: 'Fully accessible — automatic door on Argyle Avenue' },
      municipality: 'ottawa',
      source: 'https://211ontario.ca/',
      dateModified: '2026-09-14',
    });
  });

  it('copes with each quirk of the other records it keeps', async () => {
    const adapted = await adaptedFixture();
    // Taxonomy terms match whatever their case.
    expect(office(adapted, '211-ontario.70110202').services).toEqual(['ca.language-assessment']);
    const spadina = office(adapted, '211-ontario.70220315');
    expect(spadina).toMatchObject({ phone: '416-555-0177 ext. 221', url: { en: 'http://spadinahub.ca/' }, services: ['on.employment-ontario'], municipality: 'toronto' });
    expect(spadina.address.postalCode).toBe('M5S 2G8');
    const northYork = office(adapted, '211-ontario.70220488');
    expect(northYork).toMatchObject({ phone: '416-555-0188', url: { en: 'https://nylc.ca/' }, services: ['ca.linc'], municipality: 'toronto' });
    expect(northYork.address).toMatchObject({ street: '5150 Yonge Street, 3rd Floor', city: 'Toronto (North York)', province: 'ON' });
    const sudbury = office(adapted, '211-ontario.70330120');
    expect(sudbury).toMatchObject({ phone: '1-888-555-0134', municipality: 'greater-sudbury', dateModified: '2026-11-20' });
    expect(sudbury.url).toBeUndefined();
    const peel = office(adapted, '211-ontario.70440099');
    expect(peel).toMatchObject({ municipality: 'mississauga', dateModified: '2025-12-01' });
    expect(peel.phone).toBeUndefined();
    expect(office(adapted, '211-ontario.70880310')).toMatchObject({
      name: { en: 'Vanier Youth & Family Newcomer Program' },
      url: { en: 'https://vaniercsc.ca/youth' },
      phone: '613-555-0181',
    });
    const library = office(adapted, '211-ontario.70990001');
    expect(library).toMatchObject({ url: { en: 'https://hpl.ca/welcome' }, municipality: 'hamilton', coordinates: { lat: 43.25846, lng: -79.87033 }, services: [], dateModified: '2026-11-20' });
    expect(library.phone).toBeUndefined();
  });

  it('reads no opening hours, whatever Hours holds', async () => {
    const adapted = await adaptedFixture();
    expect((adapted.feed.offices ?? []).every((o) => Array.isArray(o.hours) && o.hours.length === 0)).toBe(true);
    expect(onlyOffice(oneRecord({ Hours: 'Monday to Friday 9:00-17:00' })).hours).toEqual([]);
  });

  it('reads the French search as French offices', async () => {
    const adapted = await adaptedFixture(withOptions({ language: 'fr' }), 'fr');
    expectValidFeed(adapted);
    expect(adapted.feed.offices).toHaveLength(8);
    const sudbury = office(adapted, '211-ontario.70330120');
    expect(sudbury).toMatchObject({
      name: { fr: "Centre d'accueil multiculturel de Sudbury" },
      languages: ['fr'],
      services: ['ca.settlement-services'],
      source: 'https://211ontario.ca/fr/',
    });
    expect(sudbury.address.street).toBe('196, rue Larch');
    // Accents do not matter in the service map: "Évaluation linguistique" is "Evaluation linguistique".
    expect(office(adapted, '211-ontario.70110202')).toMatchObject({ services: ['ca.language-assessment'], url: { fr: 'https://www.crnc-ottawa.ca/fr/evaluation' } });
    expect(office(adapted, '211-ontario.70440099').name).toEqual({ fr: 'Peel Newcomer Resource Centre' });
  });

  it('reads every page of a search, and keeps a record listed on two pages once', async () => {
    const pages = await allPages({ pageSize: 5 });
    const adapted = adapt211Pages(pages, context);
    const whole = await adaptedFixture();
    expect(adapted.feed.offices).toEqual(whole.feed.offices);
    expect(adapted.rejected).toEqual(whole.rejected);
    // Page by page, the repeat on page 3 cannot be seen.
    const third = adapt211(pages[2] ?? '', context);
    expect((third.feed.offices ?? []).map((o) => o.id)).toContain('211-ontario.70110201');
  });
});

describe('adapt211 on single records', () => {
  it('takes the office kind and a record page from the options', () => {
    const library = onlyOffice(oneRecord(), withOptions({ officeKind: 'library', recordUrl: 'https://211ontario.ca/service/{id}/' }));
    expect(library).toMatchObject({ kind: 'library', source: 'https://211ontario.ca/service/123/' });
  });

  it('makes an id from the name when the record has none', () => {
    expect(onlyOffice(oneRecord({ id: null, PublicName: 'Centre Élan & Co.' })).id).toBe('211-ontario.centre-elan-and-co');
  });

  it('keeps only http and https web pages', () => {
    expect(onlyOffice(oneRecord({ Website: 'mailto:info@agency.ca' })).url).toBeUndefined();
    expect(onlyOffice(oneRecord({ Website: 'JavaScript:alert(1)' })).url).toBeUndefined();
    expect(onlyOffice(oneRecord({ Website: 'ftp://agency.ca' })).url).toBeUndefined();
    expect(onlyOffice(oneRecord({ Website: 'localhost' })).url).toBeUndefined();
    expect(onlyOffice(oneRecord({ Website: '//agency.ca/path' })).url).toEqual({ en: 'https://agency.ca/path' });
    expect(onlyOffice(oneRecord({ Website: 'agency.ca:8080/x' })).url).toEqual({ en: 'https://agency.ca:8080/x' });
  });

  it('takes the first number a phone can dial, skipping fax and TTY lines', () => {
    const phones = [
      { Phone: '613-555-0101', Name: 'Télécopieur', Type: '' },
      { Phone: 'see website', Name: 'Main', Type: 'Business Line' },
      { Phone: '+1 (613) 555-0102 x 7', Name: 'Intake', Type: 'Business Line' },
    ];
    expect(onlyOffice(oneRecord({ PhoneNumbers: phones })).phone).toBe('613-555-0102 ext. 7');
    expect(onlyOffice(oneRecord({ PhoneNumbers: 'not a list' })).phone).toBeUndefined();
  });

  it('takes the province from the postal code when the province is empty, and rejects a postal code outside Ontario', () => {
    expect(onlyOffice(oneRecord({ PhysicalAddressProvince: '' })).address.province).toBe('ON');
    expect(onlyReason(oneRecord({ PhysicalAddressPostalCode: 'J8X 3W1' }))).toBe('record 123 (Test Agency): outside Ontario: postal code J8X 3W1 is not an Ontario postal code');
    expect(onlyReason(oneRecord({ PhysicalAddressPostalCode: '12345' }))).toBe('record 123 (Test Agency): postal code "12345" is not a Canadian postal code such as K1P 1J1');
  });

  it('rejects coordinates that are not numbers, and a record that is not an object', () => {
    expect(onlyReason(oneRecord({ Latitude: 'north', Longitude: null }))).toBe(
      'record 123 (Test Agency): no coordinates (`Latitude`, `Longitude` are "north", null), so it cannot be listed by distance',
    );
    expect(onlyReason(JSON.stringify({ RecordCount: '1', Records: [null] }))).toBe('record at position 1: not a record (expected an object of fields, found null)');
  });

  it('reads "YYYY-MM-DD HH:MM:SS" and ISO dates as the day they name', () => {
    expect(onlyOffice(oneRecord({ UpdatedOn: '2026-01-31 23:59:59' })).dateModified).toBe('2026-01-31');
    expect(onlyOffice(oneRecord({ UpdatedOn: '2026-01-31T23:59:59' })).dateModified).toBe('2026-01-31');
    expect(onlyOffice(oneRecord({ UpdatedOn: '31/01/2026' })).dateModified).toBe('2026-11-20');
  });

  it('says when the options or the response cannot be used', () => {
    expect(onlyReason(oneRecord(), withOptions({ officeKind: 'clinic' }))).toMatch(/^the source's options cannot be used: officeKind: /);
    expect(onlyReason(oneRecord(), withOptions({ serviceMap: { LINC: 'Not An Id' } }))).toMatch(/^the source's options cannot be used: serviceMap\.LINC: /);
    expect(onlyReason('<html><body>Server Error</body></html>')).toBe('the response is not JSON: is the address a 211 `/api/v2/search` call?');
    expect(onlyReason('[1, 2]')).toBe('the response is not a 211 search answer: expected an object with `RecordCount` and `Records`');
    expect(onlyReason('{"RecordCount":"3"}')).toBe('the response has no `Records` list: is the address a 211 `/api/v2/search` call?');
    expect(onlyReason('{"Message":"Authorization has been denied for this request."}')).toBe(
      '211 answered with an error instead of records: "Authorization has been denied for this request."',
    );
    expect(adapt211('{"RecordCount":"0","Records":[]}', context)).toEqual({ feed: expect.objectContaining({ offices: [] }) as unknown, rejected: [] });
  });
});

describe('the 211 key', () => {
  function expectNoKey(adapted: AdaptedSource) {
    const written = JSON.stringify(adapted);
    expect(written).not.toContain(KEY);
    expect(written).not.toContain(encodeURIComponent(KEY).slice(0, 12));
  }

  it('never appears in the feed or the rejections of a whole search', async () => {
    const pages = await allPages({ pageSize: 5 });
    expectNoKey(adapt211Pages(pages, context));
    for (const page of pages) expectNoKey(adapt211(page, context));
  });

  it('is hidden when an error answer quotes the request URL', async () => {
    const { init } = searchRequest(searchAt);
    const response = await fetch(`${BASE_URL.replace('/search', '/serach')}?key=${KEY}&x=1`, init);
    const text = await response.text();
    expect(text).toContain(KEY);
    const adapted = adapt211(text, context);
    expectNoKey(adapted);
    expect(adapted.rejected[0]?.reason).toMatch(/^211 answered with an error instead of records: "No HTTP resource .*\?key=\[hidden\]&x=1'/);
  });

  it('is hidden when a record itself quotes it', () => {
    const adapted = adapt211(oneRecord({ id: `https://data.211support.org/api/v2/search?key=${KEY}`, Latitude: '' }), context);
    expectNoKey(adapted);
    expect(adapted.rejected[0]?.reason).toContain('key=[hidden]');
    const kept = onlyOffice(oneRecord({ PublicName: `Agency (see data.211support.org/api/v2/search?key=${KEY})` }));
    expect(kept.name.en).toBe('Agency (see data.211support.org/api/v2/search?key=[hidden])');
  });
});

describe('adapt211 never throws', { timeout: 60_000 }, () => {
  const fixture = searchEn.Records as Record<string, unknown>[];
  const fields = [...new Set(fixture.flatMap((record) => Object.keys(record)))];

  function check(responseText: string, ctx: SourceContext = context) {
    const adapted = adapt211(responseText, ctx);
    const { problems } = parseFeed(adapted.feed);
    expect(problems).toEqual([]);
    return adapted;
  }

  it('on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void check(text)), { numRuns: 300 });
  });

  it('on any JSON, as the whole answer or as its records', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 5 }), (value, records) => {
        check(JSON.stringify(value) ?? 'null');
        const adapted = check(JSON.stringify({ RecordCount: String(records.length), Records: records }));
        expect((adapted.feed.offices?.length ?? 0) + adapted.rejected.length).toBe(records.length);
      }),
      { numRuns: 300 },
    );
  });

  it('on any options', () => {
    const text = JSON.stringify(searchEn);
    fc.assert(fc.property(fc.jsonValue(), (options) => void check(text, { ...context, options: options as Record<string, unknown> })), { numRuns: 200 });
  });

  it('on the fixture with its fields mutated, and accounts for every record', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.constantFrom('', ' ', '0', '45.4', '-75.7', 'K1P1J1', 'k1p 1j1', 'ON', 'QC', 'www.x.ca', 'javascript:x', '2026-02-30 00:00:00', '<b>&amp;</b>', '?key=abc'),
    );
    const mutation = fc.tuple(fc.nat(fixture.length - 1), fc.constantFrom(...fields, '__proto__', 'constructor'), value);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 10 }), (mutations) => {
        const records = fixture.map((record) => ({ ...record }));
        for (const [index, field, replacement] of mutations) {
          const record = records[index];
          if (record) Object.defineProperty(record, field, { value: replacement, enumerable: true, configurable: true, writable: true });
        }
        const adapted = check(JSON.stringify({ RecordCount: '18', Records: records }));
        expect((adapted.feed.offices?.length ?? 0) + adapted.rejected.length).toBe(records.length);
      }),
      { numRuns: 300 },
    );
  });

  it('nextPageIndex on any text and page', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v) ?? '')), fc.integer(), fc.integer(), (text, pageIndex, pageSize) => {
        const next = nextPageIndex(text, pageIndex, pageSize);
        expect(next === null || next === pageIndex + 1).toBe(true);
      }),
    );
  });
});

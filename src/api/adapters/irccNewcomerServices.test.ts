import fc from 'fast-check';
import JSON5 from 'json5';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { irccHandlers } from '../../../mocks/irccHandlers';
import { resetMockSwitches, setMockSwitches } from '../../../mocks/switches';
import type { OfficeInput } from '../../content/office';
import { parseFeed } from '../../content/parseFeed';
import { DEFAULT_PAGE_URL, adaptIrccNewcomerServices, unknownServiceFlags } from './irccNewcomerServices';
import type { AdaptedSource, SourceContext } from './sourceRecords';

const FILE_URL = 'https://ircc.mocks.example/portals/ircc/js/tools/services/services-info.js';

const context: SourceContext = {
  sourceId: 'ircc-services',
  publisher: {
    id: 'ircc',
    name: { en: 'Immigration, Refugees and Citizenship Canada', fr: 'Immigration, Réfugiés et Citoyenneté Canada' },
    jurisdiction: 'federal',
    licence: {
      name: { en: 'Terms and conditions of Canada.ca', fr: 'Avis de Canada.ca' },
      url: 'https://www.canada.ca/en/transparency/terms.html',
    },
    attribution: { en: 'Source: IRCC, Find free newcomer services near you.', fr: 'Source : IRCC, Trouver des services gratuits pour nouveaux arrivants.' },
    homepage: { en: 'https://www.canada.ca/en/immigration-refugees-citizenship.html' },
  },
  fetchedOn: '2026-11-20',
  options: { municipalities: ['ottawa', 'toronto', 'hamilton', 'greater-sudbury'] },
};

const server = setupServer(...irccHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetMockSwitches();
});
afterAll(() => server.close());

async function fetchScript(headers: Record<string, string> = {}): Promise<Response> {
  return fetch(FILE_URL, { headers });
}

async function adaptedFixture(ctx: SourceContext = context): Promise<AdaptedSource> {
  const response = await fetchScript();
  return adaptIrccNewcomerServices(await response.text(), ctx);
}

function officeNamed(adapted: AdaptedSource, name: string, postalCode?: string): OfficeInput {
  const office = (adapted.feed.offices ?? []).find((o) => o.name.en === name && (!postalCode || o.address.postalCode === postalCode));
  if (!office) throw new Error(`no office named ${name}`);
  return office;
}

function reasonAt(adapted: AdaptedSource, index: number): string {
  return adapted.rejected.filter((r) => r.index === index).map((r) => r.reason).join(' | ');
}

/** A one-entry script around a valid Ontario record, with the given fields replaced. */
function oneEntry(overrides: Record<string, unknown> = {}): string {
  const record = {
    Type: { en: 'Test Agency', fr: 'Organisme test' },
    City: { en: 'Ottawa', fr: 'Ottawa' },
    Province: { en: 'ON', fr: 'ON' },
    Address: { en: '1 Main Street, Ottawa, ON K1P 1J1', fr: '1, rue Main, Ottawa (Ontario) K1P 1J1' },
    Telephone: { en: '613-555-0100', fr: '613-555-0100' },
    Email: { en: '', fr: '' },
    Note: { en: '', fr: '' },
    Coordinates: { Latitude: 45.4, Longitude: -75.7 },
    Services: { General: 'yes' },
    ...overrides,
  };
  return `var ServicesData = [${JSON5.stringify(record)}];`;
}

function onlyOffice(text: string, ctx: SourceContext = context): OfficeInput {
  const { feed, rejected } = adaptIrccNewcomerServices(text, ctx);
  expect(rejected).toEqual([]);
  expect(feed.offices).toHaveLength(1);
  return (feed.offices ?? [])[0] as OfficeInput;
}

function expectValidFeed(adapted: AdaptedSource) {
  const { feed, problems } = parseFeed(adapted.feed);
  expect(problems).toEqual([]);
  expect(feed?.offices).toHaveLength(adapted.feed.offices?.length ?? 0);
}

describe('the mock IRCC file over HTTP', () => {
  it('is served as a script, in its real shape', async () => {
    const response = await fetchScript();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/javascript/);
    const text = await response.text();
    expect(text).toMatch(/^\/\*/);
    expect(text).toMatch(/var ServicesData = \[/);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('answers a conditional request with 304 when the file has not changed', async () => {
    const first = await fetchScript();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{8}"$/);
    const again = await fetchScript({ 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    const since = await fetchScript({ 'If-Modified-Since': first.headers.get('last-modified') ?? '' });
    expect(since.status).toBe(304);
    const stale = await fetchScript({ 'If-None-Match': '"00000000"' });
    expect(stale.status).toBe(200);
  });

  it('fails like a broken server when switched to fail', async () => {
    setMockSwitches('ircc:fail');
    expect((await fetchScript()).status).toBe(503);
  });

  it('when switched to malformed, adds one entry JSON5 cannot read and the others still come through', async () => {
    setMockSwitches('ircc:malformed');
    const adapted = await adaptedFixture();
    expect(adapted.rejected.at(-1)).toMatchObject({ index: 14 });
    expect(adapted.rejected.at(-1)?.reason).toMatch(/^ServicesData\[14\]: could not be read as data/);
    expect(adapted.feed.offices).toHaveLength(8);
  });
});

describe('adaptIrccNewcomerServices on the fixture', () => {
  it('keeps the Ontario agencies with stable ids, in order, and parseFeed accepts every one', async () => {
    const adapted = await adaptedFixture();
    expect((adapted.feed.offices ?? []).map((o) => o.id)).toEqual([
      'ircc-services.capital-newcomer-welcome-centre-ottawa',
      'ircc-services.carrefour-francophone-de-l-est-ottawa',
      'ircc-services.toronto-settlement-partners-toronto-m6g-1a5',
      'ircc-services.north-york-family-resource-hub-toronto',
      'ircc-services.sudbury-multicultural-welcome-centre-sudbury',
      'ircc-services.peel-language-and-citizenship-centre-mississauga',
      'ircc-services.toronto-settlement-partners-toronto-m2j-4p8',
      'ircc-services.forest-city-newcomer-centre-london',
    ]);
    expectValidFeed(adapted);
  });

  it('reports every entry it leaves out, with a reason IRCC can act on', async () => {
    const adapted = await adaptedFixture();
    expect(adapted.rejected.map((r) => r.index)).toEqual([4, 6, 7, 8, 11, 12]);
    expect(reasonAt(adapted, 4)).toBe('ServicesData[4] (Hamilton Immigrant Support Network): no coordinates: Latitude 0, Longitude 0 (0 means not located)');
    expect(reasonAt(adapted, 6)).toBe('ServicesData[6] (Pacific Newcomer Hub): in BC, not Ontario: only Ontario offices are listed');
    expect(reasonAt(adapted, 7)).toBe('ServicesData[7] (Outaouais Welcome Services): in Quebec, not Ontario: only Ontario offices are listed');
    expect(reasonAt(adapted, 8)).toBe('ServicesData[8] (Waterloo Region Welcome Place): no postal code in Address "67 King Street East, Kitchener"');
    expect(reasonAt(adapted, 11)).toBe(
      'ServicesData[11] (Capital Newcomer Welcome Centre): the same office as ServicesData[0] (same name, city and postal code)',
    );
    expect(reasonAt(adapted, 12)).toBe('ServicesData[12]: no organisation name (Type is empty)');
    expect(adapted.rejected.find((r) => r.index === 6)?.recordId).toBe('Pacific Newcomer Hub');
    expect(adapted.rejected.find((r) => r.index === 12)?.recordId).toBeUndefined();
  });

  it('carries the publisher (licence and attribution) and dates entries with the day the file was read', async () => {
    const adapted = await adaptedFixture();
    expect(adapted.feed.publisher).toEqual(context.publisher);
    expect(adapted.feed.generatedAt).toBe('2026-11-20T00:00:00Z');
    expect(new Set((adapted.feed.offices ?? []).map((o) => o.dateModified))).toEqual(new Set(['2026-11-20']));
    expect(new Set((adapted.feed.offices ?? []).map((o) => o.kind))).toEqual(new Set(['settlement-agency']));
  });

  it('reads the whole address line into street, city, province and a normalised postal code', async () => {
    const adapted = await adaptedFixture();
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre').address).toEqual({
      street: '151 Slater Street, Suite 400',
      city: 'Ottawa',
      province: 'ON',
      postalCode: 'K1P 5H3',
    });
    expect(officeNamed(adapted, 'Toronto Settlement Partners', 'M6G 1A5').address).toEqual({
      street: '489 College Street, Unit 200',
      city: 'Toronto',
      province: 'ON',
      postalCode: 'M6G 1A5',
    });
    expect(officeNamed(adapted, 'Sudbury Multicultural Welcome Centre').address.street).toBe('110 Elm Street');
  });

  it('reads coordinates written as strings and puts swapped ones back', async () => {
    const adapted = await adaptedFixture();
    expect(officeNamed(adapted, "Carrefour francophone de l'Est").coordinates).toEqual({ lat: 45.4312, lng: -75.6801 });
    expect(officeNamed(adapted, 'Toronto Settlement Partners', 'M6G 1A5').coordinates).toEqual({ lat: 43.6555, lng: -79.4107 });
    expect(officeNamed(adapted, 'Forest City Newcomer Centre').coordinates).toEqual({ lat: 42.9806, lng: -81.2497 });
  });

  it('maps the service flags, whatever their case, misspelt key included, and leaves unknown flags out', async () => {
    const adapted = await adaptedFixture();
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre').services).toEqual(['ca.settlement-services', 'ca.language-assessment']);
    expect(officeNamed(adapted, 'Toronto Settlement Partners', 'M6G 1A5').services).toEqual([
      'on.employment-ontario',
      'on.regulated-professions',
      'ca.settlement-services',
    ]);
    expect(officeNamed(adapted, 'North York Family Resource Hub').services).toEqual(['ca.settlement-services']);
    expect(officeNamed(adapted, 'Peel Language and Citizenship Centre').services).toEqual(['ca.language-assessment', 'ca.citizenship']);
    expect(officeNamed(adapted, 'Sudbury Multicultural Welcome Centre').services).toEqual(['ca.settlement-services', 'ca.mentoring']);
  });

  it('lists the flags it does not know once, apart from the records', async () => {
    const text = await (await fetchScript()).text();
    expect(unknownServiceFlags(text)).toEqual(['Housing_help']);
    expect(unknownServiceFlags('not a script')).toEqual([]);
  });

  it('adds French to the languages only when a French-service flag is yes', async () => {
    const adapted = await adaptedFixture();
    expect(officeNamed(adapted, "Carrefour francophone de l'Est").languages).toEqual(['en', 'fr']);
    expect(officeNamed(adapted, 'Sudbury Multicultural Welcome Centre').languages).toEqual(['en', 'fr']);
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre').languages).toEqual(['en']);
    expect(officeNamed(adapted, 'Peel Language and Citizenship Centre').languages).toEqual(['en']);
  });

  it('keeps French text only when it is not a copy of the English', async () => {
    const adapted = await adaptedFixture();
    const hub = officeNamed(adapted, 'North York Family Resource Hub');
    expect(hub.name).toEqual({ en: 'North York Family Resource Hub' });
    expect(hub.accessibility).toEqual({ en: 'Elevator access to the 3rd floor.' });
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre').name).toEqual({
      en: 'Capital Newcomer Welcome Centre',
      fr: "Centre d'accueil des nouveaux arrivants de la capitale",
    });
    expect(officeNamed(adapted, "Carrefour francophone de l'Est").name).toEqual({ en: "Carrefour francophone de l'Est" });
  });

  it('takes the first number a phone can dial, skipping fax lines and text that is no number', async () => {
    const adapted = await adaptedFixture();
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre').phone).toBe('613-555-0142');
    expect(officeNamed(adapted, 'Toronto Settlement Partners', 'M6G 1A5').phone).toBe('416-555-0123 ext. 204');
    expect(officeNamed(adapted, 'Sudbury Multicultural Welcome Centre').phone).toBe('705-555-0177');
    expect(officeNamed(adapted, 'Peel Language and Citizenship Centre').phone).toBe('905-555-0160');
    expect(officeNamed(adapted, 'Forest City Newcomer Centre')).not.toHaveProperty('phone');
  });

  it('keeps a note as accessibility only when it is about getting in', async () => {
    const adapted = await adaptedFixture();
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre').accessibility).toEqual({
      en: 'Wheelchair accessible entrance on Slater Street.',
      fr: 'Entrée accessible en fauteuil roulant rue Slater.',
    });
    expect(officeNamed(adapted, 'Sudbury Multicultural Welcome Centre').accessibility?.en).toMatch(/^Ramp/);
    expect(officeNamed(adapted, "Carrefour francophone de l'Est")).not.toHaveProperty('accessibility');
    expect(officeNamed(adapted, 'Peel Language and Citizenship Centre')).not.toHaveProperty('accessibility');
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre')).not.toHaveProperty('wheelchairAccessible');
  });

  it('matches the city to the configured municipalities, and falls back to the city’s slug', async () => {
    const adapted = await adaptedFixture();
    expect(officeNamed(adapted, 'Sudbury Multicultural Welcome Centre').municipality).toBe('greater-sudbury');
    expect(officeNamed(adapted, 'Capital Newcomer Welcome Centre').municipality).toBe('ottawa');
    expect(officeNamed(adapted, 'Peel Language and Citizenship Centre').municipality).toBe('mississauga');
    const bare = await adaptedFixture({ ...context, options: undefined });
    expect(officeNamed(bare, 'Sudbury Multicultural Welcome Centre').municipality).toBe('sudbury');
  });

  it('links every office to IRCC’s tool page, or the configured page', async () => {
    const adapted = await adaptedFixture();
    expect(new Set((adapted.feed.offices ?? []).map((o) => o.source))).toEqual(new Set([DEFAULT_PAGE_URL]));
    const page = 'https://ircc.canada.ca/francais/nouveaux/services/index.asp';
    const configured = await adaptedFixture({ ...context, options: { pageUrl: page } });
    expect(configured.feed.offices?.[0]?.source).toBe(page);
    const bad = await adaptedFixture({ ...context, options: { pageUrl: 'javascript:alert(1)' } });
    expect(bad.feed.offices?.[0]?.source).toBe(DEFAULT_PAGE_URL);
  });
});

describe('reading the script', () => {
  const entry = '{Type: {en: "A"}, City: {en: "Ottawa"}, Province: {en: "ON"}, Address: {en: "1 Main St, Ottawa ON K1P 1J1"}, Coordinates: {Latitude: 45.4, Longitude: -75.7}}';

  it.each([
    ['var', `var ServicesData = [${entry}];`],
    ['let, no semicolon', `let ServicesData=[${entry}]`],
    ['const, comments around', `// header\n/* ServicesData = [] is not it */ const ServicesData /* the list */ = // here\n [${entry},];`],
    ['a property of window, code after', `window.ServicesData = [${entry}];\nfunction show() { return ServicesData.length > 0 ? ']' : '['; }`],
    ['a comparison before it', `if (ServicesData == null) {}\nvar ServicesData = [\n  // one\n  ${entry},\n  /* end */\n];`],
  ])('finds the list: %s', (_, text) => {
    const { feed, rejected } = adaptIrccNewcomerServices(text, context);
    expect(rejected).toEqual([]);
    expect(feed.offices?.map((o) => o.id)).toEqual(['ircc-services.a-ottawa']);
  });

  it('rejects a file with no list as one problem and an empty feed', () => {
    const { feed, rejected } = adaptIrccNewcomerServices('<html><body>Page not found</body></html>', context);
    expect(feed.offices).toEqual([]);
    expect(rejected).toEqual([{ index: -1, reason: expect.stringMatching(/does not assign a list to ServicesData/) }]);
    expectValidFeed({ feed, rejected });
  });

  it('keeps the complete entries of a file cut short, and says it was cut', () => {
    const text = `var ServicesData = [${entry}, {Type: {en: "B"}, City: {en: "Ott`;
    const { feed, rejected } = adaptIrccNewcomerServices(text, context);
    expect(feed.offices).toHaveLength(1);
    expect(rejected[0]).toEqual({ index: -1, reason: expect.stringMatching(/ends before the ServicesData list is closed/) });
    expect(rejected[1]).toMatchObject({ index: 1, reason: expect.stringMatching(/^ServicesData\[1\]: could not be read/) });
  });

  it('reads entries as data and never runs them', () => {
    const marker = '__irccAdapterRan';
    const text = `var ServicesData = [(function () { globalThis.${marker} = true; return {}; })(), ${entry}];`;
    const { feed, rejected } = adaptIrccNewcomerServices(text, context);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(rejected).toEqual([{ index: 0, reason: expect.stringMatching(/^ServicesData\[0\]: could not be read as data/) }]);
    expect(feed.offices).toHaveLength(1);
  });

  it('rejects an entry that is not an object', () => {
    const { rejected } = adaptIrccNewcomerServices('var ServicesData = ["just text", 42];', context);
    expect(rejected.map((r) => r.reason)).toEqual([
      'ServicesData[0]: is not an entry (expected { Type: …, City: …, … })',
      'ServicesData[1]: is not an entry (expected { Type: …, City: …, … })',
    ]);
  });
});

describe('one entry at a time', () => {
  it('accepts a decimal comma and ignores spaces in string coordinates', () => {
    expect(onlyOffice(oneEntry({ Coordinates: { Latitude: ' 45,42 ', Longitude: '-75,69' } })).coordinates).toEqual({ lat: 45.42, lng: -75.69 });
  });

  it.each([
    [{ Latitude: '', Longitude: -75.7 }, 'no coordinates: Coordinates.Latitude and Longitude must both be numbers'],
    [{ Latitude: 'north', Longitude: -75.7 }, 'no coordinates: Coordinates.Latitude and Longitude must both be numbers'],
    [{ Latitude: '0', Longitude: '0' }, 'no coordinates: Latitude 0, Longitude 0 (0 means not located)'],
    [{ Latitude: 45.4, Longitude: 75.7 }, 'coordinates Latitude 45.4, Longitude 75.7 are not in Ontario'],
  ])('rejects coordinates %j', (coordinates, reason) => {
    const { rejected } = adaptIrccNewcomerServices(oneEntry({ Coordinates: coordinates }), context);
    expect(rejected).toEqual([{ index: 0, recordId: 'Test Agency', reason: `ServicesData[0] (Test Agency): ${reason}` }]);
  });

  it('rejects an entry without coordinates at all', () => {
    const { rejected } = adaptIrccNewcomerServices(oneEntry({ Coordinates: undefined }), context);
    expect(rejected[0]?.reason).toMatch(/no coordinates/);
  });

  it.each([
    ['Ontario', true],
    ['Ont.', true],
    ['on', true],
    ['ONTARIO', true],
    ['', false],
    ['Manitoba', false],
  ])('reads the province %j', (province, kept) => {
    const { feed, rejected } = adaptIrccNewcomerServices(oneEntry({ Province: { en: province, fr: province } }), context);
    expect(feed.offices?.length).toBe(kept ? 1 : 0);
    if (!kept) expect(rejected[0]?.reason).toMatch(province ? /in Manitoba, not Ontario/ : /no province/);
  });

  it('rejects a postal code from outside Ontario', () => {
    const { rejected } = adaptIrccNewcomerServices(oneEntry({ Address: { en: '1 Main Street, Ottawa, ON H3A 1B1' } }), context);
    expect(rejected[0]?.reason).toBe('ServicesData[0] (Test Agency): postal code H3A 1B1 is not an Ontario postal code');
  });

  it('rejects an address that is only a city and postal code', () => {
    const { rejected } = adaptIrccNewcomerServices(oneEntry({ Address: { en: 'Ottawa, ON K1P 1J1' } }), context);
    expect(rejected[0]?.reason).toBe('ServicesData[0] (Test Agency): no street address in Address "Ottawa, ON K1P 1J1"');
  });

  it('rejects an entry without a city', () => {
    const { rejected } = adaptIrccNewcomerServices(oneEntry({ City: { en: ' ', fr: '' } }), context);
    expect(rejected[0]?.reason).toBe('ServicesData[0] (Test Agency): no city (City is empty)');
  });

  it('finds the postal code in the French address or the city when the English address lacks it', () => {
    const office = onlyOffice(oneEntry({ Address: { en: '1 Main Street', fr: '1, rue Main, Ottawa (Ontario) k1p-1j1' } }));
    expect(office.address).toEqual({ street: '1 Main Street', city: 'Ottawa', province: 'ON', postalCode: 'K1P 1J1' });
  });

  it('reads a street from French-style lines and keeps a street named after the city', () => {
    expect(onlyOffice(oneEntry({ Address: { en: '290, rue Dupuis, Ottawa (Ontario) K1L 1A2' } })).address.street).toBe('290, rue Dupuis');
    expect(onlyOffice(oneEntry({ Address: { en: '45 Ottawa Street, K1P 1J1' } })).address.street).toBe('45 Ottawa Street');
  });

  it('uses the French name when the English one is missing, and drops markup and entities', () => {
    expect(onlyOffice(oneEntry({ Type: { en: '', fr: 'Organisme test' } })).name).toEqual({ fr: 'Organisme test' });
    expect(onlyOffice(oneEntry({ Type: { en: '<b>Smith &amp; Sons</b>  Centre' } })).name).toEqual({ en: 'Smith & Sons Centre' });
  });

  it('gives an office no phone when no part of the field can be dialled', () => {
    expect(onlyOffice(oneEntry({ Telephone: { en: 'Fax: 613-555-0100', fr: '' } }))).not.toHaveProperty('phone');
    expect(onlyOffice(oneEntry({ Telephone: undefined }))).not.toHaveProperty('phone');
    expect(onlyOffice(oneEntry({ Telephone: { en: 'TTY 613-555-0101; 1 (800) 555-0102' } })).phone).toBe('1-800-555-0102');
  });

  it('treats flags other than yes as no, and a missing Services as none', () => {
    const office = onlyOffice(oneEntry({ Services: { General: 'no', Lang_assess: '', Lang_training: 'y', Job_search: ' Yes ' } }));
    expect(office.services).toEqual(['on.employment-ontario']);
    expect(onlyOffice(oneEntry({ Services: undefined })).services).toEqual([]);
    expect(onlyOffice(oneEntry({ Services: { toString: 'yes', constructor: 'yes' } })).services).toEqual([]);
  });

  it('uses the only configured municipality ending with the city, not a guess among several', () => {
    const ctx = { ...context, options: { municipalities: ['greater-napanee', 'north-napanee'] } };
    expect(onlyOffice(oneEntry({ City: { en: 'Napanee' }, Address: { en: '1 Dundas St, K7R 1J1' } }), ctx).municipality).toBe('napanee');
  });

  it('rejects a city whose name gives no municipality id', () => {
    const { rejected } = adaptIrccNewcomerServices(oneEntry({ City: { en: '多伦多' }, Address: { en: '1 Main St, K1P 1J1' } }), context);
    expect(rejected[0]?.reason).toBe('ServicesData[0] (Test Agency): the city "多伦多" cannot be matched to a municipality');
  });
});

describe('never throws', () => {
  async function fixtureEntries(): Promise<unknown[]> {
    const text = await (await fetchScript()).text();
    return JSON5.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1)) as unknown[];
  }

  function checkAdapted(text: string) {
    const adapted = adaptIrccNewcomerServices(text, context);
    expect(parseFeed(adapted.feed).problems).toEqual([]);
    for (const office of adapted.feed.offices ?? []) expect(office.id).toMatch(/^ircc-services\.[a-z0-9.-]+$/);
    unknownServiceFlags(text);
  }

  it('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `var ServicesData = [${s}`)), (text) => checkAdapted(text)),
      { numRuns: 300 },
    );
  });

  it('on any JSON value as the list', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkAdapted(`var ServicesData = ${JSON.stringify(value)};`)),
      { numRuns: 300 },
    );
  });

  it('on the fixture’s records with fields replaced by anything', async () => {
    const entries = await fixtureEntries();
    expect(entries).toHaveLength(14);
    const paths = [
      ['Type'],
      ['Type', 'en'],
      ['Type', 'fr'],
      ['City', 'en'],
      ['Province', 'en'],
      ['Address'],
      ['Address', 'en'],
      ['Telephone', 'en'],
      ['Note', 'en'],
      ['Coordinates'],
      ['Coordinates', 'Latitude'],
      ['Coordinates', 'Longitude'],
      ['Services'],
      ['Services', 'Franco'],
      ['Services', 'Lang_assess'],
    ];
    const value = fc.oneof(fc.jsonValue(), fc.string(), fc.constantFrom('yes', 'Yes', '0', '', ' ', '45.4', '-75.7', 'K1P1J1'));
    const mutation = fc.tuple(fc.nat(entries.length - 1), fc.constantFrom(...paths), value);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const records = structuredClone(entries) as Record<string, unknown>[];
        for (const [index, path, replacement] of mutations) setPath(records[index], path, replacement);
        checkAdapted(`var ServicesData = ${JSON.stringify(records)};`);
      }),
      // JSON5 reads about 2 MB a second: a run of the whole fixture costs some 10 ms.
      { numRuns: 120 },
    );
  }, 20_000);
});

function setPath(target: unknown, path: string[], value: unknown) {
  let at = target;
  for (const key of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return;
    at = (at as Record<string, unknown>)[key];
  }
  const last = path.at(-1);
  if (typeof at === 'object' && at !== null && last) (at as Record<string, unknown>)[last] = value;
}

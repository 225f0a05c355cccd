import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CKAN_RESOURCE_IDS, CKAN_ROWS_MAX, ckanHandlers } from '../../../mocks/ckanHandlers';
import fixture from '../../../mocks/data/ckan/toronto-library-branches.json';
import { torontoFeed } from '../../../mocks/data/toronto';
import { resetMockSwitches, setMockSwitches } from '../../../mocks/switches';
import { parseFeed } from '../../content/parseFeed';
import { adaptCkanDatastore, nextPageUrl } from './ckanDatastore';
import type { AdaptedSource, SourceContext } from './sourceRecords';

const server = setupServer(...ckanHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMockSwitches());
afterAll(() => server.close());

const endpoint = 'http://localhost:4173/portals/ckan/api/3/action/datastore_search';
const resourceId = CKAN_RESOURCE_IDS.torontoLibraryBranches;
const firstPage = `${endpoint}?resource_id=${resourceId}`;
const datasetPage = 'https://open.toronto.ca/dataset/library-branch-general-information/';

const torontoOptions = {
  fields: {
    id: 'BranchCode',
    name: 'BranchName',
    street: 'Address',
    postalCode: 'PostalCode',
    lat: 'Lat',
    lng: 'Long',
    phone: 'Telephone',
    url: 'Website',
  },
  services: ['toronto.library-card'],
  sourceUrl: datasetPage,
};

function contextWith(options: Record<string, unknown> = torontoOptions, extra: Partial<SourceContext> = {}): SourceContext {
  return {
    sourceId: 'tpl-branches',
    publisher: torontoFeed.publisher,
    municipality: 'toronto',
    fetchedOn: '2026-11-20',
    options,
    ...extra,
  };
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}

/** Every page of the resource, followed the way the ingest follows them. */
async function allPages(url: string): Promise<string[]> {
  const pages: string[] = [];
  for (let next: string | undefined = url; next; ) {
    const { text } = await get(next);
    pages.push(text);
    next = nextPageUrl(next, text);
  }
  return pages;
}

async function adaptAll(options: Record<string, unknown> = torontoOptions) {
  const adapted = (await allPages(firstPage)).map((text) => adaptCkanDatastore(text, contextWith(options)));
  return {
    adapted,
    offices: adapted.flatMap(({ feed }) => feed.offices ?? []),
    reasons: adapted.flatMap(({ rejected }) => rejected.map(({ reason }) => reason)),
  };
}

/** The fixture's envelope around records of the test's own. */
const envelope = (records: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...fixture, result: { ...fixture.result, records, total: records.length, ...extra } });
const branch = (changes: Record<string, unknown>) => ({ ...fixture.result.records[0], ...changes });
/** One branch with some cells changed or added; added columns join the resource's fields. */
function adaptOne(changes: Record<string, unknown>, options: Record<string, unknown> = torontoOptions) {
  const known = new Set(fixture.result.fields.map((field) => field.id));
  const added = Object.keys(changes).filter((column) => !known.has(column));
  const fields = [...fixture.result.fields, ...added.map((id) => ({ id, type: 'text' }))];
  return adaptCkanDatastore(envelope([branch(changes)], { fields }), contextWith(options));
}

function expectNoProblems(adapted: AdaptedSource) {
  const { feed, problems } = parseFeed(adapted.feed);
  expect(problems.map((problem) => problem.message)).toEqual([]);
  expect(feed?.offices).toHaveLength(adapted.feed.offices?.length ?? 0);
}

describe('the mock CKAN datastore', () => {
  it('caps the page at its rows_max, echoes the applied limit and reports the whole total', async () => {
    const body = JSON.parse((await get(`${firstPage}&limit=100`)).text);
    expect(body.success).toBe(true);
    expect(body.result.limit).toBe(CKAN_ROWS_MAX);
    expect(body.result.records).toHaveLength(CKAN_ROWS_MAX);
    expect(body.result.total).toBe(fixture.result.records.length);
    expect(body.result.total).toBeGreaterThan(CKAN_ROWS_MAX);
    expect(body.result.fields[0]).toEqual({ id: '_id', type: 'int' });
  });

  it('honours limit and offset', async () => {
    const body = JSON.parse((await get(`${firstPage}&limit=3&offset=4`)).text);
    expect(body.result.records.map((record: { _id: number }) => record._id)).toEqual([9, 11, 15]);
    expect(body.result.offset).toBe(4);
    expect(body.result._links.next).toContain('offset=7');
  });

  it('answers an unknown resource with CKAN’s Not Found error and a 404', async () => {
    const { status, text } = await get(`${endpoint}?resource_id=no-such-resource`);
    expect(status).toBe(404);
    expect(JSON.parse(text)).toMatchObject({
      success: false,
      error: { message: 'Not found: Resource was not found.', __type: 'Not Found Error' },
    });
  });

  it('answers an unreadable limit with a validation error and a 409', async () => {
    const { status, text } = await get(`${firstPage}&limit=ten`);
    expect(status).toBe(409);
    expect(JSON.parse(text).error).toEqual({ limit: ['Invalid integer'], __type: 'Validation Error' });
  });
});

describe('adaptCkanDatastore over HTTP', () => {
  it('reads every page and keeps the branches people can visit', async () => {
    const { offices } = await adaptAll();
    expect(offices.map((office) => office.id)).toEqual([
      'tpl-branches.bh',
      'tpl-branches.cw',
      'tpl-branches.dg',
      'tpl-branches.elm',
      'tpl-branches.fv',
      'tpl-branches.grv',
      'tpl-branches.kp',
    ]);
  });

  it('maps a branch to an office with its address, numeric coordinates, services and source', async () => {
    const { offices } = await adaptAll();
    expect(offices[0]).toEqual({
      id: 'tpl-branches.bh',
      kind: 'library',
      name: { en: 'Birch Hollow' },
      address: { street: '1820 Danforth Road', city: 'Toronto', province: 'ON', postalCode: 'M1K 2R4' },
      coordinates: { lat: 43.717204, lng: -79.255918 },
      phone: '416-396-8120',
      url: { en: 'https://www.tpl.ca/birchhollow' },
      services: ['toronto.library-card'],
      languages: ['en'],
      municipality: 'toronto',
      source: 'https://www.tpl.ca/birchhollow',
      dateModified: '2026-11-20',
    });
  });

  it('copes with the table’s quirks', async () => {
    const { offices } = await adaptAll();
    const byId = Object.fromEntries(offices.map((office) => [office.id, office]));
    // Lower case postal code without a space.
    expect(byId['tpl-branches.cw']?.address.postalCode).toBe('M6H 3X8');
    // Trailing space in the name, spaces around the coordinates, a whitespace-only phone.
    expect(byId['tpl-branches.dg']?.name).toEqual({ en: 'Dufferin Gardens' });
    expect(byId['tpl-branches.dg']?.coordinates).toEqual({ lat: 43.671903, lng: -79.435617 });
    expect(byId['tpl-branches.dg']).not.toHaveProperty('phone');
    // Empty postal code column: the one at the end of the address; a website with no scheme.
    expect(byId['tpl-branches.elm']?.address.postalCode).toBe('M4C 1H9');
    expect(byId['tpl-branches.elm']?.url).toEqual({ en: 'https://www.tpl.ca/elmpark' });
    // A unit in the street, an extension in the phone, and no website: the dataset is the source.
    expect(byId['tpl-branches.fv']?.address.street).toBe('5 Fairglen Drive, Unit 2');
    expect(byId['tpl-branches.fv']?.phone).toBe('416-395-5602 EXT 221');
    expect(byId['tpl-branches.fv']).not.toHaveProperty('url');
    expect(byId['tpl-branches.fv']?.source).toBe(datasetPage);
    // No hours are published, so none are made up; accessibility is not stated either.
    expect(offices.every((office) => office.hours === undefined && office.wheelchairAccessible === undefined)).toBe(true);
  });

  it('reports every entry it leaves out, with the reason', async () => {
    const { adapted, reasons } = await adaptAll();
    expect(reasons).toEqual([
      'record 6 (Ask a Question Line): not a place people can visit: no street address (`Address` is empty)',
      'record 11 (Bookmobile Two): not a place people can visit: no street address (`Address` is empty)',
      'record 23 (Home Delivery Service): not a place people can visit: no street address (`Address` is empty)',
      'record 40 (Humberwood Hospital): no coordinates (`Lat` and `Long` are empty), so it cannot be listed by distance',
      'record 52 (Virtual Branch): not a place people can visit: no street address (`Address` is empty)',
    ]);
    expect(adapted[0]?.rejected[0]).toMatchObject({ index: 3, recordId: 'AQ' });
    expect(adapted[1]?.rejected[0]).toMatchObject({ index: 1, recordId: 'VRT' });
  });

  it('keeps the publisher with its licence and attribution, and every page passes the loader', async () => {
    const { adapted } = await adaptAll();
    expect(adapted).toHaveLength(2);
    for (const page of adapted) {
      expect(page.feed.publisher).toEqual(torontoFeed.publisher);
      expectNoProblems(page);
    }
  });

  it('leaves out what the configuration says to skip', async () => {
    const { offices, reasons } = await adaptAll({ ...torontoOptions, skipWhen: { PhysicalBranch: 0 } });
    expect(offices.map((office) => office.id)).not.toContain('tpl-branches.grv');
    expect(reasons).toContain('record 31 (Grenville Reading Room): left out by the configuration (`PhysicalBranch` is 0)');
  });

  it('takes the office kind, city and languages from the configuration', async () => {
    const { offices } = await adaptAll({ ...torontoOptions, officeKind: 'co-located', city: 'North York', languages: ['en', 'fr'] });
    expect(offices[0]).toMatchObject({ kind: 'co-located', address: { city: 'North York' }, languages: ['en', 'fr'] });
  });

  it('turns a CKAN error into one rejection at index -1 and an empty feed', async () => {
    const { text } = await get(`${endpoint}?resource_id=no-such-resource`);
    const adapted = adaptCkanDatastore(text, contextWith());
    expect(adapted.feed.offices).toEqual([]);
    expect(adapted.rejected).toEqual([
      { index: -1, reason: 'CKAN answered with an error (Not Found Error): Not found: Resource was not found.' },
    ]);
    expectNoProblems(adapted);
  });

  it('words a validation error with the parameter it names', async () => {
    const { text } = await get(`${firstPage}&offset=-1`);
    expect(adaptCkanDatastore(text, contextWith()).rejected[0]?.reason).toBe(
      'CKAN answered with an error (Validation Error): offset: Invalid integer',
    );
  });

  it('reports a record the portal sends broken and keeps the rest', async () => {
    setMockSwitches('ckan:malformed');
    const { offices, reasons } = await adaptAll();
    expect(offices).toHaveLength(7);
    expect(reasons.at(-1)).toBe(
      'record 9999 (Broken Record): coordinates "forty-three", "" in `Lat` and `Long` are not both numbers',
    );
  });
});

describe('nextPageUrl', () => {
  const page = (count: number, total: number, extra: Record<string, unknown> = {}) => ({
    success: true,
    result: { records: Array.from({ length: count }, (_, i) => ({ _id: i })), total, limit: 100, ...extra },
  });

  it('asks for the records after those received, not after the requested limit', () => {
    expect(nextPageUrl(`${firstPage}&limit=100`, page(10, 12))).toBe(`${firstPage}&limit=100&offset=10`);
  });

  it('moves on from the offset of the page, from the response or the address', () => {
    expect(nextPageUrl(`${firstPage}&offset=10`, page(10, 25, { offset: 10 }))).toBe(`${firstPage}&offset=20`);
    expect(nextPageUrl(`${firstPage}&offset=10`, page(10, 25))).toBe(`${firstPage}&offset=20`);
  });

  it('keeps a relative address relative', () => {
    expect(nextPageUrl('/portals/ckan/api/3/action/datastore_search?resource_id=x', page(5, 6))).toBe(
      '/portals/ckan/api/3/action/datastore_search?resource_id=x&offset=5',
    );
  });

  it('reads the response as text too', () => {
    expect(nextPageUrl(firstPage, JSON.stringify(page(10, 12)))).toBe(`${firstPage}&offset=10`);
  });

  it('stops on the last page, an empty page, an error or an unreadable answer', () => {
    expect(nextPageUrl(`${firstPage}&offset=10`, page(2, 12, { offset: 10 }))).toBeUndefined();
    expect(nextPageUrl(firstPage, page(0, 12))).toBeUndefined();
    expect(nextPageUrl(firstPage, { success: false, error: { __type: 'Not Found Error' } })).toBeUndefined();
    expect(nextPageUrl(firstPage, '<h1>503</h1>')).toBeUndefined();
    expect(nextPageUrl(firstPage, { success: true, result: { records: [{}] } })).toBeUndefined();
  });

  it('follows the mock to its last page', async () => {
    const pages = await allPages(firstPage);
    expect(pages.map((text) => JSON.parse(text).result.records.length)).toEqual([CKAN_ROWS_MAX, 2]);
  });
});

describe('adaptCkanDatastore on awkward records', () => {
  it('reads a wheelchair flag only when the mapped column says yes or no', () => {
    const options = { ...torontoOptions, fields: { ...torontoOptions.fields, wheelchairAccessible: 'Accessible' } };
    const flag = (value: unknown) => adaptOne({ Accessible: value }, options).feed.offices?.[0]?.wheelchairAccessible;
    expect(flag(1)).toBe(true);
    expect(flag('Yes')).toBe(true);
    expect(flag(0)).toBe(false);
    expect(flag('N')).toBe(false);
    expect(flag('  ')).toBeUndefined();
    expect(flag(null)).toBeUndefined();
    expect(flag('call ahead')).toBeUndefined();
  });

  it('takes the date modified from a mapped column, written with or without a time', () => {
    const options = { ...torontoOptions, fields: { ...torontoOptions.fields, dateModified: 'LastUpdated' } };
    const date = (value: unknown) => adaptOne({ LastUpdated: value }, options).feed.offices?.[0]?.dateModified;
    expect(date('2026-03-04 10:22:01')).toBe('2026-03-04');
    expect(date('2026-03-04T10:22:01Z')).toBe('2026-03-04');
    expect(date('2026-02-30')).toBe('2026-11-20');
    expect(date('')).toBe('2026-11-20');
  });

  it('puts swapped coordinates back and rejects those outside Ontario', () => {
    expect(adaptOne({ Lat: '-79.3', Long: '43.7' }).feed.offices?.[0]?.coordinates).toEqual({ lat: 43.7, lng: -79.3 });
    expect(adaptOne({ Lat: '0', Long: '0' }).rejected[0]?.reason).toBe(
      'record 1 (Birch Hollow): coordinates 0, 0 in `Lat` and `Long` are not in Ontario',
    );
    expect(adaptOne({ Lat: '43,7172', Long: '-79,2559' }).rejected[0]?.reason).toMatch(/are not both numbers$/);
  });

  it('rejects a postal code that is not Canadian, and a record with no postal code at all', () => {
    expect(adaptOne({ PostalCode: 'M9V 1B' }).rejected[0]?.reason).toBe(
      'record 1 (Birch Hollow): postal code "M9V 1B" in `PostalCode` is not a Canadian postal code such as M5V 3L9',
    );
    expect(adaptOne({ PostalCode: '', Address: '1820 Danforth Road' }).rejected[0]?.reason).toBe(
      'record 1 (Birch Hollow): no postal code (`PostalCode` is empty and `Address` does not end with one)',
    );
  });

  it('keeps the street of an address with the province and postal code together', () => {
    const office = adaptOne({ Address: '1820 Danforth Road, Toronto, ON M1K 2R4', PostalCode: '' }).feed.offices?.[0];
    expect(office?.address).toEqual({ street: '1820 Danforth Road', city: 'Toronto', province: 'ON', postalCode: 'M1K 2R4' });
  });

  it('rejects a record with no name, and a second record with the same id', () => {
    const adapted = adaptCkanDatastore(
      envelope([branch({ BranchName: '   ' }), branch({}), branch({ _id: 7, BranchName: 'Birch Hollow Annex' })]),
      contextWith(),
    );
    expect(adapted.feed.offices).toHaveLength(1);
    expect(adapted.rejected.map(({ index, reason }) => ({ index, reason }))).toEqual([
      { index: 0, reason: 'record 1: no name (`BranchName` is empty)' },
      { index: 2, reason: 'record 7 (Birch Hollow Annex): has the same id as record 1 (Birch Hollow); give each record its own `BranchCode`' },
    ]);
  });

  it('names its id after the record’s name when the id column is empty', () => {
    expect(adaptOne({ BranchCode: ' ' }).feed.offices?.[0]?.id).toBe('tpl-branches.birch-hollow');
  });

  it('reads records sent as lists in the order of the fields', () => {
    const columns = fixture.result.fields.map((field) => field.id);
    const record = fixture.result.records[0] as Record<string, unknown>;
    const text = envelope([columns.map((column) => record[column])], { records_format: 'lists' });
    expect(adaptCkanDatastore(text, contextWith()).feed.offices?.[0]?.id).toBe('tpl-branches.bh');
  });

  it('rejects an entry that is not a record', () => {
    expect(adaptCkanDatastore(envelope(['AB']), contextWith()).rejected).toEqual([
      { index: 0, reason: 'record 1: not a record (expected an object of columns, found string)' },
    ]);
  });
});

describe('adaptCkanDatastore on a response or configuration it cannot use', () => {
  const text = envelope(fixture.result.records);
  const onlyRejection = (adapted: AdaptedSource) => {
    expect(adapted.feed.offices).toEqual([]);
    expect(adapted.rejected).toHaveLength(1);
    expect(adapted.rejected[0]?.index).toBe(-1);
    return adapted.rejected[0]?.reason;
  };

  it('says when the response is not JSON or not a datastore answer', () => {
    expect(onlyRejection(adaptCkanDatastore('<h1>502 Bad Gateway</h1>', contextWith()))).toMatch(/^the response is not JSON/);
    expect(onlyRejection(adaptCkanDatastore('{"success": true, "result": {"count": 3}}', contextWith()))).toMatch(
      /no `result.records` list/,
    );
    expect(onlyRejection(adaptCkanDatastore('{"success": false}', contextWith()))).toBe(
      'CKAN answered `success: false` without saying why',
    );
  });

  it('says which mapped column the resource lacks, with the nearest one', () => {
    const options = { ...torontoOptions, fields: { ...torontoOptions.fields, street: 'Adress' } };
    expect(onlyRejection(adaptCkanDatastore(text, contextWith(options)))).toMatch(
      /^the field mapping names columns this resource does not have: "Adress" \(options\.fields\.street\): did you mean "Address"\?\. Its columns are: _id, BranchCode/,
    );
  });

  it('says what is missing from the configuration', () => {
    expect(onlyRejection(adaptCkanDatastore(text, contextWith({})))).toBe(
      "the source's configuration is not usable: options.fields: is required",
    );
    expect(onlyRejection(adaptCkanDatastore(text, contextWith({ ...torontoOptions, officeKind: 'museum' })))).toMatch(
      /^the source's configuration is not usable: options\.officeKind: /,
    );
    expect(onlyRejection(adaptCkanDatastore(text, contextWith(torontoOptions, { sourceId: 'TPL Branches' })))).toMatch(
      /^the source id "TPL Branches" cannot start office ids/,
    );
    expect(onlyRejection(adaptCkanDatastore(text, contextWith(torontoOptions, { municipality: undefined })))).toBe(
      'the source names no municipality: set `municipality` or `options.city`',
    );
  });
});

describe('adaptCkanDatastore never throws', () => {
  const records = fixture.result.records as Record<string, unknown>[];
  const columns = Object.keys(records[0] ?? {});

  it('on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void adaptCkanDatastore(text, contextWith())));
  });

  it('on any JSON value, as the response or as the configuration', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (response, options) => {
        adaptCkanDatastore(JSON.stringify(response), contextWith());
        adaptCkanDatastore(envelope(records), contextWith(options as Record<string, unknown>));
        nextPageUrl(firstPage, response);
      }),
    );
  });

  it('on mutated real-shape records, and what it keeps always passes the loader', () => {
    const mutation = fc.record({
      index: fc.nat({ max: records.length - 1 }),
      column: fc.constantFrom(...columns, '__proto__', 'constructor'),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom('', '  ', '43.7 ', '-79.4', 'M5V3L9', 'www.x.ca', 'Toronto, ON')),
    });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 8 }), (mutations) => {
        const mutated = records.map((record) => ({ ...record }));
        for (const { index, column, value } of mutations) {
          const target = mutated[index];
          if (target) Object.defineProperty(target, column, { value, enumerable: true, configurable: true, writable: true });
        }
        const adapted = adaptCkanDatastore(envelope(mutated), contextWith());
        const { problems } = parseFeed(adapted.feed);
        expect(problems).toEqual([]);
        expect((adapted.feed.offices?.length ?? 0) + adapted.rejected.length).toBe(records.length);
      }),
    );
  });
});

import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fixture from '../../../mocks/data/hsds/services.json';
import { HSDS_PER_PAGE_DEFAULT, hsdsHandlers } from '../../../mocks/hsdsHandlers';
import { resetMockSwitches, setMockSwitches } from '../../../mocks/switches';
import { parseFeed } from '../../content/parseFeed';
import type { OfficeInput } from '../../content/office';
import { testPublisher } from '../../content/testing/builders';
import { adaptHsds, adaptHsdsPages, nextHsdsPage } from './hsds';
import type { AdaptedSource, SourceContext } from './sourceRecords';

const server = setupServer(...hsdsHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMockSwitches());
afterAll(() => server.close());

const endpoint = 'http://localhost:4173/portals/hsds/services';

const serviceMap = {
  'settlement-counselling': 'ca.settlement-services',
  'language-assessment': 'ca.language-assessment',
  LINC: 'ca.linc',
  'employment-services': 'on.employment-ontario',
};

const publisher = testPublisher('great-lakes-newcomers', 'community');

function contextWith(options: Record<string, unknown> = { serviceMap }, extra: Partial<SourceContext> = {}): SourceContext {
  return { sourceId: 'glnn', publisher, fetchedOn: '2026-11-20', options, ...extra };
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}

/** Every page of the listing, followed the way the ingest follows them. */
async function allPages(query: string): Promise<string[]> {
  const pages: string[] = [];
  for (let page: number | null = 1; page !== null; ) {
    const { text } = await get(`${endpoint}?${query}&page=${page}`);
    pages.push(text);
    page = nextHsdsPage(text);
  }
  return pages;
}

type Service = Record<string, unknown>;
const services = (): Service[] => structuredClone(fixture) as Service[];
const byName = (name: string): Service => {
  const found = services().find((service) => service.name === name);
  if (!found) throw new Error(`no fixture service named ${name}`);
  return found;
};

// The records the tests below change: the Limestone settlement service at its Princess Street office.
const settlement = () => byName('Settlement counselling');
const princessStreet = (service: Service) => (service.service_at_locations as Service[])[0] as Service;
const locationOf = (service: Service) => princessStreet(service).location as Service;
const onlyPrincessStreet = (service: Service): Service => ({ ...service, service_at_locations: [princessStreet(service)] });

function adaptOne(service: Service, options?: Record<string, unknown>): AdaptedSource {
  return adaptHsds(JSON.stringify({ contents: [service] }), contextWith(options));
}

function officeOf(result: AdaptedSource): OfficeInput {
  const [office] = result.feed.offices ?? [];
  if (!office) throw new Error(`no office: ${JSON.stringify(result.rejected)}`);
  return office;
}

function expectNoProblems(result: AdaptedSource) {
  const parsed = parseFeed(result.feed);
  expect(parsed.problems).toEqual([]);
  expect(parsed.feed?.offices).toHaveLength(result.feed.offices?.length ?? 0);
}

describe('the HSDS mock directory over HTTP', () => {
  it('pages `/services` with `page` and `per_page`, in the HSDS API 3.0 envelope', async () => {
    const first = JSON.parse((await get(`${endpoint}?full=true&per_page=3`)).text);
    expect(first).toMatchObject({ total_items: 7, total_pages: 3, page_number: 1, size: 3, first_page: true, last_page: false, empty: false });
    const last = JSON.parse((await get(`${endpoint}?full=true&per_page=3&page=3`)).text);
    expect(last).toMatchObject({ page_number: 3, size: 1, first_page: false, last_page: true });
    const beyond = JSON.parse((await get(`${endpoint}?per_page=3&page=9`)).text);
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    expect(JSON.parse((await get(endpoint)).text).size).toBe(HSDS_PER_PAGE_DEFAULT);
  });

  it('answers an unreadable page number with 400', async () => {
    expect((await get(`${endpoint}?page=first`)).status).toBe(400);
    expect((await get(`${endpoint}?per_page=0`)).status).toBe(400);
  });

  it('leaves nested lists out of a listing unless `full=true`, as HSDS listings do', async () => {
    const [service] = JSON.parse((await get(`${endpoint}?per_page=1`)).text).contents;
    expect(service.organization.name).toBe('Limestone Newcomer Centre');
    expect(service).not.toHaveProperty('service_at_locations');
    expect(service).not.toHaveProperty('languages');
  });

  it('serves one fully nested service at `/services/{id}`, and 404 for an unknown id', async () => {
    const { status, text } = await get(`${endpoint}/cd2e3262-8763-4922-9183-df8378cc0e41`);
    expect(status).toBe(200);
    expect(JSON.parse(text).service_at_locations).toHaveLength(1);
    expect((await get(`${endpoint}/no-such-service`)).status).toBe(404);
  });

  it('fails on the `fail` switch and adds a broken record on `malformed`', async () => {
    setMockSwitches('hsds:fail');
    expect((await get(`${endpoint}?full=true`)).status).toBe(500);
    setMockSwitches('hsds:malformed');
    const result = adaptHsdsPages(await allPages('full=true'), contextWith());
    expect(result.feed.offices).toHaveLength(3);
    expect(result.rejected.map((r) => r.reason)).toContainEqual(expect.stringContaining('(Broken record): at location 1: not a place people can visit: no street address'));
  });
});

describe('adaptHsdsPages on the mock directory', () => {
  let result: AdaptedSource;
  beforeAll(async () => {
    result = adaptHsdsPages(await allPages('full=true&per_page=3'), contextWith());
  });

  it('makes one office per organization and place, merging services that fall on different pages', async () => {
    expect(result.feed.offices?.map((office) => office.id)).toEqual([
      'glnn.57632ec2-cd83-479c-baf6-e958ed0d951b',
      'glnn.1c48f1e8-d619-42d6-9e51-142867c1a724',
      'glnn.16e5df0b-55cc-48fa-8bd7-012c252cc8e3',
    ]);
    const onePerPage = adaptHsdsPages(await allPages('full=true&per_page=1'), contextWith());
    expect(onePerPage.feed.offices).toEqual(result.feed.offices);
  });

  it('maps a place with several services to one office with every service, hours from the place', () => {
    expect(result.feed.offices?.[0]).toEqual({
      id: 'glnn.57632ec2-cd83-479c-baf6-e958ed0d951b',
      kind: 'settlement-agency',
      name: { en: 'Limestone Newcomer Centre (Princess Street office)' },
      address: { street: '312 Princess Street, Suite 200', city: 'Kingston', province: 'ON', postalCode: 'K7L 1B6' },
      coordinates: { lat: 44.2323, lng: -76.4862 },
      // The summer 2025 hours are over by 2026-11-20; the assessment service's own Tue/Thu
      // afternoons describe the service, not the door.
      hours: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
        { days: ['sat'], opens: '10:00', closes: '14:00' },
      ],
      // Quotes around the number dropped, the extension kept, the fax number skipped.
      phone: '613-555-0142 ext. 21',
      url: { en: 'https://www.limestone-newcomer.ca/visit' },
      services: ['ca.settlement-services', 'ca.language-assessment', 'ca.linc'],
      // "spa" and "eng" as two-letter codes; Tigrinya named without a code.
      languages: ['en', 'fr', 'ar', 'es', 'ti', 'zh'],
      accessibility: { en: 'Elevator from the Princess Street entrance. Accessible washroom on the second floor.' },
      municipality: 'kingston',
      source: 'https://www.limestone-newcomer.ca/settlement-counselling',
      dateModified: '2026-10-14',
    });
  });

  it('reads a record in French when its taxonomy terms are French, with the English name from `x_translations`', () => {
    const office = result.feed.offices?.[1];
    expect(office?.name).toEqual({
      fr: 'Carrefour boréal des nouveaux arrivants (Bureau de la rue Elm)',
      en: 'Boreal Newcomer Crossroads (Bureau de la rue Elm)',
    });
    expect(office?.url).toEqual({ fr: 'https://carrefourboreal.ca/accueil' });
    expect(office?.accessibility).toEqual({ fr: 'Entrée de plain-pied par le stationnement arrière.' });
    expect(office?.languages).toEqual(['fr', 'en', 'ln']);
    // Coordinates written as strings; times written with Ontario's daylight offset.
    expect(office?.coordinates).toEqual({ lat: 46.4917, lng: -80.993 });
    expect(office?.hours).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '08:30', closes: '16:30' },
      { days: ['fri'], opens: '08:30', closes: '12:00' },
    ]);
    expect(office?.phone).toBe('705-555-0178');
  });

  it('tolerates placeholders, a monthly schedule, a quoted phone and missing dates and languages', () => {
    const office = result.feed.offices?.[2];
    expect(office).toMatchObject({
      name: { en: 'Bridgeway Employment Services (Barton Street office)' },
      address: { street: '880 Barton Street East', city: 'Hamilton', province: 'ON', postalCode: 'L8L 3B3' },
      hours: [],
      phone: '905-555-0199',
      // The service's url is the template "http://example.com": the organization's site stands in.
      url: { en: 'https://bridgeway-employment.ca/' },
      source: 'https://bridgeway-employment.ca/',
      languages: ['en'],
      services: ['on.employment-ontario'],
      dateModified: '2026-11-20',
    });
    expect(JSON.stringify(result.feed)).not.toMatch(/wait_time|fees_description|licences|tax_status/);
  });

  it('reports every place left out, with the reason, the record id and its position', () => {
    expect(result.rejected).toEqual([
      {
        index: 0,
        recordId: 'b3a4b844-1a12-46ed-a0f7-83a61da903a9',
        reason:
          'record b3a4b844-1a12-46ed-a0f7-83a61da903a9 (Settlement counselling): at Mailing address: not a place people can visit: only a mailing address is given (`address_type` "postal"); add the street address as "physical"',
      },
      {
        index: 3,
        recordId: '5816b520-bae6-4a85-a1d4-65b166d4f1c8',
        reason:
          'record 5816b520-bae6-4a85-a1d4-65b166d4f1c8 (Job search workshops for newcomers): at Civic square desk: latitude 100 and longitude 101 are not a position on Earth: correct the location’s coordinates',
      },
      {
        index: 4,
        recordId: '85150fee-7c99-45e5-ac8c-ffd2ea996450',
        reason: 'record 85150fee-7c99-45e5-ac8c-ffd2ea996450 (Immigration legal information sessions): at Buffalo office: the address is in US, not in Canada',
      },
      {
        index: 5,
        recordId: '17f9ffd2-8f59-4509-9e7b-bdc5aec4efb3',
        reason:
          'record 17f9ffd2-8f59-4509-9e7b-bdc5aec4efb3 (Newcomer information line): at Phone and video: not a place people can visit: the location is virtual (online or by phone)',
      },
      {
        index: 6,
        recordId: '1f058084-0feb-415f-8476-bbbd2736f1c6',
        reason: 'record 1f058084-0feb-415f-8476-bbbd2736f1c6 (Homework club for newcomer youth): at Hull community hall: the address is in QC, not in Ontario',
      },
    ]);
  });

  it('keeps the publisher, its licence and attribution, and passes the loader with no problem', () => {
    expect(result.feed.publisher).toEqual(publisher);
    expect(result.feed.generatedAt).toBe('2026-11-20T00:00:00Z');
    expectNoProblems(result);
  });

  it('says how to get locations when the listing was asked without `full=true`', async () => {
    const listing = adaptHsdsPages(await allPages('per_page=5'), contextWith());
    expect(listing.feed.offices).toEqual([]);
    expect(listing.rejected).toHaveLength(7);
    expect(listing.rejected[0]?.reason).toBe(
      'record b3a4b844-1a12-46ed-a0f7-83a61da903a9 (Settlement counselling): no `service_at_locations` in this response: ask the API for full records (`?full=true`) or read `/services/{id}`',
    );
  });

  it('reads the one service `/services/{id}` answers, normalising a "YYYY-MM-DD HH:MM:SS" date', async () => {
    const { text } = await get(`${endpoint}/cd2e3262-8763-4922-9183-df8378cc0e41`);
    const office = officeOf(adaptHsds(text, contextWith()));
    expect(office.services).toEqual(['ca.language-assessment', 'ca.linc']);
    expect(office.dateModified).toBe('2026-09-30');
    expect(office.languages).toEqual(['en', 'zh']);
  });

  it('reads a 404 answer as one rejection of the whole response', async () => {
    const { text } = await get(`${endpoint}/no-such-service`);
    expect(adaptHsds(text, contextWith()).rejected).toEqual([
      { index: -1, reason: 'the response is not an HSDS list of services: expected an object with a `contents` list, as `/services` answers' },
    ]);
  });
});

describe('responses that are not a services page', () => {
  it.each([
    ['not JSON', '<html><h1>Service Unavailable</h1></html>', 'the response is not JSON'],
    ['an error object', '{"error":"Unauthorized"}', 'not an HSDS list of services'],
    ['a number', '42', 'not an HSDS list of services'],
  ])('rejects %s whole, at index -1', (_, text, reason) => {
    const result = adaptHsds(text, contextWith());
    expect(result.feed.offices).toEqual([]);
    expect(result.rejected).toEqual([{ index: -1, reason: expect.stringContaining(reason) }]);
  });

  it('reads an empty page as nothing to report', () => {
    const empty = { total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] };
    expect(adaptHsds(JSON.stringify(empty), contextWith())).toMatchObject({ feed: { offices: [] }, rejected: [] });
  });

  it('names the page that could not be read among several', () => {
    const result = adaptHsdsPages([JSON.stringify({ contents: [onlyPrincessStreet(settlement())] }), 'oops'], contextWith());
    expect(result.feed.offices).toHaveLength(1);
    expect(result.rejected).toEqual([{ index: -1, reason: expect.stringMatching(/^page 2: the response is not JSON/) }]);
  });

  it('rejects unusable options whole, naming the option', () => {
    const result = adaptHsds(JSON.stringify({ contents: [] }), contextWith({ serviceMap: { linc: 'Not An Id' } }));
    expect(result.rejected).toEqual([{ index: -1, reason: expect.stringContaining('serviceMap.linc: must be lowercase letters and digits') }]);
  });
});

describe('places people can visit', () => {
  function rejectionOf(service: Service): string {
    const result = adaptOne(service);
    expect(result.feed.offices).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    return result.rejected[0]?.reason ?? '';
  }

  function withAddress(change: Record<string, unknown>): Service {
    const service = onlyPrincessStreet(settlement());
    const location = locationOf(service);
    location.addresses = [{ ...(location.addresses as Service[])[0], ...change }];
    return service;
  }

  it('rejects a UK address of the real-shape sample', () => {
    expect(rejectionOf(withAddress({ address_1: '1-30 Main Street', city: 'MyCity', state_province: 'MyState', postal_code: 'ABC 1234', country: 'GB' }))).toMatch(
      /at Princess Street office: the address is in GB, not in Canada$/,
    );
  });

  it('rejects a postal code that is not Canadian, or not Ontario’s', () => {
    expect(rejectionOf(withAddress({ postal_code: 'ABC 1234' }))).toMatch(/the postal code "ABC 1234" is not a Canadian postal code \(such as K1P 1J1\)$/);
    expect(rejectionOf(withAddress({ postal_code: 'H2X 1Y4', state_province: undefined }))).toMatch(/"H2X 1Y4" is not in Ontario/);
  });

  it('rejects an address with no street, no city or no postal code', () => {
    expect(rejectionOf(withAddress({ address_1: '' }))).toMatch(/the address has no street \(`address_1`\)$/);
    expect(rejectionOf(withAddress({ city: '  ' }))).toMatch(/the address has no city$/);
    expect(rejectionOf(withAddress({ postal_code: null }))).toMatch(/the address has no postal code$/);
  });

  it('takes an address without a country or type as Canadian and physical when it is in Ontario', () => {
    const office = officeOf(adaptOne(withAddress({ country: undefined, address_type: undefined, state_province: 'Ont.' })));
    expect(office.address).toEqual({ street: '312 Princess Street, Suite 200', city: 'Kingston', province: 'ON', postalCode: 'K7L 1B6' });
  });

  it('rejects a location with no addresses, or no coordinates', () => {
    const noAddress = onlyPrincessStreet(settlement());
    delete locationOf(noAddress).addresses;
    expect(rejectionOf(noAddress)).toMatch(/not a place people can visit: no street address$/);
    const noPoint = onlyPrincessStreet(settlement());
    locationOf(noPoint).latitude = null;
    expect(rejectionOf(noPoint)).toMatch(/no latitude and longitude: add the location’s coordinates$/);
  });

  it('rejects a position outside Ontario, and puts swapped coordinates the right way round', () => {
    const montreal = onlyPrincessStreet(settlement());
    Object.assign(locationOf(montreal), { latitude: 45.5, longitude: -73.57 });
    expect(rejectionOf(montreal)).toMatch(/latitude 45.5 and longitude -73.57 are outside Ontario/);
    const swapped = onlyPrincessStreet(settlement());
    Object.assign(locationOf(swapped), { latitude: -76.4862, longitude: 44.2323 });
    expect(officeOf(adaptOne(swapped)).coordinates).toEqual({ lat: 44.2323, lng: -76.4862 });
  });

  it('rejects a service that is not active', () => {
    expect(rejectionOf({ ...onlyPrincessStreet(settlement()), status: 'temporarily closed' })).toMatch(
      /\(Settlement counselling\): the service is temporarily closed, not active$/,
    );
  });

  it('rejects a service at location with no location in it', () => {
    expect(rejectionOf({ ...settlement(), service_at_locations: [{ id: 'x' }] })).toMatch(/at location 1: the location itself is missing$/);
  });

  it('names an office after its location or its service when the organization is missing', () => {
    const noOrganization = onlyPrincessStreet(settlement());
    delete noOrganization.organization;
    expect(officeOf(adaptOne(noOrganization)).name).toEqual({ en: 'Princess Street office' });
    delete locationOf(noOrganization).name;
    expect(officeOf(adaptOne(noOrganization)).name).toEqual({ en: 'Settlement counselling' });
  });

  it('reads filler words and template values as absent', () => {
    const service = withAddress({ address_2: 'n/a' });
    locationOf(service).name = 'TBD';
    const office = officeOf(adaptOne(service));
    expect(office.name).toEqual({ en: 'Limestone Newcomer Centre' });
    expect(office.address.street).toBe('312 Princess Street');
  });

  it('leaves out, for each of its services, a place with no name at all', () => {
    const nameless = onlyPrincessStreet(settlement());
    delete nameless.organization;
    delete nameless.name;
    delete locationOf(nameless).name;
    const result = adaptHsds(JSON.stringify({ contents: [nameless, { ...structuredClone(nameless), id: 'second' }] }), contextWith());
    expect(result.feed.offices).toEqual([]);
    expect(result.rejected.map((r) => [r.index, r.reason])).toEqual([
      [0, 'record b3a4b844-1a12-46ed-a0f7-83a61da903a9: at its location: no organization, location or service name'],
      [1, 'record second: at its location: no organization, location or service name'],
    ]);
  });

  it('leaves out an office the loader would refuse, saying which field', () => {
    const result = adaptOne(withAddress({ city: '???' }));
    expect(result.feed.offices).toEqual([]);
    expect(result.rejected[0]?.reason).toMatch(/at Princess Street office: municipality: /);
  });

  it('does not repeat a name that already holds the other', () => {
    const service = onlyPrincessStreet(settlement());
    locationOf(service).name = 'Limestone Newcomer Centre – Princess Street';
    expect(officeOf(adaptOne(service)).name).toEqual({ en: 'Limestone Newcomer Centre – Princess Street' });
  });

  it('makes one office per organization at a place they share, with ids that tell them apart', () => {
    const other = onlyPrincessStreet(byName('Job search workshops for newcomers'));
    other.service_at_locations = [princessStreet(settlement())];
    const result = adaptHsds(JSON.stringify({ contents: [onlyPrincessStreet(settlement()), other] }), contextWith());
    expect(result.feed.offices?.map((office) => office.id)).toEqual([
      'glnn.57632ec2-cd83-479c-baf6-e958ed0d951b-bdbf6b8c-b075-4491-ae7a-18ce6c67e301',
      'glnn.57632ec2-cd83-479c-baf6-e958ed0d951b-28eadd64-7398-4773-a457-a1aadc57b107',
    ]);
    expectNoProblems(result);
  });

  it('makes ids of lowercase letters, digits, dots and hyphens from any source id and record id', () => {
    const service = onlyPrincessStreet(settlement());
    locationOf(service).id = 'Élan Centre #4';
    const office = officeOf(adaptHsds(JSON.stringify([service]), { ...contextWith(), sourceId: 'GLNN.Directory' }));
    expect(office.id).toBe('glnn.directory.elan-centre-4');
  });
});

describe('fields of an office', () => {
  it('finds the first dialable phone, from the place to the organization, and drops others', () => {
    const service = onlyPrincessStreet(settlement());
    locationOf(service).phones = [{ id: 'p', number: '"+44 1234 234567"', extension: 100, type: 'voice' }];
    expect(officeOf(adaptOne(service)).phone).toBeUndefined();
    (service.organization as Service).phones = [{ id: 'o', number: '“(613) 555-0111”', type: 'voice' }];
    expect(officeOf(adaptOne(service)).phone).toBe('613-555-0111');
  });

  it('uses the context’s municipality when it has one', () => {
    const office = officeOf(adaptHsds(JSON.stringify([onlyPrincessStreet(settlement())]), contextWith({ serviceMap }, { municipality: 'kingston-area' })));
    expect(office.municipality).toBe('kingston-area');
  });

  it('cites the publisher’s home page when the record names no page of its own', () => {
    const service = onlyPrincessStreet(settlement());
    delete service.url;
    delete (service.organization as Service).website;
    delete locationOf(service).url;
    const office = officeOf(adaptOne(service));
    expect(office.source).toBe('https://great-lakes-newcomers.example/');
    expect(office).not.toHaveProperty('url');
  });

  it('falls back to `assured_date`, then to the day the response was read', () => {
    const service = onlyPrincessStreet(settlement());
    service.last_modified = 'last_modified';
    service.assured_date = '2026-03-02';
    expect(officeOf(adaptOne(service)).dateModified).toBe('2026-03-02');
    service.assured_date = '2026-02-30';
    expect(officeOf(adaptOne(service)).dateModified).toBe('2026-11-20');
  });

  it('maps services by term code and by a keyword that starts a word of the name, else none', () => {
    const service = onlyPrincessStreet(settlement());
    service.name = 'Restart: settlement counselling';
    expect(officeOf(adaptOne(service, { serviceMap: { art: 'ca.mentoring', restart: 'ca.mentoring' } })).services).toEqual(['ca.mentoring']);
    expect(officeOf(adaptOne(service, { serviceMap: { art: 'ca.mentoring' } })).services).toEqual([]);
    expect(officeOf(adaptOne(service, {})).services).toEqual([]);
  });

  it('takes the office kind from the options, as one kind or by term code and keyword', () => {
    const service = onlyPrincessStreet(settlement());
    expect(officeOf(adaptOne(service, { officeKind: 'co-located' })).kind).toBe('co-located');
    expect(officeOf(adaptOne(service, { officeKind: { 'settlement-counselling': 'co-located' } })).kind).toBe('co-located');
    expect(officeOf(adaptOne(service, { officeKind: { limestone: 'library' } })).kind).toBe('library');
    expect(officeOf(adaptOne(service, { officeKind: { bookmobile: 'library' } })).kind).toBe('settlement-agency');
  });
});

describe('the language of a record', () => {
  const englishRecord = () => onlyPrincessStreet(settlement());

  it('is English by default, with French from `x_translations`', () => {
    const service = englishRecord();
    (service.organization as Service).x_translations = { fr: { name: 'Centre des nouveaux arrivants Limestone' } };
    locationOf(service).x_translations = { fr: { name: 'Bureau de la rue Princess', accessibility: 'Ascenseur depuis la rue Princess.' } };
    const office = officeOf(adaptOne(service));
    expect(office.name).toEqual({
      en: 'Limestone Newcomer Centre (Princess Street office)',
      fr: 'Centre des nouveaux arrivants Limestone (Bureau de la rue Princess)',
    });
    expect(office.accessibility?.fr).toBe('Ascenseur depuis la rue Princess.');
  });

  it('is French when the record says so in `x_language`, or the directory in `options.language`', () => {
    expect(officeOf(adaptOne({ ...englishRecord(), x_language: 'fr' })).name).toEqual({ fr: 'Limestone Newcomer Centre (Princess Street office)' });
    expect(officeOf(adaptOne(englishRecord(), { language: 'fr' })).name).toHaveProperty('fr');
  });

  it('stays English when only some taxonomy terms are French', () => {
    const service = englishRecord();
    service.attributes = [...(service.attributes as Service[]), { id: 'a', taxonomy_term: { id: 't', code: 'x', name: 'Aide', language: 'fre' } }];
    expect(officeOf(adaptOne(service)).name).toHaveProperty('en');
  });
});

describe('opening hours', () => {
  function hoursWith(schedules: unknown[], where: 'location' | 'serviceAtLocation' | 'service' = 'location') {
    const service = onlyPrincessStreet(settlement());
    delete locationOf(service).schedules;
    if (where === 'location') locationOf(service).schedules = schedules;
    if (where === 'serviceAtLocation') princessStreet(service).schedules = schedules;
    if (where === 'service') service.schedules = schedules;
    return officeOf(adaptOne(service)).hours;
  }
  const weekly = { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' };

  it('reads weekly rules at the place, the service at the place, or the service', () => {
    const expected = [{ days: ['mon', 'wed'], opens: '09:00', closes: '12:00' }];
    expect(hoursWith([weekly])).toEqual(expected);
    expect(hoursWith([weekly], 'serviceAtLocation')).toEqual(expected);
    expect(hoursWith([weekly], 'service')).toEqual(expected);
    expect(hoursWith([{ ...weekly, byday: 'we, mo', opens_at: '9:00:00', closes_at: '12:00-05:00', timezone: -5 }])).toEqual(expected);
  });

  it.each([
    ['a monthly rule', { freq: 'MONTHLY', byday: '1MO' }],
    ['every other week', { interval: 2 }],
    ['numbered days', { byday: '1MO,WE' }],
    ['week numbers', { byweekno: '41,42' }],
    ['a count', { count: 3 }],
    ['UTC times', { opens_at: '14:00Z', closes_at: '17:00Z' }],
    ['another time zone', { timezone: 3 }],
    ['a 12-hour clock', { opens_at: '9:00 AM' }],
    ['a range that closes before it opens', { opens_at: '17:00', closes_at: '09:00' }],
    ['no days', { byday: '' }],
    ['a placeholder end date', { valid_to: 'valid_to' }],
  ])('gives no hours for %s', (_, change) => {
    expect(hoursWith([{ ...weekly, ...change }])).toEqual([]);
  });

  it('gives no hours when one rule of several cannot be read, or two overlap', () => {
    expect(hoursWith([weekly, { freq: 'MONTHLY', byday: '1FR', opens_at: '09:00', closes_at: '12:00' }])).toEqual([]);
    expect(hoursWith([weekly, { ...weekly, byday: 'MO', opens_at: '11:00', closes_at: '15:00' }])).toEqual([]);
  });

  it('leaves aside rules not in force on the day read, and repeats of one rule', () => {
    const past = { ...weekly, byday: 'SA', valid_to: '2026-01-31' };
    const future = { ...weekly, byday: 'SU', valid_from: '2027-01-01' };
    expect(hoursWith([weekly, past, future, weekly])).toEqual([{ days: ['mon', 'wed'], opens: '09:00', closes: '12:00' }]);
  });

  it('gives no hours to a place whose services keep different hours', () => {
    const first = onlyPrincessStreet(settlement());
    delete locationOf(first).schedules;
    princessStreet(first).schedules = [weekly];
    const second = structuredClone(first);
    second.id = 'second';
    princessStreet(second).schedules = [{ ...weekly, closes_at: '13:00' }];
    const result = adaptHsds(JSON.stringify({ contents: [first, second] }), contextWith());
    expect(officeOf(result).hours).toEqual([]);
    const same = adaptHsds(JSON.stringify({ contents: [first, { ...structuredClone(first), id: 'third' }] }), contextWith());
    expect(officeOf(same).hours).toHaveLength(1);
  });
});

describe('nextHsdsPage', () => {
  it('follows `page_number` to `total_pages`, and stops on the last page or an unreadable one', () => {
    expect(nextHsdsPage(JSON.stringify({ page_number: 1, total_pages: 3, last_page: false }))).toBe(2);
    expect(nextHsdsPage(JSON.stringify({ page_number: 3, total_pages: 3 }))).toBeNull();
    expect(nextHsdsPage(JSON.stringify({ page_number: 1, total_pages: 3, last_page: true }))).toBeNull();
    expect(nextHsdsPage(JSON.stringify({ page_number: '1', total_pages: 3 }))).toBeNull();
    expect(nextHsdsPage('not json')).toBeNull();
  });
});

describe('no input makes the adapter throw', () => {
  function check(text: string) {
    const result = adaptHsds(text, contextWith({ serviceMap, officeKind: { library: 'library' } }));
    expect(parseFeed(result.feed).problems).toEqual([]);
    for (const rejected of result.rejected) expect(rejected.reason.length).toBeGreaterThan(0);
  }

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => check(text)), { numRuns: 300 });
  });

  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value) ?? 'null')), { numRuns: 300 });
  });

  /** Every path to a value in the fixture, so that a mutation can reach any field. */
  function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [path];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [path, ...entries.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
  }

  function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
    if (path.length === 0) return replacement;
    let target = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1] as string | number] = replacement;
    return root;
  }

  const fixturePaths = pathsOf(fixture);

  it('on the fixture’s records with fields replaced by arbitrary values', () => {
    const mutation = fc.tuple(fc.nat({ max: fixturePaths.length - 1 }), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string()));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        let services: unknown = structuredClone(fixture);
        for (const [at, replacement] of mutations) {
          const path = fixturePaths[at] ?? [];
          try {
            services = setAt(services, path, replacement);
          } catch {
            // An earlier mutation replaced a parent of this path: nothing left to change there.
          }
        }
        check(JSON.stringify({ contents: services }) ?? 'null');
      }),
      { numRuns: 300 },
    );
  });
});

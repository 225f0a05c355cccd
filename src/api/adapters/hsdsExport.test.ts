import { describe, expect, it } from 'vitest';
import { canadaFeed } from '../../../mocks/data/canada';
import { ontarioFeed } from '../../../mocks/data/ontario';
import { ottawaFeed } from '../../../mocks/data/ottawa';
import type { Feed, FeedInput } from '../../content/feed';
import { OFFICE_KINDS } from '../../content/taxonomy';
import { parseFeed } from '../../content/parseFeed';
import { dialable } from '../../content/phone';
import { testFeed, testOffice } from '../../content/testing/builders';
import { adaptHsds } from './hsds';
import { stableUuid, toHsds, type HsdsService } from './hsdsExport';
import type { SourceContext } from './sourceRecords';

function parsed(input: FeedInput): Feed {
  const { feed } = parseFeed(input);
  if (!feed) throw new Error('fixture feed rejected');
  return feed;
}

const ottawa = parsed(ottawaFeed);
const catalogue = [canadaFeed, ontarioFeed, ottawaFeed].flatMap((feed) => parsed(feed).items);
const allItemIds = Object.fromEntries(catalogue.map((item) => [item.id, item.id]));
const everyKind = Object.fromEntries(OFFICE_KINDS.map((kind) => [kind, kind]));

function context(): SourceContext {
  return {
    sourceId: 'ottawa-hsds',
    publisher: ottawa.publisher,
    municipality: 'ottawa',
    fetchedOn: '2026-11-20',
    options: { serviceMap: allItemIds, officeKind: everyKind },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('toHsds', () => {
  const page = toHsds(ottawa, catalogue);

  it('writes a `/services` page holding one service per item each office serves', () => {
    const expected = ottawa.offices.reduce((sum, office) => sum + office.services.length, 0);
    expect(page).toMatchObject({ total_items: expected, total_pages: 1, page_number: 1, size: expected, first_page: true, last_page: true, empty: false });
    const ociso = page.contents.filter((service) => service.service_at_locations[0]?.location.external_identifier === 'ottawa.office.ociso');
    expect(ociso.map((service) => service.attributes[0]?.taxonomy_term.code)).toEqual([
      'ca.settlement-services',
      'on.orientation-to-ontario',
      'ca.mentoring',
      'ottawa.newcomer-portal',
    ]);
  });

  it('names each service after the item, from the catalogue, and its organization after the office', () => {
    const [sin] = page.contents.filter((service) => service.attributes[0]?.taxonomy_term.code === 'ca.sin');
    const item = catalogue.find((candidate) => candidate.id === 'ca.sin');
    expect(sin?.name).toBe(item?.title.en);
    expect(sin?.x_translations?.fr?.name).toBe(item?.title.fr);
    expect(sin?.organization).toMatchObject({
      name: 'Ottawa City Hall – Service Canada, ServiceOntario and City services',
      description: 'Shared service centre listed by City of Ottawa.',
      website: 'https://ottawa.ca/en/3-1-1',
      x_translations: { fr: { name: 'Hôtel de ville d’Ottawa – Service Canada, ServiceOntario et services municipaux' } },
    });
  });

  it('gives every record the fields HSDS 3.0 requires, with UUIDs', () => {
    const ids: string[] = [];
    for (const service of page.contents) {
      expect(service).toMatchObject({ id: expect.stringMatching(UUID), name: expect.any(String), status: 'active' });
      expect(service.organization).toMatchObject({ id: expect.stringMatching(UUID), name: expect.any(String), description: expect.any(String) });
      for (const { id, location } of service.service_at_locations) {
        expect(id).toMatch(UUID);
        expect(location).toMatchObject({ id: expect.stringMatching(UUID), location_type: 'physical' });
        for (const address of location.addresses) {
          expect(Object.keys(address)).toEqual(expect.arrayContaining(['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type']));
        }
        for (const schedule of location.schedules) expect(schedule.id).toMatch(UUID);
        for (const phone of location.phones) expect(phone).toMatchObject({ id: expect.stringMatching(UUID), number: expect.any(String) });
      }
      ids.push(service.id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes hours as weekly rules in Ontario time', () => {
    const library = page.contents.find((service) => service.service_at_locations[0]?.location.external_identifier === 'ottawa.office.opl-nepean-centrepointe');
    expect(library?.service_at_locations[0]?.location.schedules.map(({ freq, byday, opens_at, closes_at }) => ({ freq, byday, opens_at, closes_at }))).toEqual([
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH', opens_at: '10:00', closes_at: '20:30' },
      { freq: 'WEEKLY', byday: 'FR', opens_at: '10:00', closes_at: '18:00' },
      { freq: 'WEEKLY', byday: 'SA,SU', opens_at: '10:00', closes_at: '17:00' },
    ]);
  });

  it('names items it does not know by their id, and an office serving none as one service', () => {
    const lone = testOffice('ottawa', 'library');
    const feed = testFeed('ottawa', 'municipal', { offices: [{ ...lone, services: ['ca.sin'] }, { ...lone, id: 'ottawa.office.none', services: [] }] });
    const [known, none] = toHsds(feed).contents as [HsdsService, HsdsService];
    expect(known.attributes[0]?.taxonomy_term).toMatchObject({ code: 'ca.sin', name: 'ca.sin' });
    expect(none).toMatchObject({ name: lone.name.en, attributes: [] });
  });

  it('writes an office named only in French in French, and says so', () => {
    const office = { ...testOffice('ottawa', 'settlement-agency'), name: { fr: 'Bureau d’accueil' } };
    const feed = testFeed('ottawa', 'municipal', { offices: [office] });
    const [service] = toHsds(feed).contents;
    expect(service?.service_at_locations[0]?.location).toMatchObject({ name: 'Bureau d’accueil', x_language: 'fr' });
    const back = adaptHsds(JSON.stringify(toHsds(feed)), context());
    expect(back.feed.offices?.[0]?.name).toEqual({ fr: 'Bureau d’accueil' });
  });

  it('derives the same ids every time, and different ids from different texts', () => {
    expect(toHsds(ottawa, catalogue)).toEqual(page);
    expect(stableUuid('ottawa.office.ociso')).toMatch(UUID);
    expect(stableUuid('ottawa.office.ociso')).not.toBe(stableUuid('ottawa.office.cci'));
  });
});

describe('toHsds and adaptHsds round trip', () => {
  const result = adaptHsds(JSON.stringify(toHsds(ottawa, catalogue)), context());
  const back = new Map(result.feed.offices?.map((office) => [office.address.street, office]));

  it('brings every Ottawa office back, with nothing rejected and nothing the loader refuses', () => {
    expect(result.rejected).toEqual([]);
    expect(back.size).toBe(ottawa.offices.length);
    expect(parseFeed(result.feed).problems).toEqual([]);
  });

  it.each(ottawa.offices.map((office) => [office.id, office] as const))('keeps %s as it was', (_, office) => {
    const returned = back.get(office.address.street);
    expect(returned).toMatchObject({
      kind: office.kind,
      name: office.name,
      address: office.address,
      coordinates: office.coordinates,
      hours: office.hours,
      url: office.url && { en: office.url.en },
      services: office.services,
      languages: office.languages,
      accessibility: office.accessibility,
      municipality: office.municipality,
      source: office.source,
      dateModified: office.dateModified,
    });
    expect(returned?.phone && dialable(returned.phone)).toBe(office.phone && dialable(office.phone));
  });
});

import { describe, expect, it } from 'vitest';
import { buildCatalogue, isPossiblyOutdated, itemsForMunicipality } from './catalogue';
import type { FeedInput } from './feed';
import { testFeed, testItem } from './testing/builders';
import type { ItemInput } from './item';
import type { Jurisdiction } from './taxonomy';

const item = testItem;
const feed = (id: string, jurisdiction: Jurisdiction, items: ItemInput[], extra: Partial<FeedInput> = {}) =>
  testFeed(id, jurisdiction, { items, ...extra });

const ottawa = {
  id: 'ottawa',
  name: { en: 'Ottawa' },
  region: { en: 'Eastern Ontario' },
  population: 1_017_449,
  populationYear: 2021,
  frenchLanguageServices: true,
  portal: { en: 'https://ottawa.ca/' },
  dateModified: '2026-01-01',
};

describe('buildCatalogue', () => {
  it('merges items with the same service id, the responsible jurisdiction’s text first', () => {
    const catalogue = buildCatalogue([
      feed('ottawa', 'municipal', [item('ottawa.ohip', { serviceId: 'ohip', source: { en: 'https://ottawa.ca/ohip' } })], {
        municipalities: [ottawa],
      }),
      feed('ontario', 'provincial', [item('on.ohip', { serviceId: 'ohip' })]),
    ]);
    expect(catalogue.items).toHaveLength(1);
    const [ohip] = catalogue.items;
    expect(ohip?.id).toBe('on.ohip');
    expect(ohip?.publisher.id).toBe('ontario');
    expect(ohip?.alsoFrom.map((other) => [other.publisher.id, other.source.en])).toEqual([
      ['ottawa', 'https://ottawa.ca/ohip'],
    ]);
    // The service applies everywhere because the province's version does.
    expect(ohip?.scope).toEqual([]);
  });

  it('merges items that share a canonical URL, ignoring a trailing slash or query', () => {
    const catalogue = buildCatalogue([
      feed('canada', 'federal', [
        item('ca.sin', { responsible: { jurisdiction: 'federal', body: { en: 'Service Canada' } }, source: { en: 'https://canada.ca/sin/' } }),
      ]),
      feed('toronto', 'municipal', [
        item('toronto.sin', { responsible: { jurisdiction: 'federal', body: { en: 'Service Canada' } }, source: { en: 'https://canada.ca/sin?utm=x' } }),
      ]),
    ]);
    expect(catalogue.items.map((entry) => [entry.id, entry.alsoFrom.map((other) => other.id)])).toEqual([
      ['ca.sin', ['toronto.sin']],
    ]);
  });

  it('keeps different services apart', () => {
    const catalogue = buildCatalogue([feed('ontario', 'provincial', [item('on.ohip'), item('on.photo-card')])]);
    expect(catalogue.items.map((entry) => entry.id)).toEqual(['on.ohip', 'on.photo-card']);
  });

  it('keeps each item’s provenance: publisher, licence, source and date', () => {
    const catalogue = buildCatalogue([feed('ontario', 'provincial', [item('on.ohip', { dateModified: '2025-02-03' })])]);
    const [ohip] = catalogue.items;
    expect(ohip?.publisher.licence.url).toBe('https://ontario.example/licence');
    expect(ohip?.source.en).toBe('https://example.ca/on.ohip');
    expect(ohip?.dateModified).toBe('2025-02-03');
  });

  it('scopes a municipal feed’s items to its municipality', () => {
    const catalogue = buildCatalogue([
      feed('ontario', 'provincial', [item('on.ohip')]),
      feed('ottawa', 'municipal', [item('ottawa.transit', { responsible: { jurisdiction: 'municipal', body: { en: 'OC Transpo' } } })], {
        municipalities: [ottawa],
      }),
      feed('toronto', 'municipal', [item('toronto.ttc', { municipalities: ['toronto'] })]),
    ]);
    const ids = (municipality: string | undefined) =>
      itemsForMunicipality(catalogue.items, municipality).map((entry) => entry.id);
    expect(ids('ottawa')).toEqual(['on.ohip', 'ottawa.transit']);
    expect(ids('toronto')).toEqual(['on.ohip', 'toronto.ttc']);
    expect(ids(undefined)).toEqual(['on.ohip']);
  });
});

describe('isPossiblyOutdated', () => {
  const today = new Date('2026-11-23T12:00:00Z');
  it.each([
    ['2026-11-01', false],
    ['2025-11-23', false],
    ['2025-11-22', true],
    ['2024-06-01', true],
  ])('%s is possibly out of date: %s', (date, expected) => {
    expect(isPossiblyOutdated(date, today)).toBe(expected);
  });
});

describe('buildCatalogue with one publisher', () => {
  it('does not merge a publisher’s own steps that cite the same overview page', () => {
    const overview = { en: 'https://canada.ca/new-life' };
    const catalogue = buildCatalogue([
      feed('canada', 'federal', [item('ca.travel-records', { source: overview }), item('ca.citizenship', { source: overview })]),
    ]);
    expect(catalogue.items.map((entry) => entry.id)).toEqual(['ca.travel-records', 'ca.citizenship']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './catalogue';
import { compareMunicipalities, type MunicipalityFacts } from './compareMunicipalities';
import { testFeed, testItem, testMunicipality, testOffice } from './testing/builders';

const item = testItem;
const office = testOffice;
const municipality = (id: string, population: number, frenchLanguageServices: boolean) =>
  testMunicipality(id, { name: { en: `City of ${id}` }, population, frenchLanguageServices });
const feed = testFeed;

// Three municipalities. "north" has one settlement agency offering two ids of the same service
// (merged by serviceId), one of which it shares with a library, and an id no feed describes.
const catalogue = buildCatalogue([
  feed('canada', 'federal', {
    items: [item('ca.settlement', { serviceId: 'settlement' }), item('ca.sin'), item('ca.linc')],
    offices: [office('east', 'service-canada', ['ca.sin']), office('north', 'service-canada', ['ca.sin'])],
  }),
  feed('ontario', 'provincial', {
    items: [item('on.ohip', { responsible: { jurisdiction: 'provincial', body: { en: 'ServiceOntario' } } })],
    offices: [
      office('east', 'serviceontario', ['on.ohip']),
      office('east', 'serviceontario', ['on.ohip']),
      office('west', 'serviceontario', ['on.ohip']),
    ],
  }),
  feed('east', 'municipal', {
    municipalities: [municipality('east', 1_017_449, true)],
    offices: [
      office('east', 'co-located', ['ca.sin', 'on.ohip']),
      office('east', 'settlement-agency', ['ca.settlement', 'ca.linc']),
      office('east', 'settlement-agency', ['ca.settlement']),
      office('east', 'library', []),
    ],
  }),
  feed('west', 'municipal', {
    municipalities: [municipality('west', 569_353, false)],
    offices: [office('west', 'library', ['on.ohip']), office('west', 'library', [])],
  }),
  feed('north', 'municipal', {
    municipalities: [municipality('north', 166_004, true)],
    items: [item('north.settlement', { serviceId: 'settlement', source: { en: 'https://north.example/settle' } })],
    offices: [
      office('north', 'settlement-agency', ['ca.settlement', 'north.settlement', 'ca.linc', 'unpublished.item']),
      office('north', 'library', ['ca.linc']),
    ],
  }),
]);

type Counts = Omit<MunicipalityFacts, 'municipality' | 'populationYear'>;
const counts = (row: MunicipalityFacts): Counts => ({
  population: row.population,
  frenchLanguageServices: row.frenchLanguageServices,
  settlementAgencies: row.settlementAgencies,
  inPersonServices: row.inPersonServices,
  coLocatedCentres: row.coLocatedCentres,
  serviceOntarioOffices: row.serviceOntarioOffices,
  serviceCanadaOffices: row.serviceCanadaOffices,
});

describe('compareMunicipalities', () => {
  it('merges the two "settlement" items of the fixture into one service', () => {
    expect(catalogue.items.find((entry) => entry.id === 'ca.settlement')?.alsoFrom.map((other) => other.id)).toEqual([
      'north.settlement',
    ]);
  });

  it.each<[string, Counts]>([
    [
      'east',
      {
        population: 1_017_449,
        frenchLanguageServices: true,
        settlementAgencies: 2,
        // ca.sin, on.ohip, ca.settlement, ca.linc: offered by several offices, counted once each.
        inPersonServices: 4,
        coLocatedCentres: 1,
        serviceOntarioOffices: 2,
        serviceCanadaOffices: 1,
      },
    ],
    [
      'west',
      {
        population: 569_353,
        frenchLanguageServices: false,
        settlementAgencies: 0,
        inPersonServices: 1,
        coLocatedCentres: 0,
        serviceOntarioOffices: 1,
        serviceCanadaOffices: 0,
      },
    ],
    [
      'north',
      {
        population: 166_004,
        frenchLanguageServices: true,
        settlementAgencies: 1,
        // ca.sin, settlement (ca.settlement = north.settlement), ca.linc, unpublished.item.
        inPersonServices: 4,
        coLocatedCentres: 0,
        serviceOntarioOffices: 0,
        serviceCanadaOffices: 1,
      },
    ],
  ])('counts the facts of %s', (id, expected) => {
    const [row, ...rest] = compareMunicipalities(catalogue, [id]);
    expect(rest).toEqual([]);
    expect(row && counts(row)).toEqual(expected);
    expect(row?.populationYear).toBe(2021);
    expect(row?.municipality.publisher.id).toBe(id);
  });

  it.each<[string, string[], string[]]>([
    ['keeps the order it is given', ['north', 'east', 'west'], ['north', 'east', 'west']],
    ['keeps another order', ['west', 'north'], ['west', 'north']],
    ['leaves out unknown municipalities', ['east', 'atlantis', 'west'], ['east', 'west']],
    ['gives a municipality named twice one row', ['west', 'east', 'west'], ['west', 'east']],
    ['gives no rows for no ids', [], []],
  ])('%s', (_, ids, expected) => {
    expect(compareMunicipalities(catalogue, ids).map((row) => row.municipality.id)).toEqual(expected);
  });

  it('is deterministic and leaves the catalogue alone', () => {
    const before = JSON.stringify(catalogue);
    const first = compareMunicipalities(catalogue, ['east', 'north']);
    expect(compareMunicipalities(catalogue, ['east', 'north'])).toEqual(first);
    expect(JSON.stringify(catalogue)).toBe(before);
  });

  it('counts an office’s service whose item did not load as its own service', () => {
    const withoutCanada = buildCatalogue([
      feed('north', 'municipal', {
        municipalities: [municipality('north', 166_004, true)],
        offices: [office('north', 'settlement-agency', ['ca.settlement', 'ca.linc', 'ca.settlement'])],
      }),
    ]);
    expect(compareMunicipalities(withoutCanada, ['north'])[0]?.inPersonServices).toBe(2);
  });
});

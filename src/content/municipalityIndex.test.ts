import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './catalogue';
import { compareMunicipalities } from './compareMunicipalities';
import { factsFromIndex, indexEntry } from './municipalityIndex';
import { testFeed, testItem, testMunicipality, testOffice } from './testing/builders';

const catalogue = buildCatalogue([
  testFeed('canada', 'federal', {
    items: [testItem('ca.sin'), testItem('ca.linc')],
    offices: [testOffice('east', 'service-canada', ['ca.sin'])],
  }),
  testFeed('east', 'municipal', {
    municipalities: [testMunicipality('east', { population: 12_345, frenchLanguageServices: true })],
    items: [testItem('east.transit')],
    offices: [testOffice('east', 'settlement-agency', ['ca.linc', 'ca.sin']), testOffice('east', 'co-located', ['ca.sin'])],
  }),
]);

describe('the municipality index', () => {
  it('gives "where to settle" the same facts as comparing the whole catalogue', () => {
    const entry = indexEntry(catalogue, 'east');
    if (!entry) throw new Error('no index entry for east');
    const [facts] = compareMunicipalities(catalogue, ['east']);
    if (!facts) throw new Error('no facts for east');
    const { publisher, ...record } = facts.municipality;
    expect(factsFromIndex(entry)).toEqual({ ...facts, municipality: { ...record, publisher: { id: publisher.id, name: publisher.name } } });
    expect(entry).toMatchObject({ population: 12_345, frenchLanguageServices: true, settlementAgencies: 1, coLocatedCentres: 1, serviceCanadaOffices: 1 });
  });

  it('counts the items that apply there, Ontario-wide ones included, and its offices', () => {
    expect(indexEntry(catalogue, 'east')?.counts).toEqual({ items: 3, offices: 3 });
  });

  it('has no entry for a municipality no feed describes', () => {
    expect(indexEntry(catalogue, 'west')).toBeUndefined();
  });
});

// Small valid feed entries for unit tests: each test states only what it is about.
import { Feed, type FeedInput } from '../feed';
import type { ItemInput } from '../item';
import type { MunicipalityInput } from '../municipality';
import type { OfficeInput } from '../office';
import type { Jurisdiction, OfficeKind } from '../taxonomy';

export function testPublisher(id: string, jurisdiction: Jurisdiction) {
  return {
    id,
    name: { en: id },
    jurisdiction,
    licence: { name: { en: `Licence of ${id}` }, url: `https://${id}.example/licence` },
    attribution: { en: `Contains information from ${id}.` },
    homepage: { en: `https://${id}.example/` },
  };
}

export function testItem(id: string, overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    id,
    kind: 'task',
    title: { en: `Title of ${id}` },
    summary: { en: 'Summary' },
    body: { en: '<p>Body</p>' },
    topics: ['health'],
    stages: ['first-days'],
    responsible: { jurisdiction: 'provincial', body: { en: 'ServiceOntario' } },
    channels: [{ type: 'in-person' }],
    source: { en: `https://example.ca/${id}` },
    dateModified: '2026-05-01',
    languages: ['en'],
    ...overrides,
  };
}

let officeNumber = 0;
export function testOffice(municipality: string, kind: OfficeKind, services: string[] = []): OfficeInput {
  officeNumber += 1;
  return {
    id: `office-${officeNumber}`,
    kind,
    name: { en: `Office ${officeNumber}` },
    address: { street: '1 Main Street', city: municipality, province: 'ON', postalCode: 'K1P 1J1' },
    coordinates: { lat: 45.4, lng: -75.7 },
    services,
    languages: ['en'],
    municipality,
    source: 'https://example.ca/offices',
    dateModified: '2026-05-01',
  };
}

export function testMunicipality(id: string, overrides: Partial<MunicipalityInput> = {}): MunicipalityInput {
  return {
    id,
    name: { en: id },
    region: { en: 'Somewhere in Ontario' },
    population: 1000,
    populationYear: 2021,
    frenchLanguageServices: false,
    portal: { en: `https://${id}.example/newcomers` },
    dateModified: '2026-01-01',
    ...overrides,
  };
}

export function testFeed(id: string, jurisdiction: Jurisdiction, extra: Partial<FeedInput> = {}) {
  return Feed.parse({
    schemaVersion: '1.0',
    generatedAt: '2026-11-01T00:00:00Z',
    publisher: testPublisher(id, jurisdiction),
    ...extra,
  });
}

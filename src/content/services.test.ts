import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './catalogue';
import { byTopic, servicesMatching, sharedServices } from './services';
import { testFeed, testItem } from './testing/builders';

const catalogue = buildCatalogue([
  testFeed('canada', 'federal', {
    items: [
      testItem('ca.sin', { topics: ['work'], responsible: { jurisdiction: 'federal', body: { en: 'Service Canada' } } }),
      testItem('ca.guide', { kind: 'guide', topics: ['work'] }),
      testItem('ca.settlement', {
        topics: ['rights-community'],
        responsible: { jurisdiction: 'federal', body: { en: 'IRCC' } },
        partners: [{ jurisdiction: 'community', body: { en: 'Settlement agencies' } }],
      }),
    ],
  }),
  testFeed('ontario', 'provincial', {
    items: [
      testItem('on.ohip', { topics: ['health'], responsible: { jurisdiction: 'provincial', body: { en: 'ServiceOntario' } } }),
    ],
  }),
]);

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('service directory', () => {
  it('lists tasks, not guides, and filters by topic and by responsible government', () => {
    const none = { topic: null, jurisdiction: null };
    expect(ids(servicesMatching(catalogue.items, none)).sort()).toEqual(['ca.settlement', 'ca.sin', 'on.ohip']);
    expect(ids(servicesMatching(catalogue.items, { ...none, topic: 'health' }))).toEqual(['on.ohip']);
    expect(ids(servicesMatching(catalogue.items, { ...none, jurisdiction: 'federal' })).sort()).toEqual(['ca.settlement', 'ca.sin']);
  });

  it('groups services under their first topic in the taxonomy order', () => {
    const groups = byTopic(servicesMatching(catalogue.items, { topic: null, jurisdiction: null }));
    expect(groups.map((group) => group.topic)).toEqual(['health', 'work', 'rights-community']);
  });

  it('finds the services another level of government or an agency takes part in', () => {
    expect(ids(sharedServices(catalogue.items))).toEqual(['ca.settlement']);
  });
});

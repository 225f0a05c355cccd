import { describe, expect, it } from 'vitest';
import { testFeed, testItem, testMunicipality, testOffice } from '../testing/builders';
import { compareFeeds, publishedFeedOf } from './changes';
import { fieldLabel } from './fieldLabel';

const library = { ...testOffice('ottawa', 'library'), id: 'ottawa.main-library' };
const published = testFeed('ottawa', 'municipal', {
  items: [
    testItem('ottawa.transit', { title: { en: 'Transit', fr: 'Transport' }, languages: ['en', 'fr'] }),
    testItem('ottawa.library'),
    testItem('ottawa.old'),
  ],
  offices: [library],
  municipalities: [testMunicipality('ottawa')],
});

describe('compareFeeds', () => {
  it('lists added, removed and changed entries, with the changed fields as the editor writes them', () => {
    const draft = testFeed('ottawa', 'municipal', {
      items: [
        testItem('ottawa.transit', {
          title: { en: 'Transit', fr: 'Transport en commun' },
          languages: ['en', 'fr'],
          dateModified: '2026-11-20',
        }),
        testItem('ottawa.library'),
        testItem('ottawa.new', { title: { en: 'New step' } }),
      ],
      offices: [library],
      municipalities: [testMunicipality('ottawa', { population: 1_100_000 })],
    });
    const changes = compareFeeds(published, draft);
    expect(changes.sections.items.added).toEqual([{ id: 'ottawa.new', label: { en: 'New step' } }]);
    expect(changes.sections.items.removed.map((entry) => entry.id)).toEqual(['ottawa.old']);
    expect(changes.sections.items.changed).toEqual([
      { id: 'ottawa.transit', label: { en: 'Transit', fr: 'Transport en commun' }, fields: ['title.fr', 'dateModified'] },
    ]);
    expect(changes.sections.items.unchanged).toBe(1);
    expect(changes.sections.offices).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
    expect(changes.sections.municipalities.changed[0]?.fields).toEqual(['population']);
    expect(changes.same).toBe(false);
  });

  it('finds nothing to say about a draft identical to what is published, whatever its generation time', () => {
    const copy = { ...structuredClone(published), generatedAt: '2026-12-01T00:00:00Z' };
    const changes = compareFeeds(published, copy);
    expect(changes.same).toBe(true);
    expect(changes.feed).toEqual([]);
  });

  it('reports publisher fields that change', () => {
    const draft = structuredClone(published);
    draft.publisher.name = { en: 'City of Ottawa', fr: 'Ville d’Ottawa' };
    expect(compareFeeds(published, draft).feed).toEqual(['publisher.name.en', 'publisher.name.fr']);
  });

  it('names array positions in brackets', () => {
    expect(fieldLabel(['channels', 0, 'url', 'en'])).toBe('channels[0].url.en');
    expect(fieldLabel(['topics', 1])).toBe('topics[1]');
  });
});

describe('publishedFeedOf', () => {
  it('finds the feed of the same publisher, or nothing', () => {
    const other = testFeed('ontario', 'provincial');
    expect(publishedFeedOf('ottawa', [other, published])).toBe(published);
    expect(publishedFeedOf('hamilton', [other, published])).toBeUndefined();
  });
});

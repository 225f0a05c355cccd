import { describe, expect, it } from 'vitest';
import { Item } from './item';
import { parseFeed } from './parseFeed';

const validItem = {
  id: 'test.sin',
  kind: 'task',
  title: { en: 'Apply for a Social Insurance Number', fr: 'Demander un numéro d’assurance sociale' },
  summary: { en: 'You need it to work.', fr: 'Il vous le faut pour travailler.' },
  body: { en: '<p>Apply soon.</p>', fr: '<p>Faites la demande bientôt.</p>' },
  topics: ['work'],
  stages: ['first-days'],
  responsible: { jurisdiction: 'federal', body: { en: 'Service Canada', fr: 'Service Canada' } },
  channels: [{ type: 'online', url: { en: 'https://www.canada.ca/en/employment-social-development/services/sin.html' } }],
  source: { en: 'https://www.canada.ca/en/employment-social-development/services/sin.html' },
  dateModified: '2026-06-18',
  languages: ['en', 'fr'],
};

const publisher = {
  id: 'test',
  name: { en: 'Test publisher' },
  jurisdiction: 'federal',
  licence: { name: { en: 'Open Government Licence – Canada' }, url: 'https://open.canada.ca/en/open-government-licence-canada' },
  attribution: { en: 'Contains information licensed under the Open Government Licence – Canada.' },
  homepage: { en: 'https://www.canada.ca/en.html' },
};

const feedWith = (items: unknown[]) => ({
  schemaVersion: '1.0',
  generatedAt: '2026-11-01T12:00:00Z',
  publisher,
  items,
});

function without<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

describe('Item schema', () => {
  it('accepts a valid item and fills in defaults', () => {
    const item = Item.parse(validItem);
    expect(item.dependsOn).toEqual([]);
    expect(item.audience).toEqual({ categories: [], requires: [] });
    expect(item.verify).toBe(false);
  });

  const required = [
    'id',
    'kind',
    'title',
    'summary',
    'body',
    'topics',
    'stages',
    'responsible',
    'channels',
    'source',
    'dateModified',
    'languages',
  ] as const;

  it.each(required)('rejects an item without %s, naming the field', (field) => {
    const { problems, feed } = parseFeed(feedWith([without(validItem, field)]));
    expect(feed?.items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.fields).toContain(`${field}: is required`);
    expect(problems[0]?.message).toContain(`${field}: is required`);
  });

  it('names the nested field that is wrong', () => {
    const bad = { ...validItem, channels: [{ type: 'fax' }], dateModified: '18/06/2026' };
    const { problems } = parseFeed(feedWith([bad]));
    expect(problems[0]?.fields).toEqual([
      expect.stringMatching(/^channels\[0\]\.type: /),
      'dateModified: must be a date written YYYY-MM-DD',
    ]);
  });

  it('rejects codes outside the taxonomy', () => {
    const { problems } = parseFeed(feedWith([{ ...validItem, topics: ['weather'] }]));
    expect(problems[0]?.fields[0]).toMatch(/^topics\[0\]: /);
  });
});

describe('parseFeed', () => {
  it('skips and reports one bad item and keeps the rest', () => {
    const second = { ...validItem, id: 'test.ohip' };
    const broken = { ...validItem, id: 'test.broken', title: {} };
    const { feed, problems } = parseFeed(feedWith([validItem, broken, second]));
    expect(feed?.items.map((item) => item.id)).toEqual(['test.sin', 'test.ohip']);
    expect(problems).toEqual([
      expect.objectContaining({
        section: 'items',
        index: 1,
        id: 'test.broken',
        message: 'items[1] "test.broken" skipped: title: needs text in at least one language',
      }),
    ]);
  });

  it('reports a repeated id and keeps the first', () => {
    const { feed, problems } = parseFeed(feedWith([validItem, { ...validItem, title: { en: 'Copy' } }]));
    expect(feed?.items).toHaveLength(1);
    expect(feed?.items[0]?.title.en).toBe(validItem.title.en);
    expect(problems[0]?.fields).toEqual(['id: "test.sin" is used by an earlier entry']);
  });

  it('rejects the whole feed when the envelope is unusable', () => {
    const { feed, problems } = parseFeed({ ...feedWith([validItem]), schemaVersion: '2.0', publisher: undefined });
    expect(feed).toBeNull();
    expect(problems[0]?.section).toBe('feed');
    expect(problems[0]?.fields).toEqual(
      expect.arrayContaining(['schemaVersion: must be a 1.x schema version', 'publisher: is required']),
    );
  });

  it('rejects input that is not a feed at all', () => {
    expect(parseFeed('<html>Service unavailable</html>').feed).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/content/parseFeed';
import { mockFeeds } from './feeds';

const parsed = Object.entries(mockFeeds).map(([portal, input]) => ({ portal, ...parseFeed(input) }));
const feeds = parsed.flatMap(({ feed }) => (feed ? [feed] : []));
const items = feeds.flatMap((feed) => feed.items);
const offices = feeds.flatMap((feed) => feed.offices);
const itemIds = new Set(items.map((item) => item.id));

describe('mock portal fixtures', () => {
  it.each(parsed)('$portal feed is valid with no problems', ({ feed, problems }) => {
    expect(problems.map((p) => p.message)).toEqual([]);
    expect(feed).not.toBeNull();
  });

  it('has at least 40 tasks and guides and 25 offices', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(offices.length).toBeGreaterThanOrEqual(25);
  });

  it('uses ids that are unique across all feeds', () => {
    const ids = [...items, ...offices].map((entry) => entry.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every item an English and a French title, summary and body', () => {
    const missing = items.filter((item) =>
      [item.title, item.summary, item.body].some((text) => !text.en || !text.fr),
    );
    expect(missing.map((item) => item.id)).toEqual([]);
  });

  it('refers only to items that exist', () => {
    const dangling = [
      ...items.flatMap((item) => item.dependsOn.filter((id) => !itemIds.has(id)).map((id) => `${item.id} -> ${id}`)),
      ...offices.flatMap((office) =>
        office.services.filter((id) => !itemIds.has(id)).map((id) => `${office.id} -> ${id}`),
      ),
    ];
    expect(dangling).toEqual([]);
  });

  it('covers every municipality it names', () => {
    const municipalityIds = new Set(feeds.flatMap((feed) => feed.municipalities.map((m) => m.id)));
    expect([...municipalityIds].sort()).toEqual(['greater-sudbury', 'hamilton', 'ottawa', 'toronto']);
    const unknown = [
      ...items.flatMap((item) => item.municipalities),
      ...offices.map((office) => office.municipality),
    ].filter((id) => !municipalityIds.has(id));
    expect(unknown).toEqual([]);
  });
});

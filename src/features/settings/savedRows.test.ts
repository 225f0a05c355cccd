import { describe, expect, it } from 'vitest';
import { buildCatalogue, type Catalogue } from '../../content/catalogue';
import { parseFeed } from '../../content/parseFeed';
import { mockFeeds } from '../../../mocks/data/feeds';
import { catalogueRows } from './savedRows';
import { catalogueJobId } from './saveJobs';

const feed = (id: keyof typeof mockFeeds) => {
  const parsed = parseFeed(mockFeeds[id]).feed;
  if (!parsed) throw new Error(`the ${id} mock feed does not parse`);
  return parsed;
};
const catalogueOf = (...ids: (keyof typeof mockFeeds)[]): Catalogue => buildCatalogue(ids.map(feed));
const saved = (place: string | null, catalogue: Catalogue, savedAt = Date.UTC(2026, 11, 1, 12)) => ({
  place,
  read: { value: catalogue, generatedAt: '2026-12-01T06:00:00Z' },
  savedAt,
});
const SNAPSHOT = { en: 'The snapshot', fr: 'L’instantané' };
const portals = [{ id: 'canada', kind: 'newcomer-feed' as const, url: '/c', timeoutMs: 1000, name: { en: 'Canada', fr: 'Canada' } }];

describe('what is saved, from a snapshot', () => {
  it('lists each publisher once, with its items counted once, however many places hold it', () => {
    const ottawa = catalogueOf('canada', 'ontario', 'ottawa');
    const toronto = catalogueOf('canada', 'ontario', 'toronto');
    const { rows } = catalogueRows(portals, [saved('ottawa', ottawa), saved('toronto', toronto)], {}, SNAPSHOT);
    expect(rows.map((row) => row.key)).toEqual(['canada', 'ontario', 'ottawa', 'toronto']);
    const canada = rows.find((row) => row.key === 'canada');
    expect(canada?.saved?.items).toBe(ottawa.items.filter((item) => item.publisher.id === 'canada').length);
    expect(canada?.saved?.items).toBeGreaterThan(0);
    expect(canada?.saved?.day).toBe('2026-12-01');
  });

  it('lists the portals in scope as not saved while nothing is', () => {
    const { rows, totalBytes } = catalogueRows(portals, [], {}, SNAPSHOT);
    expect(rows).toEqual([{ key: 'canada', name: portals[0]?.name }]);
    expect(totalBytes).toBe(0);
  });

  it('names a catalogue that could not be downloaded, with the copy kept from before', () => {
    const ottawa = catalogueOf('canada', 'ontario', 'ottawa');
    const { rows } = catalogueRows(portals, [saved('ottawa', ottawa)], { [catalogueJobId('ottawa')]: { reason: 'unreachable' } }, SNAPSHOT);
    const failed = rows.find((row) => row.failure);
    expect(failed).toMatchObject({ name: SNAPSHOT, failure: { reason: 'unreachable' }, saved: { items: ottawa.items.length, day: '2026-12-01' } });
  });
});

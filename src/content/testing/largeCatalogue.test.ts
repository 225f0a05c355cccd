import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../../mocks/data/feeds';
import { buildCatalogue } from '../catalogue';
import { buildJourney } from '../journey';
import { parseFeed } from '../parseFeed';
import { Profile, PROFILE_VERSION } from '../profile';
import { emptyProgress } from '../progress';
import { largeCatalogue, largeFeeds } from './largeCatalogue';

const COPIES = 20;
const mock = buildCatalogue(Object.values(mockFeeds).flatMap((input) => parseFeed(input).feed ?? []));

describe('largeFeeds', () => {
  it('validates every copy through the real schema', () => {
    const inputs = largeFeeds(COPIES);
    expect(inputs.map((input) => input.items?.length)).toEqual(
      Object.values(mockFeeds).map((input) => COPIES * (input.items?.length ?? 0)),
    );
    for (const input of inputs) {
      const { feed, problems } = parseFeed(input);
      expect(problems).toEqual([]);
      expect(feed?.items).toHaveLength(input.items?.length ?? 0);
      expect(feed?.offices).toHaveLength(input.offices?.length ?? 0);
    }
  });

  it('leaves one copy identical to the mock feeds', () => {
    expect(largeFeeds(1)).toEqual(Object.values(mockFeeds));
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => largeFeeds(0)).toThrow(/positive integer/);
    expect(() => largeFeeds(1.5)).toThrow(/positive integer/);
  });
});

describe('largeCatalogue', () => {
  const large = largeCatalogue(COPIES);

  it('is N times the mock catalogue once merged', () => {
    expect(large.items).toHaveLength(COPIES * mock.items.length);
    expect(large.offices).toHaveLength(COPIES * mock.offices.length);
    expect(large.municipalities).toEqual(mock.municipalities);
  });

  it('merges within a copy exactly as the mock catalogue does', () => {
    const merged = (items: typeof mock.items) => items.filter((item) => item.alsoFrom.length > 0).length;
    expect(merged(large.items)).toBe(COPIES * merged(mock.items));
  });

  it('keeps every dependency inside its own copy', () => {
    const copyOf = (id: string) => /\.copy(\d+)$/.exec(id)?.[1] ?? '0';
    const ids = new Set(large.items.map((item) => item.id));
    const dependencies = large.items.flatMap((item) => item.dependsOn.map((id) => [item.id, id] as const));
    expect(dependencies.length).toBe(COPIES * mock.items.flatMap((item) => item.dependsOn).length);
    for (const [from, to] of dependencies) {
      expect(ids.has(to), `${from} -> ${to}`).toBe(true);
      expect(copyOf(to)).toBe(copyOf(from));
    }
  });

  it('gives every copy of a city’s steps to someone settling there', () => {
    const profile = Profile.parse({ version: PROFILE_VERSION, municipality: 'ottawa' });
    const count = (items: typeof mock.items) =>
      buildJourney(items, profile, emptyProgress(), '2026-11-23').steps.filter((step) => step.item.publisher.id === 'ottawa')
        .length;
    expect(count(mock.items)).toBeGreaterThan(0);
    expect(count(large.items)).toBe(COPIES * count(mock.items));
  });
});

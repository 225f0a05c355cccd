import { describe, expect, it } from 'vitest';
import { fsaCentroid, fsaCentroidEntries, fsaCentroids } from './fsaCentroids';

// Ontario's extent, with a little margin for centroids of FSAs on the border.
const ONTARIO = { south: 41.6, north: 57, west: -95.2, east: -74.3 };

describe('Ontario FSA centroid table', () => {
  const table = fsaCentroids();

  it('covers every Ontario district, about 520 FSAs', () => {
    expect(table.size).toBeGreaterThanOrEqual(510);
    expect(new Set([...table.keys()].map((fsa) => fsa.charAt(0)))).toEqual(new Set(['K', 'L', 'M', 'N', 'P']));
  });

  it('has only well-formed Ontario FSAs', () => {
    const malformed = [...table.keys()].filter((fsa) => !/^[KLMNP]\d[A-Z]$/.test(fsa));
    expect(malformed).toEqual([]);
  });

  it('has no FSA twice', () => {
    // The map would silently keep the last duplicate, so count the table's entries instead.
    const entries = fsaCentroidEntries().map(([fsa]) => fsa);
    expect(entries.filter((fsa, i) => entries.indexOf(fsa) !== i)).toEqual([]);
    expect(entries.length).toBe(table.size);
  });

  it('puts every centroid inside Ontario', () => {
    const outside = [...table].filter(
      ([, { lat, lng }]) => lat < ONTARIO.south || lat > ONTARIO.north || lng < ONTARIO.west || lng > ONTARIO.east,
    );
    expect(outside).toEqual([]);
  });

  it.each([
    ['K1P', 'downtown Ottawa', { lat: 45.421, lng: -75.695 }],
    ['M5V', 'downtown Toronto', { lat: 43.638, lng: -79.404 }],
    ['L8P', 'downtown Hamilton', { lat: 43.252, lng: -79.894 }],
    ['P3E', 'south Sudbury', { lat: 46.28, lng: -80.879 }],
  ])('places %s (%s)', (fsa, _place, expected) => {
    expect(fsaCentroid(fsa)).toEqual(expected);
  });

  it('looks FSAs up whatever their case, and knows nothing outside Ontario', () => {
    expect(fsaCentroid('k1p')).toEqual(fsaCentroid('K1P'));
    expect(fsaCentroid('H2X')).toBeUndefined();
    expect(fsaCentroid('M5X')).toBeUndefined();
  });
});

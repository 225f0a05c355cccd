import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../../mocks/data/feeds';
import { buildCatalogue } from '../catalogue';
import { parseFeed } from '../parseFeed';
import { distanceKm, sortOfficesByDistance } from './distance';
import { parsePostalCode } from './postalCode';

const offices = buildCatalogue(Object.values(mockFeeds).flatMap((input) => parseFeed(input).feed ?? [])).offices;

function originOf(postalCode: string) {
  const parsed = parsePostalCode(postalCode);
  if (!parsed.ok) throw new Error(`${postalCode}: ${parsed.reason}`);
  return parsed.centroid;
}

describe('distanceKm', () => {
  it('measures known distances between city halls', () => {
    const ottawa = { lat: 45.4212, lng: -75.6903 };
    const toronto = { lat: 43.6534, lng: -79.3841 };
    expect(distanceKm(ottawa, toronto)).toBeCloseTo(352, -1);
    expect(distanceKm(toronto, ottawa)).toBeCloseTo(distanceKm(ottawa, toronto), 9);
    expect(distanceKm(ottawa, ottawa)).toBe(0);
  });
});

describe('sortOfficesByDistance', () => {
  const municipalitiesNearest = (postalCode: string) =>
    sortOfficesByDistance(offices, originOf(postalCode)).map((office) => office.municipality);
  const count = (municipality: string) => offices.filter((office) => office.municipality === municipality).length;

  it('lists every Ottawa office first for K1P 1J1', () => {
    expect(count('ottawa')).toBeGreaterThanOrEqual(5);
    expect(municipalitiesNearest('K1P 1J1').slice(0, count('ottawa'))).toEqual(Array(count('ottawa')).fill('ottawa'));
  });

  it('puts Toronto first for M5V 3L9', () => {
    expect(municipalitiesNearest('M5V 3L9').slice(0, count('toronto'))).toEqual(Array(count('toronto')).fill('toronto'));
  });

  it('puts Hamilton first for L8P 4R5', () => {
    expect(municipalitiesNearest('L8P 4R5').slice(0, count('hamilton'))).toEqual(Array(count('hamilton')).fill('hamilton'));
  });

  it('puts Greater Sudbury first for P3E 2C6', () => {
    expect(municipalitiesNearest('P3E 2C6').slice(0, count('greater-sudbury'))).toEqual(
      Array(count('greater-sudbury')).fill('greater-sudbury'),
    );
  });

  it('adds distances in ascending order without changing the offices', () => {
    const sorted = sortOfficesByDistance(offices, originOf('K1P'));
    const distances = sorted.map((office) => office.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(sorted[0]?.distanceKm).toBeLessThan(2);
    expect(sorted.map((office) => office.id).sort()).toEqual(offices.map((office) => office.id).sort());
    for (const office of offices) expect(sorted.find((sortedOffice) => sortedOffice.id === office.id)).toMatchObject(office);
  });

  it('keeps the input order of offices at the same distance', () => {
    const building = { lat: 45.4212, lng: -75.6903 };
    const nearby = [
      { id: 'far', coordinates: { lat: 45.5, lng: -75.7 } },
      { id: 'b', coordinates: building },
      { id: 'a', coordinates: building },
      { id: 'c', coordinates: building },
    ];
    expect(sortOfficesByDistance(nearby, building).map((office) => office.id)).toEqual(['b', 'a', 'c', 'far']);
  });
});

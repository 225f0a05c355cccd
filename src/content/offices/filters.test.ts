import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../../mocks/data/feeds';
import { buildCatalogue } from '../catalogue';
import { Office } from '../office';
import { parseFeed } from '../parseFeed';
import { testOffice } from '../testing/builders';
import { filterOffices, offersService, speaksLanguage } from './filters';

const offices = buildCatalogue(Object.values(mockFeeds).flatMap((input) => parseFeed(input).feed ?? [])).offices;
const ids = (list: readonly { id: string }[]) => list.map((office) => office.id);
// A Monday, 10:00 in Toronto.
const mondayMorning = new Date('2026-11-23T15:00:00Z');

describe('offersService', () => {
  it('matches the task ids an office serves', () => {
    const office = Office.parse(testOffice('ottawa', 'serviceontario', ['on.ohip']));
    expect(offersService(office, 'on.ohip')).toBe(true);
    expect(offersService(office, 'ca.sin')).toBe(false);
  });
});

describe('speaksLanguage', () => {
  const office = Office.parse({ ...testOffice('toronto', 'settlement-agency'), languages: ['en', 'zh-Hant', 'ar'] });

  it('matches on the primary language, whatever the region or script', () => {
    expect(speaksLanguage(office, 'ar')).toBe(true);
    expect(speaksLanguage(office, 'zh')).toBe(true);
    expect(speaksLanguage(office, 'en-CA')).toBe(true);
    expect(speaksLanguage(office, 'fr')).toBe(false);
    expect(speaksLanguage(office, 'zho')).toBe(false);
  });
});

describe('filterOffices on the mock offices', () => {
  it('keeps everything when no filter is set', () => {
    expect(filterOffices(offices, {})).toEqual(offices);
  });

  it('narrows by language', () => {
    const arabic = filterOffices(offices, { language: 'ar' });
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.length).toBeLessThan(offices.length);
    expect(arabic.every((office) => office.languages.includes('ar'))).toBe(true);
    expect(ids(arabic)).toContain('ottawa.office.ociso');
    expect(ids(arabic)).not.toContain('on.office.ottawa-st-laurent');
    expect(ids(filterOffices(offices, { language: 'fr' }))).toContain('on.office.ottawa-st-laurent');
  });

  it('narrows by service', () => {
    const sin = filterOffices(offices, { service: 'ca.sin' });
    expect(sin.length).toBeGreaterThan(0);
    expect(sin.every((office) => office.services.includes('ca.sin'))).toBe(true);
    expect(ids(sin)).not.toContain('ca.office.ottawa-passport');
  });

  it('keeps only offices stated to be wheelchair accessible, never unknown ones', () => {
    const accessible = filterOffices(offices, { wheelchairAccessible: true });
    expect(accessible.length).toBeGreaterThan(0);
    expect(accessible.every((office) => office.wheelchairAccessible === true)).toBe(true);
    // The passport office's feed says nothing about access.
    expect(ids(accessible)).not.toContain('ca.office.ottawa-passport');
    expect(filterOffices(offices, { wheelchairAccessible: false })).toEqual(offices);
  });

  it('keeps only offices open at the given moment', () => {
    expect(filterOffices(offices, { openAt: mondayMorning })).toHaveLength(offices.length);
    // Sunday 11:30 in Toronto: weekday-only offices are closed, Scarborough's ServiceOntario is open.
    const sunday = filterOffices(offices, { openAt: new Date('2026-11-29T16:30:00Z') });
    expect(sunday.length).toBeLessThan(offices.length);
    expect(ids(sunday)).toContain('on.office.scarborough-eglinton');
    expect(ids(sunday)).not.toContain('ottawa.office.city-hall');
  });

  it('combines filters', () => {
    const result = filterOffices(offices, { service: 'on.ohip', language: 'fr', wheelchairAccessible: true, openAt: mondayMorning });
    expect(result.length).toBeGreaterThan(0);
    expect(
      result.every(
        (office) => office.services.includes('on.ohip') && office.languages.includes('fr') && office.wheelchairAccessible,
      ),
    ).toBe(true);
  });
});

describe('mock offices', () => {
  it('state wheelchair access only where their accessibility text backs it', () => {
    const unsupported = offices.filter((office) => office.wheelchairAccessible !== undefined && !office.accessibility);
    expect(ids(unsupported)).toEqual([]);
  });
});

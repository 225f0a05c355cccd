import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../../../mocks/data/feeds';
import type { OfficeInput } from '../../office';
import { OFFICE_KINDS, type OfficeKind } from '../../taxonomy';
import { testFeed, testOffice } from '../../testing/builders';
import { contextFor } from '../buildContext';
import type { Notice } from '../notice';
import { checkOffices, officesNotices } from './offices';

type Hours = NonNullable<OfficeInput['hours']>;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const cityHallHours: Hours = [{ days: [...weekdays], opens: '08:30', closes: '16:30' }];

/** An Ottawa office (postal code K1P 1J1, a couple of kilometres from K1P's centre) open on weekdays. */
function office(overrides: Partial<OfficeInput> = {}, kind: OfficeKind = 'serviceontario'): OfficeInput {
  return { ...testOffice('ottawa', kind), hours: cityHallHours, ...overrides };
}

function run(...offices: OfficeInput[]): Notice[] {
  return checkOffices(contextFor(testFeed('ottawa', 'municipal', { offices })));
}

const withHours = (...hours: Hours) => run(office({ hours }));
const ofCode = (notices: Notice[], code: string) => notices.filter((notice) => notice.code === code);
const only = (notices: Notice[], code: string): Notice => {
  expect(notices.map((notice) => notice.code)).toEqual([code]);
  return notices[0] as Notice;
};

describe('office_hours_missing', () => {
  it.each(OFFICE_KINDS)('warns when a %s office lists no hours', (kind) => {
    const notice = only(run(office({ hours: [] }, kind)), 'office_hours_missing');
    expect(notice).toMatchObject({ severity: 'warning', path: '/offices/0/hours', id: expect.stringMatching(/^office-/) });
    expect(notice.message.en).toContain('People cannot tell when to come. Add `hours`');
    expect(notice.message.fr).toContain('Ajoutez `hours`');
  });

  it('also warns when `hours` is left out, and points at the right office', () => {
    const withoutHours: OfficeInput = office();
    delete withoutHours.hours;
    const notices = run(office(), withoutHours);
    expect(only(notices, 'office_hours_missing').path).toBe('/offices/1/hours');
  });

  it('is quiet when hours are given', () => {
    expect(run(office())).toEqual([]);
  });
});

describe('office_hours_closes_before_opens', () => {
  it('is an error on a range that closes before it opens, suggesting the swapped range', () => {
    const notices = withHours({ days: ['sat'], opens: '10:00', closes: '14:00' }, { days: [...weekdays], opens: '16:30', closes: '08:30' });
    const notice = only(notices, 'office_hours_closes_before_opens');
    expect(notice).toMatchObject({ severity: 'error', path: '/offices/0/hours/1', suggestion: '08:30–16:30' });
    expect(notice.message.en).toContain('closes at 08:30, before it opens at 16:30');
    expect(notice.message.fr).toContain('inscrivez 08:30 dans `opens` et 16:30 dans `closes`');
  });

  it('is an error when a range opens and closes at the same time, with nothing to suggest', () => {
    const notice = only(withHours({ days: ['mon'], opens: '09:00', closes: '09:00' }), 'office_hours_closes_before_opens');
    expect(notice.suggestion).toBeUndefined();
    expect(notice.message.en).toContain('opens and closes at the same time (09:00)');
  });

  it.each([
    ['an evening range that runs past midnight', '22:00', '02:00'],
    ['a range until midnight', '08:00', '00:00'],
    ['a range around the clock', '00:00', '00:00'],
    ['an ordinary day', '08:30', '16:30'],
  ])('accepts %s', (_, opens, closes) => {
    expect(withHours({ days: ['fri'], opens, closes })).toEqual([]);
  });
});

describe('office_hours_twelve_hour_clock', () => {
  it('is an error when a morning range closes "before" it opens, suggesting the afternoon time', () => {
    const notice = only(withHours({ days: [...weekdays], opens: '08:30', closes: '04:30' }), 'office_hours_twelve_hour_clock');
    expect(notice).toMatchObject({ severity: 'error', path: '/offices/0/hours/0/closes', suggestion: '16:30' });
    expect(notice.message.en).toContain('4:30 pm is written 16:30');
    expect(notice.message.fr).toContain('4\u00a0h\u00a030 de l’après-midi s’écrit 16:30');
  });

  it('catches a whole range written on a 12-hour clock, in the middle of the night', () => {
    const notice = only(withHours({ days: ['sun'], opens: '01:00', closes: '05:00' }), 'office_hours_twelve_hour_clock');
    expect(notice).toMatchObject({ path: '/offices/0/hours/0', suggestion: '13:00–17:00' });
    expect(notice.message.en).toContain('so 1:00 to 5:00 pm is written 13:00–17:00');
    expect(notice.message.fr).toContain('de 1\u00a0h à 5\u00a0h de l’après-midi, on écrit 13:00–17:00');
  });

  it('accepts early opening and afternoon closing times', () => {
    expect(withHours({ days: ['mon'], opens: '06:30', closes: '07:30' }, { days: ['tue'], opens: '08:30', closes: '12:30' })).toEqual([]);
  });
});

describe('office_hours_overlap', () => {
  it('warns when two ranges cover the same time on the same day, suggesting the joined range', () => {
    const notice = only(
      withHours({ days: ['mon'], opens: '08:30', closes: '12:00' }, { days: ['mon'], opens: '11:00', closes: '16:00' }),
      'office_hours_overlap',
    );
    expect(notice).toMatchObject({ severity: 'warning', path: '/offices/0/hours/1', suggestion: '08:30–16:00' });
    expect(notice.message.en).toMatch(/^On Monday, `hours\[0\]` \(08:30–12:00\) and `hours\[1\]` \(11:00–16:00\) overlap/);
    expect(notice.message.fr).toMatch(/^Le lundi, les plages/);
  });

  it('names only the shared days, and suggests nothing when the ranges cover different days', () => {
    const notice = only(
      withHours({ days: ['mon', 'tue', 'wed'], opens: '08:30', closes: '12:00' }, { days: ['wed', 'tue'], opens: '09:00', closes: '16:00' }),
      'office_hours_overlap',
    );
    expect(notice.message.en).toContain('On Tuesday and Wednesday,');
    expect(notice.message.fr).toContain('Le mardi et le mercredi,');
    expect(notice.suggestion).toBeUndefined();
  });

  it('counts the hours past midnight on the next day', () => {
    const notice = only(
      withHours({ days: ['fri'], opens: '20:00', closes: '02:00' }, { days: ['sat'], opens: '00:00', closes: '03:00' }),
      'office_hours_overlap',
    );
    expect(notice.message.en).toContain('On Saturday,');
  });

  it('accepts ranges that meet without overlapping, or overlap on different days', () => {
    expect(
      withHours(
        { days: ['mon'], opens: '08:30', closes: '12:00' },
        { days: ['mon'], opens: '12:00', closes: '16:00' },
        { days: ['tue'], opens: '11:00', closes: '16:00' },
      ),
    ).toEqual([]);
  });

  it('reports a range that repeats another once, as a repeat, not again as overlapping', () => {
    const morning = { days: ['mon' as const], opens: '08:30', closes: '12:00' };
    const late = { days: ['mon' as const], opens: '11:00', closes: '16:00' };
    const notices = withHours(morning, late, { ...late });
    expect(notices.map((notice) => [notice.code, notice.path])).toEqual([
      ['office_hours_overlap', '/offices/0/hours/1'],
      ['office_hours_duplicate_day', '/offices/0/hours/2'],
    ]);
  });

  it('leaves out ranges already reported as wrong', () => {
    const notices = withHours({ days: ['mon'], opens: '08:30', closes: '04:30' }, { days: ['mon'], opens: '09:00', closes: '12:00' });
    expect(notices.map((notice) => notice.code)).toEqual(['office_hours_twelve_hour_clock']);
  });
});

describe('office_hours_duplicate_day', () => {
  it('warns when one range lists a day twice, suggesting the list without repeats', () => {
    const notice = only(withHours({ days: ['mon', 'tue', 'mon'], opens: '08:30', closes: '16:30' }), 'office_hours_duplicate_day');
    expect(notice).toMatchObject({ severity: 'warning', path: '/offices/0/hours/0/days', suggestion: '["mon","tue"]' });
    expect(notice.message.en).toBe('`hours[0].days` lists Monday more than once. List each day once.');
  });

  it('asks to remove a range that repeats another one', () => {
    const range = { days: ['mon' as const], opens: '08:30', closes: '16:30' };
    const notice = only(withHours(range, { ...range }), 'office_hours_duplicate_day');
    expect(notice).toMatchObject({ path: '/offices/0/hours/1' });
    expect(notice.suggestion).toBeUndefined();
    expect(notice.message.en).toContain('Remove `hours[1]`: it repeats `hours[0]`.');
    expect(notice.message.fr).toContain('Supprimez `hours[1]`, qui répète `hours[0]`.');
  });

  it('asks to remove the repeated days from an identical range that also has other days', () => {
    const notice = only(
      withHours({ days: ['mon', 'tue'], opens: '08:30', closes: '16:30' }, { days: ['tue', 'wed'], opens: '08:30', closes: '16:30' }),
      'office_hours_duplicate_day',
    );
    expect(notice).toMatchObject({ path: '/offices/0/hours/1/days', suggestion: '["wed"]' });
    expect(notice.message.en).toContain('Tuesday is listed in both `hours[0]` and `hours[1]`, with the same hours (08:30–16:30)');
  });

  it('accepts the same times on different days', () => {
    expect(withHours({ days: ['mon'], opens: '08:30', closes: '16:30' }, { days: ['wed'], opens: '08:30', closes: '16:30' })).toEqual([]);
  });
});

describe('office_coordinates_outside_ontario', () => {
  it.each([
    ['south of Lake Erie', { lat: 41.3, lng: -81.7 }],
    ['in Quebec, east of Ontario', { lat: 45.5, lng: -74.1 }],
    ['in Manitoba', { lat: 50, lng: -95.5 }],
  ])('is an error for a point %s', (_, coordinates) => {
    const notice = only(run(office({ coordinates })), 'office_coordinates_outside_ontario');
    expect(notice).toMatchObject({ severity: 'error', path: '/offices/0/coordinates' });
    expect(notice.message.en).toContain('is outside Ontario');
    expect(notice.message.en).toContain('The postal area K1P of the address is centred at about {"lat":45.421,"lng":-75.695}');
    expect(notice.suggestion).toBeUndefined();
  });

  it('accepts the southernmost and easternmost places of Ontario', () => {
    const pelee = { address: { street: '1 North Shore Road', city: 'Pelee', province: 'ON', postalCode: 'N0R 1M0' }, coordinates: { lat: 41.77, lng: -82.68 } };
    const cornwall = { address: { street: '1 Pitt Street', city: 'Cornwall', province: 'ON', postalCode: 'K6H 1A1' }, coordinates: { lat: 45.02, lng: -74.73 } };
    expect(run(office(pelee), office(cornwall))).toEqual([]);
  });
});

describe('office_coordinates_far_from_postal_code', () => {
  it('warns when the point is in another city than the postal code, with the centroid only as a hint', () => {
    const notice = only(run(office({ coordinates: { lat: 43.6532, lng: -79.3832 } })), 'office_coordinates_far_from_postal_code');
    expect(notice).toMatchObject({ severity: 'warning', path: '/offices/0/coordinates' });
    expect(notice.message.en).toMatch(/^The map point is 35\d km from the postal area K1P\. Check `coordinates` or `address.postalCode`\./);
    expect(notice.message.en).toContain('K1P is centred at about {"lat":45.421,"lng":-75.695}');
    expect(notice.message.en).toMatch(/nearest the map point is M5[A-Z]\./);
    expect(notice.suggestion).toBeUndefined();
  });

  it('says which coordinate is off when only one is', () => {
    const notice = only(run(office({ coordinates: { lat: 45.42, lng: -79.7 } })), 'office_coordinates_far_from_postal_code');
    expect(notice.message.en).toContain('The longitude (`coordinates.lng`) is the one that seems off.');
    expect(notice.message.fr).toContain('C’est la longitude');
  });

  it('allows 25 km in a city postal area', () => {
    expect(run(office({ coordinates: { lat: 45.57, lng: -75.695 } }))).toEqual([]);
    expect(ofCode(run(office({ coordinates: { lat: 45.7, lng: -75.695 } })), 'office_coordinates_far_from_postal_code')).toHaveLength(1);
  });

  it('allows more in rural and northern postal areas', () => {
    const rural = { address: { street: '1 Rural Road', city: 'Ottawa', province: 'ON', postalCode: 'K0A 1A0' }, coordinates: { lat: 45.0, lng: -75.2 } };
    const sudbury = { address: { street: '19 Lisgar Street', city: 'Sudbury', province: 'ON', postalCode: 'P3E 3L4' }, coordinates: { lat: 46.75, lng: -80.9 } };
    expect(run(office(rural), office(sudbury))).toEqual([]);
  });

  it('does not measure from a postal area the table lacks', () => {
    const businessOnly = { address: { street: '1 First Canadian Place', city: 'Toronto', province: 'ON', postalCode: 'M5X 1A1' }, coordinates: { lat: 45.4, lng: -75.7 } };
    expect(run(office(businessOnly))).toEqual([]);
  });
});

describe('office_postal_code_not_ontario', () => {
  it('warns when an Ontario address has another province’s postal code', () => {
    const address = { street: '25 Laurier Street', city: 'Ottawa', province: 'ON', postalCode: 'J8X 3X7' };
    const notice = only(run(office({ address })), 'office_postal_code_not_ontario');
    expect(notice).toMatchObject({ severity: 'warning', path: '/offices/0/address/postalCode' });
    expect(notice.message.en).toContain('The postal code J8X 3X7 is from Quebec');
    expect(notice.message.fr).toContain('est un code du Québec');
  });

  it('is quiet for an Ontario postal code, or when the province is not Ontario either', () => {
    const gatineau = { street: '25 Laurier Street', city: 'Gatineau', province: 'QC', postalCode: 'J8X 3X7' };
    expect(run(office())).toEqual([]);
    expect(ofCode(run(office({ address: gatineau })), 'office_postal_code_not_ontario')).toEqual([]);
  });
});

describe('office_province_not_ontario', () => {
  it('is info for an office in another province, with nothing to suggest', () => {
    const address = { street: '25 Laurier Street', city: 'Gatineau', province: 'QC', postalCode: 'J8X 3X7' };
    const notice = only(run(office({ address })), 'office_province_not_ontario');
    expect(notice).toMatchObject({ severity: 'info', path: '/offices/0/address/province' });
    expect(notice.suggestion).toBeUndefined();
    expect(notice.message.en).toContain('`address.province` is "QC", not ON.');
  });

  it('suggests ON when the province is a typo of it or the postal code is from Ontario', () => {
    const address = (province: string) => ({ street: '110 Laurier Avenue West', city: 'Ottawa', province, postalCode: 'K1P 1J1' });
    expect(run(office({ address: address('On') })).map((notice) => notice.suggestion)).toEqual(['ON']);
    expect(run(office({ address: address('QC') })).map((notice) => notice.suggestion)).toEqual(['ON']);
  });

  it('is quiet for ON', () => {
    expect(ofCode(run(office()), 'office_province_not_ontario')).toEqual([]);
  });
});

describe('office notices', () => {
  it('define every code once, and nothing in the mock feeds triggers them', () => {
    const codes = officesNotices.map((notice) => notice.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const feed of Object.values(mockFeeds)) expect(checkOffices(contextFor(feed))).toEqual([]);
  });

  it('put a non-breaking space before French : ; ! ?', () => {
    const notices = run(
      office({ hours: [{ days: ['mon'], opens: '08:30', closes: '04:30' }, { days: ['sun'], opens: '01:00', closes: '05:00' }] }),
      office({ coordinates: { lat: 41.3, lng: -81.7 } }),
      office({ address: { street: '1 Rue', city: 'Ottawa', province: 'ON', postalCode: 'J8X 3X7' } }),
      office({ address: { street: '1 Rue', city: 'Ottawa', province: 'QC', postalCode: 'K1P 1J1' } }),
    );
    expect(notices).toHaveLength(5);
    for (const { message } of notices) expect(message.fr).not.toMatch(/ [:;!?]/);
    for (const definition of officesNotices) expect(definition.description.fr).not.toMatch(/ [:;!?]/);
  });
});

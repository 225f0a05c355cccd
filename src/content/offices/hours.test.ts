import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Office } from '../office';
import { isOpenAt, todayInToronto, torontoClock } from './hours';

type Hours = Pick<Office, 'hours'>;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
// Ottawa City Hall's client service centre in the mock feed.
const cityHall: Hours = { hours: [{ days: [...weekdays], opens: '08:30', closes: '16:30' }] };
const weekendLate: Hours = {
  hours: [
    { days: ['sat'], opens: '09:00', closes: '17:00' },
    { days: ['sun'], opens: '11:00', closes: '17:00' },
  ],
};

// 2026-11-23 is a Monday; Toronto is on EST (UTC−5) then and on EDT (UTC−4) in July.
const mondayAt = (torontoTime: string) => new Date(`2026-11-23T${torontoTime}:00-05:00`);

describe('torontoClock and todayInToronto', () => {
  it('reads the Toronto wall clock, not UTC', () => {
    expect(torontoClock(new Date('2026-11-23T15:00:00Z'))).toEqual({ weekday: 'mon', minutes: 10 * 60 });
    // 03:00 UTC on Tuesday is still Monday evening in Toronto.
    expect(todayInToronto(new Date('2026-11-24T03:00:00Z'))).toBe('mon');
    expect(torontoClock(new Date('2026-11-24T05:00:00Z'))).toEqual({ weekday: 'tue', minutes: 0 });
  });

  it('follows daylight saving time', () => {
    expect(torontoClock(new Date('2026-07-06T12:45:00Z'))).toEqual({ weekday: 'mon', minutes: 8 * 60 + 45 });
  });
});

describe('isOpenAt', () => {
  it('is open from opening time up to, not including, closing time', () => {
    expect(isOpenAt(cityHall, mondayAt('08:29'))).toBe(false);
    expect(isOpenAt(cityHall, mondayAt('08:30'))).toBe(true);
    expect(isOpenAt(cityHall, mondayAt('16:29'))).toBe(true);
    expect(isOpenAt(cityHall, mondayAt('16:30'))).toBe(false);
  });

  it('is closed on days the office does not list', () => {
    expect(isOpenAt(cityHall, new Date('2026-11-28T12:00:00-05:00'))).toBe(false);
    expect(isOpenAt(weekendLate, new Date('2026-11-28T12:00:00-05:00'))).toBe(true);
    expect(isOpenAt(weekendLate, new Date('2026-11-29T10:30:00-05:00'))).toBe(false);
    expect(isOpenAt(weekendLate, new Date('2026-11-29T11:00:00-05:00'))).toBe(true);
  });

  it('uses summer time in summer', () => {
    // 12:45 UTC is 08:45 EDT (open); a fixed UTC−5 offset would make it 07:45 (closed).
    expect(isOpenAt(cityHall, new Date('2026-07-06T12:45:00Z'))).toBe(true);
  });

  it('says nothing is open when no hours are published', () => {
    expect(isOpenAt({ hours: [] }, mondayAt('12:00'))).toBe(false);
  });

  it('handles hours that run past midnight', () => {
    const lateNight: Hours = { hours: [{ days: ['fri'], opens: '22:00', closes: '02:00' }] };
    expect(isOpenAt(lateNight, new Date('2026-11-27T23:00:00-05:00'))).toBe(true);
    expect(isOpenAt(lateNight, new Date('2026-11-28T01:59:00-05:00'))).toBe(true);
    expect(isOpenAt(lateNight, new Date('2026-11-28T02:00:00-05:00'))).toBe(false);
    expect(isOpenAt(lateNight, new Date('2026-11-26T23:00:00-05:00'))).toBe(false);
  });

  describe('on a device set to another time zone', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it.each([
      ['Asia/Tokyo', 0],
      ['Pacific/Kiritimati', 5],
      ['America/Los_Angeles', 7],
      ['UTC', 15],
    ])('judges by Toronto time in %s', (zone, deviceHour) => {
      vi.stubEnv('TZ', zone);
      // 10:00 Monday in Toronto; checking the device clock first proves the zone really changed.
      const moment = mondayAt('10:00');
      expect(moment.getHours()).toBe(deviceHour);
      expect(isOpenAt(cityHall, moment)).toBe(true);
      expect(todayInToronto(moment)).toBe('mon');
      // 20:00 Monday in Toronto is Tuesday morning in Asia, when a local-clock check would say open.
      expect(isOpenAt(cityHall, mondayAt('20:00'))).toBe(false);
    });
  });
});

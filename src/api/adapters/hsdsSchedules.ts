import type { z } from 'zod';
import type { OpeningHours } from '../../content/office';
import { WEEKDAYS, type Weekday } from '../../content/taxonomy';

/*
 * HSDS schedules are RFC 5545 recurrence rules broken into fields (`freq`, `interval`, `byday`,
 * `opens_at`, `closes_at`…). Our offices hold plain weekly hours in Ontario time, so only the
 * plainest rule is read: every week, on named days, from one time to another. Anything that
 * narrows or shifts it (every other week, the first Monday, week numbers, a count, a time zone
 * other than Ontario's) is not read, since showing it as weekly hours would send people to a
 * closed door.
 */

type Hours = z.infer<typeof OpeningHours>;
type Fields = Record<string, unknown>;

const ICAL_DAYS: Record<string, Weekday> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };

// Eastern Standard and Daylight time: a time written with either offset is Ontario's own clock.
const ONTARIO_OFFSETS = new Set(['-05:00', '-0500', '-05', '-04:00', '-0400', '-04']);
const ONTARIO_TIMEZONE_FIELD = new Set([-5, -4]);

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function own(record: Fields, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent, null and blank are the same to a reader: nothing was said. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** "09:00", "9:00:00", "09:00-04:00" → "09:00"; null for other zones and anything else. */
export function ontarioTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = TIME.exec(value.trim());
  if (!match) return null;
  const [, hours = '', minutes = '', , zone] = match;
  if (zone !== undefined && !ONTARIO_OFFSETS.has(zone)) return null;
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${minutes}`;
}

/** "MO,TU" → ['mon', 'tue']; null when a day is unknown or numbered ("1MO" is monthly). */
function weekdays(value: unknown): Weekday[] | null {
  if (typeof value !== 'string') return null;
  const days = new Set<Weekday>();
  for (const part of value.split(',')) {
    const code = part.trim().toUpperCase();
    if (code === '') continue;
    const day = Object.hasOwn(ICAL_DAYS, code) ? ICAL_DAYS[code] : undefined;
    if (!day) return null;
    days.add(day);
  }
  return WEEKDAYS.filter((day) => days.has(day));
}

/** The YYYY-MM-DD part of a date field, or null when the field is there but not a date. */
function datePart(value: unknown): string | null | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'string') return null;
  return /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim())?.[1] ?? null;
}

type Reading = { kind: 'hours'; hours: Hours } | { kind: 'not-current' } | { kind: 'unreadable' };

/** Whether the rule applies on `asOf`: outside valid_from…valid_to (or after `until`) it does not. */
function currency(schedule: Fields, asOf: string): Reading | null {
  const from = datePart(own(schedule, 'valid_from'));
  const to = datePart(own(schedule, 'valid_to'));
  const until = datePart(own(schedule, 'until'));
  if (from === null || to === null || until === null) return { kind: 'unreadable' };
  if ((from && from > asOf) || (to && to < asOf) || (until && until < asOf)) return { kind: 'not-current' };
  return null;
}

/** Fields that make a weekly rule anything other than "every week on these days". */
function narrowsTheWeek(schedule: Fields): boolean {
  const interval = own(schedule, 'interval');
  if (!isBlank(interval) && Number(interval) !== 1) return true;
  const timezone = own(schedule, 'timezone');
  if (!isBlank(timezone) && !ONTARIO_TIMEZONE_FIELD.has(Number(timezone))) return true;
  return ['count', 'byweekno', 'bymonthday', 'byyearday'].some((key) => !isBlank(own(schedule, key)));
}

function readSchedule(schedule: unknown, asOf: string): Reading {
  if (!isFields(schedule)) return { kind: 'unreadable' };
  const notNow = currency(schedule, asOf);
  if (notNow) return notNow;
  const freq = own(schedule, 'freq');
  if (typeof freq !== 'string' || freq.trim().toUpperCase() !== 'WEEKLY' || narrowsTheWeek(schedule)) {
    return { kind: 'unreadable' };
  }
  const days = weekdays(own(schedule, 'byday'));
  const opens = ontarioTime(own(schedule, 'opens_at'));
  const closes = ontarioTime(own(schedule, 'closes_at'));
  // A range that ends before it starts is overnight or a slip; neither is weekly office hours.
  if (!days || days.length === 0 || !opens || !closes || opens >= closes) return { kind: 'unreadable' };
  return { kind: 'hours', hours: { days, opens, closes } };
}

function overlaps(hours: Hours[]): boolean {
  return WEEKDAYS.some((day) => {
    const ranges = hours.filter((h) => h.days.includes(day)).sort((a, b) => a.opens.localeCompare(b.opens));
    return ranges.some((range, i) => i > 0 && range.opens < (ranges[i - 1]?.closes ?? ''));
  });
}

/**
 * The weekly hours a list of HSDS schedules gives, or null when it gives none or any current
 * rule cannot be read safely: part of a week would read as closed on the other days.
 * Rules that are over or not yet in force on `asOf` (YYYY-MM-DD) are left aside.
 */
export function weeklyHours(schedules: unknown, asOf: string): Hours[] | null {
  if (!Array.isArray(schedules)) return null;
  const hours: Hours[] = [];
  const seen = new Set<string>();
  for (const schedule of schedules) {
    const reading = readSchedule(schedule, asOf);
    if (reading.kind === 'unreadable') return null;
    if (reading.kind === 'not-current') continue;
    const key = JSON.stringify(reading.hours);
    if (!seen.has(key)) hours.push(reading.hours);
    seen.add(key);
  }
  return hours.length === 0 || overlaps(hours) ? null : hours;
}

const ICAL_BY_WEEKDAY = Object.fromEntries(Object.entries(ICAL_DAYS).map(([code, day]) => [day, code])) as Record<Weekday, string>;

/** Our weekly hours as the HSDS schedule fields that say the same, for the export. */
export function scheduleFields(hours: Hours): { freq: 'WEEKLY'; wkst: 'MO'; interval: 1; byday: string; opens_at: string; closes_at: string } {
  return {
    freq: 'WEEKLY',
    wkst: 'MO',
    interval: 1,
    byday: hours.days.map((day) => ICAL_BY_WEEKDAY[day]).join(','),
    opens_at: hours.opens,
    closes_at: hours.closes,
  };
}

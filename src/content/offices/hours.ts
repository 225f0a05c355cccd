import type { Office } from '../office';
import { WEEKDAYS, type Weekday } from '../taxonomy';

/**
 * Office hours in feeds are Ontario wall-clock times. A newcomer often checks them from a phone
 * still set to another country's time zone, so "open now" must be judged in Toronto time, never
 * in the device's.
 */
export const ONTARIO_TIME_ZONE = 'America/Toronto';

let formatter: Intl.DateTimeFormat | undefined;

function torontoFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ONTARIO_TIME_ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return formatter;
}

const WEEKDAY_BY_SHORT_NAME: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/** The weekday and minutes since midnight that a Toronto clock shows at `moment`. */
export function torontoClock(moment: Date): { weekday: Weekday; minutes: number } {
  const parts = torontoFormatter().formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAY_BY_SHORT_NAME[part('weekday')];
  if (!weekday) throw new Error(`Unexpected weekday "${part('weekday')}" from Intl.DateTimeFormat`);
  // Some engines still write midnight as "24" despite hourCycle h23.
  const hour = Number(part('hour')) % 24;
  return { weekday, minutes: hour * 60 + Number(part('minute')) };
}

/** The day it is in Ontario at `moment`, so the UI can highlight today's hours. */
export function todayInToronto(moment: Date = new Date()): Weekday {
  return torontoClock(moment).weekday;
}

/** Minutes since midnight of an HH:MM time. Nothing is checked: the schema has refused any other form. */
export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function previousDay(day: Weekday): Weekday {
  const index = WEEKDAYS.indexOf(day);
  return WEEKDAYS[(index + WEEKDAYS.length - 1) % WEEKDAYS.length] ?? day;
}

/**
 * Whether the office's published hours have it open at `moment`, in Ontario time. Hours that
 * close at or before they open run past midnight (22:00–02:00, or 08:00–00:00 for "until
 * midnight"). An office with no published hours is never "open now": we cannot say it is.
 * Holidays are not in the feed, so a statutory holiday looks like an ordinary day.
 */
export function isOpenAt(office: Pick<Office, 'hours'>, moment: Date): boolean {
  const { weekday, minutes } = torontoClock(moment);
  const yesterday = previousDay(weekday);
  return office.hours.some(({ days, opens, closes }) => {
    const open = toMinutes(opens);
    const close = toMinutes(closes);
    if (close > open) return days.includes(weekday) && minutes >= open && minutes < close;
    return (days.includes(weekday) && minutes >= open) || (days.includes(yesterday) && minutes < close);
  });
}

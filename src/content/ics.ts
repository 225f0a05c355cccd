/**
 * A calendar file (iCalendar, RFC 5545) of all-day events, written by hand: the format is a few
 * lines, and a library would weigh more than the whole feature.
 */
export interface CalendarEvent {
  /** Stable per event, so importing the file again updates events instead of repeating them. */
  uid: string;
  /** The day, written YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
}

export interface CalendarOptions {
  calendarName: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

/**
 * Folds a content line (RFC 5545 §3.1) so no physical line exceeds 75 octets of UTF-8. Each
 * continuation begins with a space, which counts; a character is never split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function parseDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`date: "${date}" must be a date written YYYY-MM-DD`);
  }
  return day;
}

/** 2026-07-15 → 20260715 */
const dateValue = (day: Date) => day.toISOString().slice(0, 10).replace(/-/g, '');

/** 2026-07-15T14:30:05.123Z → 20260715T143005Z */
const dateTimeValue = (moment: Date) => `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const day = parseDate(event.date);
  const next = new Date(day.getTime() + 24 * 60 * 60 * 1000);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}@no-wrong-door`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(day)}`,
    // All-day events end, exclusively, on the next day.
    `DTEND;VALUE=DATE:${dateValue(next)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URL is a URI value, not TEXT: it is written as is, minus anything that would break the line.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  lines.push('END:VEVENT');
  return lines;
}

export function buildIcs(events: CalendarEvent[], options: CalendarOptions): string {
  const stamp = dateTimeValue(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//No Wrong Door//Settlement plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

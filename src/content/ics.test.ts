import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from './ics';

const now = new Date('2026-11-02T15:30:45.678Z');
const octets = (line: string) => new TextEncoder().encode(line).length;
/** RFC 5545 §3.1: a line break followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
/** A line that starts or ends inside a character does not survive a trip through UTF-8. */
const wholeCharacters = (line: string) => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line)) === line;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

function property(ics: string, name: string): string[] {
  return unfold(ics)
    .split('\r\n')
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

describe('buildIcs', () => {
  it('writes a calendar with one all-day event per step', () => {
    const ics = buildIcs(
      [
        { uid: 'ca.sin', date: '2026-09-29', summary: 'Apply for a SIN', description: 'At Service Canada', url: 'https://www.canada.ca/sin' },
        { uid: 'on.ohip', date: '2026-10-01', summary: 'Apply for OHIP' },
      ],
      { calendarName: 'My settlement plan', now },
    );
    expect(physicalLines(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//No Wrong Door//Settlement plan//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:My settlement plan',
      'BEGIN:VEVENT',
      'UID:ca.sin@no-wrong-door',
      'DTSTAMP:20261102T153045Z',
      'DTSTART;VALUE=DATE:20260929',
      'DTEND;VALUE=DATE:20260930',
      'SUMMARY:Apply for a SIN',
      'DESCRIPTION:At Service Canada',
      'URL:https://www.canada.ca/sin',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:on.ohip@no-wrong-door',
      'DTSTAMP:20261102T153045Z',
      'DTSTART;VALUE=DATE:20261001',
      'DTEND;VALUE=DATE:20261002',
      'SUMMARY:Apply for OHIP',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('ends every line, the last included, with CRLF and never a bare LF or CR', () => {
    const ics = buildIcs([{ uid: 'a', date: '2026-01-01', summary: 'One\nTwo\r\nThree\rFour' }], { calendarName: 'Plan', now });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['the end of a month', '2026-09-30', '20261001'],
    ['the end of a year', '2026-12-31', '20270101'],
    ['a leap day', '2028-02-28', '20280229'],
    ['the day clocks change', '2026-11-01', '20261102'],
  ])('ends an all-day event the next day across %s', (_, date, end) => {
    const ics = buildIcs([{ uid: 'a', date, summary: 'Step' }], { calendarName: 'Plan', now });
    expect(property(ics, 'DTSTART')).toEqual([`DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`]);
    expect(property(ics, 'DTEND')).toEqual([`DTEND;VALUE=DATE:${end}`]);
  });

  it.each(['2026-02-30', '2026-9-1', '01/09/2026', ''])('refuses the impossible date "%s"', (date) => {
    expect(() => buildIcs([{ uid: 'a', date, summary: 'Step' }], { calendarName: 'Plan', now })).toThrow(RangeError);
  });

  it('escapes text in the summary, description and calendar name', () => {
    const ics = buildIcs(
      [{ uid: 'a', date: '2026-01-01', summary: 'SIN; OHIP, and C:\\docs', description: 'Bring:\n- passport\n- PR card' }],
      { calendarName: 'Plan, mine; 2026', now },
    );
    expect(property(ics, 'SUMMARY')).toEqual(['SUMMARY:SIN\\; OHIP\\, and C:\\\\docs']);
    expect(property(ics, 'DESCRIPTION')).toEqual(['DESCRIPTION:Bring:\\n- passport\\n- PR card']);
    expect(property(ics, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:Plan\\, mine\\; 2026']);
  });

  it('folds a long French summary at 75 octets without splitting an accented letter', () => {
    const summary =
      'Demander votre numéro d’assurance sociale (NAS) à Service Canada — présentez-vous à un Centre Service Canada près de chez vous, avec vos pièces d’identité : passeport, confirmation de résidence permanente, éléments probants…';
    const ics = buildIcs([{ uid: 'ca.sin', date: '2026-09-29', summary }], { calendarName: 'Mon plan d’établissement', now });

    const lines = physicalLines(ics);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    const summaryLines = lines.slice(lines.findIndex((line) => line.startsWith('SUMMARY:')));
    expect(summaryLines[1]?.startsWith(' ')).toBe(true);
    // Folding used the room it had: only the last line of the summary is short.
    expect(octets(summaryLines[0] ?? '')).toBeGreaterThanOrEqual(73);
    // No line starts or ends inside a character: each decodes to itself.
    expect(lines.filter((line) => !wholeCharacters(line))).toEqual([]);

    expect(property(ics, 'SUMMARY')).toEqual([`SUMMARY:${escapeText(summary)}`]);
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds the 76th', () => {
    const exact = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine(`${exact}b`)).toBe(`${exact}\r\n b`);
  });

  it('moves a two-byte letter whole to the next line rather than split it', () => {
    const line = `SUMMARY:${'a'.repeat(66)}é`; // 74 + 2 octets
    expect(foldLine(line)).toBe(`SUMMARY:${'a'.repeat(66)}\r\n é`);
  });

  it('keeps four-byte characters whole', () => {
    const line = `SUMMARY:${'🇨🇦'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => octets(part) <= 75 && wholeCharacters(part))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });
});

import { WEEKDAYS, type Weekday } from '../../content/taxonomy';

// Formatting with the browser's own Intl: no library, and every UI language for free.

/** "Monday" / "lundi": 2024-01-01 was a Monday. */
export function weekdayName(day: Weekday, lang: string): string {
  const date = Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day));
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "8:30 a.m." / "8 h 30" from a feed's "08:30". */
export function clockTime(time: string, lang: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(`${lang}-CA`, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(1970, 0, 1, hours, minutes),
  );
}

/** "Arabic" / "arabe" for "ar"; the code itself when the browser does not know it. */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function kilometres(value: number, lang: string): string {
  return new Intl.NumberFormat(`${lang}-CA`, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

import type { UiLanguage } from '../../i18n/languages';

// Intl writes "1 octobre"; French writes the first of the month as an ordinal, "1er octobre".
const firstOfMonth = (text: string, lang: UiLanguage) => (lang === 'fr' ? text.replace(/^1 /, '1er ') : text);

/** A calendar day (YYYY-MM-DD) in words: "July 15, 2026", "15 juillet 2026". */
export function formatDay(date: string, lang: UiLanguage): string {
  const day = new Date(`${date}T00:00:00Z`);
  return firstOfMonth(new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(day), lang);
}

/** A moment in the person's own time zone, with the time. */
export function formatMoment(iso: string, lang: UiLanguage): string {
  return firstOfMonth(new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)), lang);
}

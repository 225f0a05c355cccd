/**
 * UI languages. English and French are official and complete; others may be added with a
 * locale folder and an entry here. `dir` comes from i18next, so right-to-left needs no code.
 */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/** The name of each language in itself, for the language toggle. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', fr: 'Français' };

export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return UI_LANGUAGES.includes(value as UiLanguage);
}

export function languageFromPath(pathname: string): UiLanguage | undefined {
  const first = pathname.split('/')[1];
  return isUiLanguage(first) ? first : undefined;
}

/** The browser's first official-language preference, for a visitor who arrives at "/". */
export function preferredLanguage(languages: readonly string[]): UiLanguage {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The same page in another language: only the language segment of the path changes. */
export function pathInLanguage(pathname: string, search: string, lang: UiLanguage): string {
  const rest = languageFromPath(pathname) ? pathname.split('/').slice(2).join('/') : '';
  return `/${lang}${rest ? `/${rest}` : ''}${search}`;
}

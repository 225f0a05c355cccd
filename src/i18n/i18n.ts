import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, type UiLanguage } from './languages';

let markStarted: () => void = () => undefined;
/** Settles once i18next has started: a page's own namespace can only be asked for after. */
export const i18nStarted = new Promise<void>((resolve) => (markStarted = resolve));

/** Starts i18next in the page's language; other languages load only when someone switches. */
export async function startI18n(lang: UiLanguage): Promise<typeof i18next> {
  await i18next
    .use(resourcesToBackend((language: string, namespace: string) => import(`./locales/${language}/${namespace}.json`)))
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...UI_LANGUAGES],
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  markStarted();
  return i18next;
}

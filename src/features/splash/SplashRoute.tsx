import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, UI_LANGUAGES, preferredLanguage, type UiLanguage } from '../../i18n/languages';
import { paths } from '../../shared/routes';
import { useWindowTitle } from '../../shared/ui/usePageTitle';
import './splash.css';

/**
 * The address `/`, as canada.ca has it: the site's name and a door in each UI language, every
 * text in its own language. The browser's preferred language is suggested, never imposed: a
 * person reading another's phone, or a library computer, chooses.
 */
const subscribeToLanguages = (onChange: () => void) => {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};
const browserLanguage = (): UiLanguage => preferredLanguage(navigator.languages);

export function SplashRoute() {
  const { i18n } = useTranslation();
  // Known only in the browser: a prerendered page suggests nothing (its server snapshot), so a
  // person whose browser prefers another language is not told the wrong one before the app runs.
  const suggested = useSyncExternalStore(subscribeToLanguages, browserLanguage, () => null);
  useWindowTitle(UI_LANGUAGES.map((lang) => i18n.getFixedT(lang, 'common')('site.name')).join(' – '));
  useEffect(() => {
    document.documentElement.lang = UI_LANGUAGES[0];
    document.documentElement.dir = 'ltr';
  }, [i18n]);
  const texts = UI_LANGUAGES.map((lang) => ({ lang, t: i18n.getFixedT(lang, 'common') }));

  return (
    <main id="main" className="splash">
      <div className="splash-panel">
        <h1 className="splash-name">
          {texts.map(({ lang, t }, i) => (
            <span key={lang} lang={lang}>
              {t('site.name')}
              {/* Heard as two names, not one run together. */}
              {i < texts.length - 1 && ' '}
            </span>
          ))}
        </h1>
        <nav aria-label={texts.map(({ t }) => t('site.splashTitle')).join(' / ')}>
          <ul className="splash-languages">
            {texts.map(({ lang, t }) => (
              <li key={lang}>
                <a href={paths.home(lang)} lang={lang} hrefLang={lang} className="splash-door" data-suggested={lang === suggested || undefined}>
                  {LANGUAGE_NAMES[lang]}
                  {lang === suggested && (
                    <span className="visually-hidden" data-browser-only="">
                      {' '}
                      ({t('site.suggested')})
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {texts.map(({ lang, t }) => (
          <p key={lang} lang={lang} className="splash-note">
            {t('site.notGovernment')}
          </p>
        ))}
      </div>
    </main>
  );
}

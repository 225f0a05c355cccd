import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LANGUAGE_NAMES, UI_LANGUAGES, pathInLanguage } from '../i18n/languages';
import { useLang } from '../shared/useLang';

/** Links to this same page in the other official language(s), as on Canada.ca. */
export function LanguageToggle() {
  const { i18n } = useTranslation();
  const lang = useLang();
  const { pathname, search } = useLocation();
  return (
    <ul className="language-toggle">
      {UI_LANGUAGES.filter((other) => other !== lang).map((other) => (
        <li key={other}>
          <Link
            to={pathInLanguage(pathname, search, other)}
            lang={other}
            hrefLang={other}
            // Fetch the strings before the click lands, so the switch shows no mixed languages.
            onPointerEnter={() => void i18n.loadLanguages(other)}
            onFocus={() => void i18n.loadLanguages(other)}
          >
            {LANGUAGE_NAMES[other]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../shared/routes';
import { useLang } from '../shared/useLang';
import { LanguageToggle } from './LanguageToggle';
import { SearchBox } from './SearchBox';

export function Header() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('site.skipToMain')}
      </a>
      <div className="site-header-inner">
        <Link className="site-name" to={paths.home(lang)}>
          {t('site.name')}
          <span className="site-tagline">{t('site.tagline')}</span>
        </Link>
        <div className="site-header-links">
          <nav aria-label={t('nav.mainNav')}>
            <Link className="header-link" to={paths.journey(lang)}>
              {t('nav.myPlan')}
            </Link>
          </nav>
          <nav aria-label={t('site.languageNav')}>
            <LanguageToggle />
          </nav>
        </div>
        <SearchBox />
      </div>
    </header>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLang } from '../shared/useLang';

export function Footer() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname, search } = useLocation();
  const reporting = pathname.endsWith('/report');
  return (
    <footer className="site-footer">
      {!reporting && (
        <div className="report-problem">
          <Link to={`/${lang}/report?page=${encodeURIComponent(pathname + search)}`}>{t('footer.reportProblem')}</Link>
        </div>
      )}
      <div className="site-footer-main">
        <div className="site-footer-inner">
          <p>{t('footer.about')}</p>
          <p>
            <Link className="footer-link" to={`/${lang}/settings`}>
              {t('footer.settings')}
            </Link>
          </p>
          <p>
            <Link className="footer-link" to={`/${lang}/preview`}>
              {t('footer.publishers')}
            </Link>
          </p>
          <p>{t('footer.privacy')}</p>
        </div>
      </div>
    </footer>
  );
}

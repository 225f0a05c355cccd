import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../shared/routes';
import { useLang } from '../shared/useLang';

export function Footer() {
  const { t } = useTranslation();
  const lang = useLang();
  // Only the path: a query string can hold what the person typed (see reportedPage).
  const { pathname } = useLocation();
  const reporting = pathname.endsWith('/report');
  return (
    <footer className="site-footer">
      {!reporting && (
        <div className="report-problem">
          <Link to={paths.report(lang, { page: pathname })}>{t('footer.reportProblem')}</Link>
        </div>
      )}
      <div className="site-footer-main">
        <div className="site-footer-inner">
          {/* The site looks official; it says plainly that it is not. */}
          <p>
            <strong>{t('site.notGovernment')}</strong> {t('footer.about')}
          </p>
          <p>
            <Link className="footer-link" to={paths.settings(lang)}>
              {t('footer.settings')}
            </Link>
          </p>
          <p>
            <Link className="footer-link" to={paths.preview(lang)}>
              {t('footer.publishers')}
            </Link>
          </p>
          <p>{t('footer.privacy')}</p>
        </div>
      </div>
    </footer>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLocalize } from '../ui/Text';
import { paths } from '../routes';
import { useLang } from '../useLang';
import { previewStore, type PreviewMode } from './draftStore';

/**
 * On every page while a publisher previews a draft: says that what is shown is not published,
 * and offers the way out and the way back to the report.
 */
export function PreviewBanner({ mode }: { mode: PreviewMode }) {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const localize = useLocalize();
  const { pathname } = useLocation();
  const onReport = pathname.replace(/\/$/, '') === paths.preview(lang);

  function leave() {
    void previewStore.leave();
    // The banner and its button go away: keyboard and screen reader users carry on in the page.
    document.getElementById('main')?.focus();
  }

  return (
    <section className="preview-banner" aria-label={t('banner.label')}>
      <div className="preview-banner-inner">
        <p>
          <strong>{t('banner.title')}</strong> {t('banner.body', { publisher: localize(mode.publisher.name) })}
        </p>
        <div className="preview-banner-actions">
          <button type="button" onClick={leave}>
            {t('banner.leave')}
          </button>
          {!onReport && <Link to={paths.preview(lang)}>{t('banner.back')}</Link>}
        </div>
      </div>
    </section>
  );
}

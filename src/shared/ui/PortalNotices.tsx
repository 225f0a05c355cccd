import { useTranslation } from 'react-i18next';
import type { PortalData } from '../portals/portalQueries';
import { useLocalize } from './Text';

/**
 * Says which portals could not be reached or sent entries that were skipped, while the
 * content of the others stays on the page.
 */
export function PortalNotices({ data }: { data: Omit<PortalData, 'catalogue'> }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  if (data.configError) {
    return (
      <div className="notice notice-error" role="alert">
        <h2>{t('portals.configErrorTitle')}</h2>
        <p>{t('portals.configError')}</p>
      </div>
    );
  }
  const skipped = data.problems.reduce((sum, entry) => sum + entry.problems.length, 0);
  return (
    <>
      {data.stale.length > 0 && (
        <div className="notice notice-warning" role="status">
          <ul>
            {data.stale.map(({ portal, fetchedAt }) => (
              <li key={portal.id}>{t('portals.staleShown', { name: localize(portal.name), date: fetchedAt })}</li>
            ))}
          </ul>
        </div>
      )}
      {data.failures.length > 0 && (
        <div className="notice notice-warning" role="alert">
          <h2>{t('portals.failedTitle', { count: data.failures.length })}</h2>
          <ul>
            {data.failures.map(({ portal }) => (
              <li key={portal.id}>{t('portals.failed', { name: localize(portal.name) })}</li>
            ))}
          </ul>
          <p>{t('portals.othersShown')}</p>
        </div>
      )}
      {skipped > 0 && (
        <div className="notice notice-info" role="status">
          <p>
            {t('portals.skipped', {
              count: skipped,
              names: data.problems.map(({ portal }) => localize(portal.name)).join(', '),
            })}
          </p>
        </div>
      )}
      {/* The line keeps its place while content loads, so the page below it does not jump. */}
      <p className="content-as-of" aria-hidden={data.contentAsOf ? undefined : true}>
        {data.contentAsOf ? t('connectivity.contentAsOf', { date: data.contentAsOf }) : '\u00a0'}
      </p>
    </>
  );
}

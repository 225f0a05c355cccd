import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import { Text } from '../../shared/ui/Text';
import { localDay, storedSize } from './format';
import { useFormat } from './useFormat';
import type { SaveFailure } from './useSaveForOffline';

interface SavedSummaryProps {
  portals: readonly PortalConfig[];
  /** What the query cache holds for each portal, in the same order. */
  contents: readonly (PortalContent | undefined)[];
  /** Portals the latest save could not download. */
  failed: Record<string, SaveFailure>;
}

export function SavedSummary({ portals, contents, failed }: SavedSummaryProps) {
  const { t } = useTranslation('settings');
  const { number, size } = useFormat();
  const headingId = useId();
  const saved = contents.filter((content) => content !== undefined);
  const total = saved.reduce((sum, content) => sum + storedSize(content), 0);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.title')}</h2>
      {saved.length === 0 && <p>{t('summary.nothing')}</p>}
      <ul className="saved-portals">
        {portals.map((portal, i) => {
          const content = contents[i];
          const failure = failed[portal.id];
          const day = content && localDay(content.fetchedAt);
          return (
            <li key={portal.id} className={failure ? 'saved-portal saved-portal-failed' : 'saved-portal'}>
              <Text as="h3" value={content?.feed.publisher.name ?? portal.name} />
              {content ? (
                <p className="saved-counts">
                  <span className="nowrap">{t('counts.items', { count: content.feed.items.length, value: number(content.feed.items.length) })}</span>
                  <span aria-hidden="true"> · </span>
                  <span className="nowrap">{t('counts.offices', { count: content.feed.offices.length, value: number(content.feed.offices.length) })}</span>
                  <span aria-hidden="true"> · </span>
                  <span className="nowrap">
                    {t('summary.savedOn')} <time dateTime={day}>{day}</time>
                  </span>
                </p>
              ) : (
                !failure && <p className="saved-counts">{t('summary.notSaved')}</p>
              )}
              {content && content.problems.length > 0 && (
                <p className="saved-note">{t('summary.skipped', { count: content.problems.length, value: number(content.problems.length) })}</p>
              )}
              {failure && (
                <p className="saved-error">
                  <strong>{t('failure.title')}</strong>{' '}
                  {t(`failure.${failure.reason}`, { status: failure.status })}{' '}
                  {day ? t('failure.kept', { date: day }) : t('failure.notSaved')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {saved.length > 0 && <p className="saved-total">{t('summary.total', { size: size(total) })}</p>}
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../content/localized';
import { Text } from '../../shared/ui/Text';
import { useFormat } from './useFormat';
import type { SaveFailure } from './useSaveForOffline';

/** One line of "What is saved": a publisher's content, or a download that failed. */
export interface SavedRow {
  key: string;
  name: LocalizedText;
  saved?: {
    items: number;
    offices: number;
    /** The day it was saved, YYYY-MM-DD. */
    day: string;
    /** Entries left out because they were incomplete. */
    skipped: number;
  };
  /** Why the latest save could not download it. */
  failure?: SaveFailure;
}

interface SavedSummaryProps {
  rows: readonly SavedRow[];
  /** About how much room what is saved takes, in bytes. */
  totalBytes: number;
}

export function SavedSummary({ rows, totalBytes }: SavedSummaryProps) {
  const { t } = useTranslation('settings');
  const { number, size } = useFormat();
  const headingId = useId();
  const anySaved = rows.some((row) => row.saved);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.title')}</h2>
      {!anySaved && <p>{t('summary.nothing')}</p>}
      <ul className="saved-portals">
        {rows.map(({ key, name, saved, failure }) => (
          <li key={key} className={failure ? 'saved-portal saved-portal-failed' : 'saved-portal'}>
            <Text as="h3" value={name} />
            {saved ? (
              <p className="saved-counts">
                <span className="nowrap">{t('counts.items', { count: saved.items, value: number(saved.items) })}</span>
                <span aria-hidden="true"> · </span>
                <span className="nowrap">{t('counts.offices', { count: saved.offices, value: number(saved.offices) })}</span>
                <span aria-hidden="true"> · </span>
                <span className="nowrap">
                  {t('summary.savedOn')} <time dateTime={saved.day}>{saved.day}</time>
                </span>
              </p>
            ) : (
              !failure && <p className="saved-counts">{t('summary.notSaved')}</p>
            )}
            {saved && saved.skipped > 0 && <p className="saved-note">{t('summary.skipped', { count: saved.skipped, value: number(saved.skipped) })}</p>}
            {failure && (
              <p className="saved-error">
                <strong>{t('failure.title')}</strong> {t(`failure.${failure.reason}`, { status: failure.status })}{' '}
                {saved ? t('failure.kept', { date: saved.day }) : t('failure.notSaved')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {anySaved && <p className="saved-total">{t('summary.total', { size: size(totalBytes) })}</p>}
    </section>
  );
}

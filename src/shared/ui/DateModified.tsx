import { useTranslation } from 'react-i18next';

/** The "Date modified: YYYY-MM-DD" line that ends government content pages. */
export function DateModified({ date }: { date: string }) {
  const { t } = useTranslation();
  return (
    <dl className="date-modified">
      <dt>{t('page.dateModified')}</dt>
      <dd>
        <time dateTime={date}>{date}</time>
      </dd>
    </dl>
  );
}

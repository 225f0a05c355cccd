import { useTranslation } from 'react-i18next';
import { useLocalize } from '../ui/Text';
import type { NewsData } from './newsQueries';

/** What could not be read, in plain words: saved news shown with their date, or nothing to show. */
export function NewsNotices({ news }: { news: NewsData }) {
  const { t } = useTranslation('news');
  const localize = useLocalize();
  const messages = [
    ...news.saved.map(({ name, savedOn }) =>
      name ? t('saved', { name: localize(name), date: savedOn }) : t('savedAll', { date: savedOn }),
    ),
    ...news.failed.map(({ name, reason }) => {
      const key = reason === 'empty' ? 'empty' : 'failed';
      return name ? t(key, { name: localize(name) }) : t(`${key}All`);
    }),
  ];
  if (messages.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

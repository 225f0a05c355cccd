import { useTranslation } from 'react-i18next';
import type { NewsEntry } from '../../api/newsEntry';
import type { Publisher } from '../../content/publisher';
import { Text } from '../ui/Text';

/** The words and licence each publisher of the shown news asks re-users to show, once per publisher. */
export function NewsAttribution({ entries, publishers }: { entries: readonly NewsEntry[]; publishers: Record<string, Publisher> }) {
  const { t } = useTranslation('news');
  // Two sources of one publisher (its news in two feeds) credit it once.
  const shown = new Map<string, Publisher>();
  for (const entry of entries) {
    const publisher = publishers[entry.publisher];
    if (publisher && !shown.has(publisher.id)) shown.set(publisher.id, publisher);
  }
  return (
    <>
      {[...shown].map(([id, publisher]) => (
        <p key={id} className="attribution news-attribution">
          <Text value={publisher.attribution} /> {t('licence')}{' '}
          <a href={publisher.licence.url}>
            <Text value={publisher.licence.name} />
          </a>
        </p>
      ))}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { Feed } from '../../content/feed';
import { Text } from '../../shared/ui/Text';
import { CHANGE_SECTIONS, compareFeeds, publishedFeedOf, type EntryRef } from '../../content/validation/changes';

function EntryList({ title, entries, fields }: { title: string; entries: EntryRef[]; fields?: (id: string) => string[] }) {
  const { t } = useTranslation('preview');
  if (entries.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="change-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Text value={entry.label} /> (<code>{entry.id}</code>)
            {fields && (
              <>
                {' '}
                {t('changes.fields')}{' '}
                {fields(entry.id).map((field, i) => (
                  <span key={field}>
                    {i > 0 && ', '}
                    <code>{field}</code>
                  </span>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What publishing the draft would add, remove and change, against the feed published now. */
export function ChangesView({ feed, published }: { feed: Feed; published: Feed[] }) {
  const { t } = useTranslation('preview');
  const current = publishedFeedOf(feed.publisher.id, published);
  if (!current) {
    return (
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t('changes.title')}</h2>
        <p>{t('changes.nothingPublished', { id: feed.publisher.id })}</p>
      </section>
    );
  }
  const changes = compareFeeds(current, feed);
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      <p>{t('changes.comparedWith', { date: current.generatedAt.slice(0, 10) })}</p>
      {changes.same && <p className="notice notice-info">{t('changes.same')}</p>}
      {changes.feed.length > 0 && (
        <p>
          {t('changes.feedFields')}{' '}
          {changes.feed.map((field, i) => (
            <span key={field}>
              {i > 0 && ', '}
              <code>{field}</code>
            </span>
          ))}
        </p>
      )}
      {!changes.same &&
        CHANGE_SECTIONS.map((section) => {
          const { added, removed, changed, unchanged } = changes.sections[section];
          const fields = new Map(changed.map((entry) => [entry.id, entry.fields]));
          return (
            <section key={section} aria-labelledby={`changes-${section}`}>
              <h3 id={`changes-${section}`}>{t(`changes.sections.${section}`)}</h3>
              <p>
                {t('changes.counts', {
                  added: added.length,
                  removed: removed.length,
                  changed: changed.length,
                  unchanged,
                })}
              </p>
              <EntryList title={t('changes.added')} entries={added} />
              <EntryList title={t('changes.removed')} entries={removed} />
              <EntryList title={t('changes.changed')} entries={changed} fields={(id) => fields.get(id) ?? []} />
            </section>
          );
        })}
    </section>
  );
}

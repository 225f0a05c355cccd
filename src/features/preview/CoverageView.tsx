import { useTranslation } from 'react-i18next';
import type { Feed } from '../../content/feed';
import { Text, useLocalize } from '../../shared/ui/Text';
import { coverageOf, type CoverageRow } from './coverage';

function CoverageTable<K extends string>({ caption, heading, rows, label }: {
  caption: string;
  heading: string;
  rows: CoverageRow<K>[];
  label: (key: K) => string;
}) {
  const { t } = useTranslation('preview');
  return (
    <div className="table-scroll">
      <table className="coverage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">{t('coverage.local')}</th>
            <th scope="col">{t('coverage.broader')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.local === 0 ? 'gap' : undefined}>
              <th scope="row">{label(row.key)}</th>
              <td>{row.local === 0 ? <strong className="gap-label">{t('coverage.none')}</strong> : row.local}</td>
              <td>{row.broader}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Where the draft adds local steps beside the federal and provincial ones, and which local
 * services it lists: the gaps stand out.
 */
export function CoverageView({ feed, published }: { feed: Feed; published: Feed[] }) {
  const { t } = useTranslation('preview');
  const localize = useLocalize();
  const coverage = coverageOf(feed, published);
  const places = coverage.municipalities.map((municipality) => localize(municipality.name)).join(', ');
  const empty = feed.items.length === 0 && feed.offices.length === 0;
  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">{places ? t('coverage.titleFor', { places }) : t('coverage.title')}</h2>
      {empty ? (
        <p>{t('coverage.noEntries')}</p>
      ) : (
        <>
          <p>{t('coverage.intro')}</p>
          <CoverageTable
            caption={t('coverage.byStage')}
            heading={t('coverage.stage')}
            rows={coverage.stages}
            label={(stage) => t(`stage.${stage}`, { ns: 'common' })}
          />
          <CoverageTable
            caption={t('coverage.byTopic')}
            heading={t('coverage.topic')}
            rows={coverage.topics}
            label={(topic) => t(`topic.${topic}.label`, { ns: 'common' })}
          />
          <h3>{t('coverage.kinds')}</h3>
          <p>{t('coverage.kindsIntro')}</p>
          <ul className="kind-list">
            {coverage.kinds.map(({ kind, entries, fromOthers }) => (
              <li key={kind} className={entries.length ? 'covered' : 'missing'}>
                <strong>{t(`coverage.kind.${kind}`)}</strong>
                {t('coverage.separator')}
                {entries.length ? t('coverage.covered', { count: entries.length }) : t('coverage.missing')}
                {fromOthers > 0 && <> {t('coverage.fromOthers', { count: fromOthers })}</>}
                {entries.length > 0 && (
                  <ul>
                    {entries.map((entry) => (
                      <li key={entry.id}>
                        <Text value={entry.label} /> (<code>{entry.id}</code>)
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

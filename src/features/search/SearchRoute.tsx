import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { search, type ItemHit, type OfficeHit } from '../../content/search/search';
import { buildSearchIndex, type SearchKind } from '../../content/search/searchIndex';
import { usePortalData } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { useLocalize } from '../../shared/ui/Text';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { Highlighted } from './Highlighted';
import { TellUsWhatYouWanted } from './TellUsWhatYouWanted';
import './search.css';

/**
 * Search results, computed on the device from the saved content, so it works offline. Both
 * official languages are searched; results show in the page's language.
 */
export function SearchRoute() {
  const { t } = useTranslation('search');
  const lang = useLang();
  const localize = useLocalize();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const data = usePortalData();
  usePageTitle(query ? t('titleFor', { query }) : t('title'));

  // One index per catalogue: it is rebuilt only when new content arrives.
  const index = useMemo(() => buildSearchIndex(data.catalogue), [data.catalogue]);
  const results = useMemo(() => (query ? search(index, query, { lang: lang === 'fr' ? 'fr' : 'en' }) : null), [index, query, lang]);
  const total = results ? results.counts.task + results.counts.guide + results.counts.office : 0;

  const group = (kind: SearchKind, hits: { id: string; terms: string[]; to: string; title: string; detail: string }[]) =>
    hits.length > 0 && (
      <section aria-labelledby={`results-${kind}`}>
        <h2 id={`results-${kind}`}>{t(`group.${kind}`, { count: results?.counts[kind] ?? 0 })}</h2>
        <ul className="search-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <Link to={hit.to}>
                <Highlighted text={hit.title} terms={hit.terms} />
              </Link>
              <p>
                <Highlighted text={hit.detail} terms={hit.terms} />
              </p>
            </li>
          ))}
        </ul>
      </section>
    );
  const items = (hits: ItemHit[]) =>
    hits.map((hit) => ({ ...hit, to: paths.task(lang, hit.id), title: localize(hit.title), detail: localize(hit.summary) }));
  const offices = (hits: OfficeHit[]) =>
    hits.map((hit) => ({ ...hit, to: paths.offices(lang, { office: hit.id }), title: localize(hit.title), detail: hit.address }));

  return (
    <>
      <h1>{query ? t('titleFor', { query }) : t('title')}</h1>
      <PortalNotices data={data} />
      {!query && <p>{t('empty')}</p>}
      {query && data.loading && total === 0 && <Loading />}
      {results && !data.loading && (
        <p role="status" className="result-count">
          {t('count', { count: total, query })}
        </p>
      )}
      {results && !results.matchedAllTerms && total > 0 && <p className="notice notice-info">{t('someWords')}</p>}
      {results && (
        <>
          {group('task', items(results.groups.task))}
          {group('guide', items(results.groups.guide))}
          {group('office', offices(results.groups.office))}
        </>
      )}
      {results && !data.loading && total === 0 && (
        <>
          <p>{t('noneHint')}</p>
          <TellUsWhatYouWanted key={query} query={query} />
        </>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewsAttribution } from '../../shared/news/NewsAttribution';
import { NewsList } from '../../shared/news/NewsList';
import { NewsNotices } from '../../shared/news/NewsNotices';
import { useNews } from '../../shared/news/newsQueries';
import { DateModified } from '../../shared/ui/DateModified';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

/** What's new: the news of the configured news sources, newest first, each linking to its page. */
export function NewsRoute() {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const news = useNews(lang);
  usePageTitle(t('title'));
  const newest = news.entries[0];

  return (
    <>
      <nav aria-label={tc('breadcrumb.label')} className="breadcrumb">
        <ol>
          <li>
            <Link to={paths.home(lang)}>{tc('breadcrumb.home')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <NewsNotices news={news} />
      {news.loading && !newest && <Loading />}
      {!news.loading && !newest && news.failed.length === 0 && <p>{t('none')}</p>}
      {newest && (
        <>
          <NewsList entries={news.entries} heading="h2" teasers />
          <footer className="provenance">
            <NewsAttribution entries={news.entries} publishers={news.publishers} />
            {/* The list changes when news is published: its newest news dates it. */}
            <DateModified date={newest.publishedOn} />
          </footer>
        </>
      )}
    </>
  );
}

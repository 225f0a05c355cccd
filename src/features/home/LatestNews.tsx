import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewsAttribution } from '../../shared/news/NewsAttribution';
import { NewsList } from '../../shared/news/NewsList';
import { NewsNotices } from '../../shared/news/NewsNotices';
import { useNews } from '../../shared/news/newsQueries';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

const LATEST = 3;

/**
 * The three latest news, below the rest of the home page: on a page the app draws itself, the
 * section appears once the news have arrived, without moving what is above it.
 */
export function LatestNews() {
  // The home page loads these strings with its code (src/app/router.tsx), so this never waits.
  const { t, ready } = useTranslation('news', { useSuspense: false });
  const lang = useLang();
  const news = useNews(lang);
  const latest = news.entries.slice(0, LATEST);
  if (!ready || (latest.length === 0 && news.failed.length === 0)) return null;

  return (
    <section aria-labelledby="news-heading" className="home-news">
      <h2 id="news-heading">{t('title')}</h2>
      <NewsNotices news={news} />
      {latest.length > 0 && (
        <>
          <NewsList entries={latest} heading="h3" />
          <NewsAttribution entries={latest} publishers={news.publishers} />
        </>
      )}
      <p>
        <Link to={paths.news(lang)}>{t('all')}</Link>
      </p>
    </section>
  );
}

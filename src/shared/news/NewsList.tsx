import type { NewsEntry } from '../../api/newsEntry';
import { useLang } from '../useLang';
import './news.css';

interface NewsListProps {
  entries: readonly NewsEntry[];
  /** The level under the section or page heading that holds the list. */
  heading: 'h2' | 'h3';
  /** The publisher's short teaser under each title, where the page has room for it. */
  teasers?: boolean;
}

/** News titles linking to the publisher's page, each with the day it was published. */
export function NewsList({ entries, heading: Heading, teasers = false }: NewsListProps) {
  const lang = useLang();
  return (
    <ul className="news-list">
      {entries.map((entry) => (
        // A source that does not publish in the page's language shows its own, marked for screen readers.
        <li key={entry.id} className="news-item" lang={entry.lang === lang ? undefined : entry.lang}>
          <Heading className="news-title">
            <a href={entry.url}>{entry.title}</a>
          </Heading>
          <p className="news-date">
            <time dateTime={entry.publishedOn}>{entry.publishedOn}</time>
          </p>
          {teasers && entry.summary && <p className="news-summary">{entry.summary}</p>}
        </li>
      ))}
    </ul>
  );
}

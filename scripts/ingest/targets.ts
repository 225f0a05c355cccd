import { newsUrls, type IngestOnlySourceConfig, type NewsSourceConfig, type PortalConfig, type PortalsFile } from '../../src/api/portalConfig';

export type NewsLang = 'en' | 'fr';

/** A source read as a feed: one the app reads too, or one only the ingest may (211). */
export type FeedSource = PortalConfig | IngestOnlySourceConfig;

/** One thing the ingest reads: a feed source, or one language of a news source. */
export type Target =
  | { key: string; type: 'feed'; source: FeedSource }
  | { key: string; type: 'news'; source: NewsSourceConfig; lang: NewsLang; url: string }
  | { key: string; type: 'unreadable'; source: NewsSourceConfig; lang: string; reason: string };

const isNewsLang = (lang: string): lang is NewsLang => lang === 'en' || lang === 'fr';

/**
 * Every enabled source as what is fetched: a feed once, news once per language. Its key names it
 * in the state and the report ("ircc-news.fr"); source ids hold no dot, so keys never collide.
 */
export function ingestTargets(config: PortalsFile): Target[] {
  const feeds = [...config.portals, ...config.ingestOnly].map((source): Target => ({ key: source.id, type: 'feed', source }));
  const news = config.news.flatMap((source) =>
    newsUrls(source).map(({ lang, url }): Target => {
      const key = `${source.id}.${lang}`;
      if (!isNewsLang(lang)) return { key, type: 'unreadable', source, lang, reason: `${source.kind} publishes in English and French only, not "${lang}"` };
      return { key, type: 'news', source, lang, url };
    }),
  );
  return [...feeds, ...news];
}

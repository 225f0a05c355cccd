import { fromGcNews } from '../../api/adapters/gcNews';
import { fetchPortalText } from '../../api/fetchPortal';
import { newsUrls, type NewsSourceConfig } from '../../api/portalConfig';
import { PortalError } from '../../api/portalError';
import type { NewsRead } from './newsRead';

/**
 * Reading a news source, loaded only when a page asks for it: the adapter, its HTML parser and
 * its validation are not part of the JavaScript the home page needs before it first paints, and
 * an app served from a snapshot never loads them (loadSnapshotNews.ts reads its news).
 */

/**
 * The source answered, but with no news at all. The GC news API answers a query it does not
 * understand with an empty feed rather than an error, so this is kept apart from "no news
 * today": what was saved before stays on screen.
 */
export class NoNewsError extends PortalError {
  readonly noNews = true;
}

function siteBase(options: NewsSourceConfig['options']): string | undefined {
  return typeof options?.siteBase === 'string' ? options.siteBase : undefined;
}

/** One news source in one language (or its first language, when it does not publish in this one). */
export async function readNewsSource(source: NewsSourceConfig, lang: string, baseUrl: string, signal?: AbortSignal): Promise<NewsRead> {
  const urls = newsUrls(source);
  const target = urls.find((candidate) => candidate.lang === lang) ?? urls[0];
  if (!target || (target.lang !== 'en' && target.lang !== 'fr')) {
    throw new PortalError(source.id, 'rejected', `${source.kind} publishes in English and French only`);
  }
  const text = await fetchPortalText(source, { baseUrl, signal }, { url: target.url });
  const adapted = fromGcNews(text, { sourceId: source.id, lang: target.lang, siteBase: siteBase(source.options) });
  const unreadable = adapted.rejected.find((rejection) => rejection.index < 0);
  if (adapted.entries.length === 0 && unreadable) throw new PortalError(source.id, 'rejected', unreadable.reason);
  if (adapted.entries.length === 0) throw new NoNewsError(source.id, 'rejected', `${source.id} answered with no news`);
  return {
    entries: adapted.entries,
    publishers: source.publisher ? { [source.id]: source.publisher } : {},
    readAt: new Date().toISOString(),
  };
}

import { fromGcNews, newsEntrySchema, type NewsEntry } from '../../api/adapters/gcNews';
import { fetchPortalJson, fetchPortalText } from '../../api/fetchPortal';
import { newsUrls, type NewsSourceConfig, type PortalsFile } from '../../api/portalConfig';
import { PortalError } from '../../api/portalError';
import { newsPath } from '../../api/snapshotPaths';
import { Publisher } from '../../content/publisher';

/**
 * Reading the news, loaded only when a page asks for them: the adapter and its validation are
 * not part of the JavaScript the home page needs before it first paints.
 */

/** What one read of news gave: the entries, who publishes them, and when they were current. */
export interface NewsRead {
  entries: NewsEntry[];
  /** By the source id each entry names in `publisher`. */
  publishers: Record<string, Publisher>;
  /** When the news were read (ISO), or when the snapshot holding them was made. */
  readAt: string;
}

/**
 * The source answered, but with no news at all. The GC news API answers a query it does not
 * understand with an empty feed rather than an error, so this is kept apart from "no news
 * today": what was saved before stays on screen.
 */
export class NoNewsError extends PortalError {
  readonly noNews = true;
}

type Snapshot = NonNullable<PortalsFile['snapshot']>;

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The snapshot's news file in one language. Its entries become links on the page, so each is
 * checked as the adapter would (https addresses only) and a wrong one is left out, not shown.
 */
export async function readSnapshotNews(snapshot: Snapshot, lang: string, baseUrl: string, signal?: AbortSignal): Promise<NewsRead> {
  const url = new URL(`${snapshot.url.replace(/\/?$/, '/')}${newsPath(lang)}`, baseUrl).href;
  const value = await fetchPortalJson({ id: 'snapshot', url, timeoutMs: 10_000 }, { baseUrl, signal });
  if (!isObject(value) || !Array.isArray(value.entries)) {
    throw new PortalError('snapshot', 'rejected', `${newsPath(lang)} in the snapshot is not a news file`);
  }
  const entries = value.entries.flatMap((entry) => newsEntrySchema.safeParse(entry).data ?? []);
  if (entries.length === 0 && value.entries.length > 0) {
    throw new PortalError('snapshot', 'rejected', `${newsPath(lang)} in the snapshot holds no readable news`);
  }
  const publishers = Object.fromEntries(
    Object.entries(isObject(value.publishers) ? value.publishers : {}).flatMap(([id, publisher]) => {
      const read = Publisher.safeParse(publisher);
      return read.success ? [[id, read.data]] : [];
    }),
  );
  return { entries, publishers, readAt: typeof value.generatedAt === 'string' ? value.generatedAt : snapshot.generatedAt };
}

import type { FeedInput } from '../content/feed';
import type { OfficeInput } from '../content/office';
import { parseFeed, type FeedProblem } from '../content/parseFeed';
import { adaptCkanDatastore, nextPageUrl } from './adapters/ckanDatastore';
import { adaptHsdsPages, nextHsdsPage } from './adapters/hsds';
import { adaptIrccNewcomerServices } from './adapters/irccNewcomerServices';
import type { AdaptedSource, RejectedRecord, SourceContext } from './adapters/sourceRecords';
import { fetchPortalText } from './fetchPortal';
import type { PortalConfig, SourceConfig } from './portalConfig';
import type { LoadOptions, PortalAdapter, PortalContent } from './portalContent';
import { PortalError } from './portalError';

/**
 * The loaders of real services that do not publish the common feed: each fetches the service's
 * own answer (every page of it), hands the text to its pure adapter, and checks the adapted feed
 * with the same parseFeed as any feed, so what reaches the app was validated the same way.
 */

/** The most pages read from one source: a directory that never says "last page" must not load forever. */
export const MAX_PAGES = 50;

type Rejection = Pick<RejectedRecord, 'index' | 'recordId' | 'reason'>;

/** What an adapter is told of its source; also used by the ingest's own (server-only) readers. */
export function sourceContext(portal: Pick<SourceConfig, 'id' | 'kind' | 'publisher' | 'municipality' | 'options'>, fetchedAt: string): SourceContext {
  // The configuration's refinement requires it; only a config built without parsing lacks it.
  if (!portal.publisher) {
    throw new PortalError(portal.id, 'rejected', `${portal.id}: a ${portal.kind} source needs a publisher in the configuration`);
  }
  return {
    sourceId: portal.id,
    publisher: portal.publisher,
    // The UTC day: the same for every reader of one snapshot, wherever it runs.
    fetchedOn: fetchedAt.slice(0, 10),
    ...(portal.municipality ? { municipality: portal.municipality } : {}),
    ...(portal.options ? { options: portal.options } : {}),
  };
}

/** A record the adapter left out, counted with the entries parseFeed skips ("n entries skipped"). */
function rejectionProblem({ index, recordId, reason }: Rejection): FeedProblem {
  if (index < 0) return { section: 'feed', fields: [reason], message: `Not read: ${reason}` };
  return { section: 'offices', index, ...(recordId ? { id: recordId } : {}), fields: [reason], message: `Skipped: ${reason}` };
}

function pagesCut(url: string): FeedProblem {
  const reason = `stopped after ${MAX_PAGES} pages; the pages after ${url} were not read`;
  return { section: 'feed', fields: [reason], message: `Not read: ${reason}` };
}

const isEmpty = (feed: AdaptedSource['feed']) => !feed.items?.length && !feed.offices?.length;

/**
 * The adapted source as the app's content. A response the adapter could not read at all (an
 * empty feed and a rejection of the whole response) fails the load, as a broken feed envelope
 * does, so the person keeps the content saved before rather than an empty list.
 */
export function contentFrom(portal: Pick<SourceConfig, 'id'>, adapted: AdaptedSource, fetchedAt: string, extra: FeedProblem[] = []): PortalContent {
  const rejections = [...adapted.rejected.map(rejectionProblem), ...extra];
  const unreadable = isEmpty(adapted.feed) && adapted.rejected.some((rejection) => rejection.index < 0);
  const { feed, problems } = unreadable ? { feed: null, problems: [] } : parseFeed(adapted.feed);
  if (!feed) {
    const all = [...rejections, ...problems];
    throw new PortalError(portal.id, 'rejected', all.map((problem) => problem.message).join('\n'), undefined, all);
  }
  return { portalId: portal.id, feed, problems, rejected: rejections, fetchedAt };
}

/** A loader around a pure adapter: `read` fetches and adapts, the rest is common to every kind. */
function adaptedSourceLoader(
  read: (portal: PortalConfig, options: LoadOptions, context: SourceContext) => Promise<{ adapted: AdaptedSource; problems?: FeedProblem[] }>,
): PortalAdapter {
  return {
    async load(portal, options) {
      const context = sourceContext(portal, new Date().toISOString());
      const { adapted, problems } = await read(portal, options, context);
      return contentFrom(portal, adapted, new Date().toISOString(), problems);
    },
  };
}

/** IRCC's services file: one script, read whole. */
export const irccNewcomerServicesAdapter = adaptedSourceLoader(async (portal, options, context) => ({
  adapted: adaptIrccNewcomerServices(await fetchPortalText(portal, options), context),
}));

interface Pages<T> {
  /** What `read` made of each page, in order. */
  pages: T[];
  /** Set when MAX_PAGES were read and the source still named a next page. */
  cut?: FeedProblem;
}

/**
 * Every page of a paged source, under one time limit for all of them. `read` turns one page's
 * answer into what the loader keeps of it and the address of the page after it, if any.
 */
async function readPages<T>(
  portal: PortalConfig,
  options: LoadOptions,
  read: (url: string, text: string) => { page: T; next?: string | undefined },
): Promise<Pages<T>> {
  const timeout = AbortSignal.timeout(portal.timeoutMs);
  const pages: T[] = [];
  let last = '';
  for (let url: string | undefined = new URL(portal.url, options.baseUrl).href; url !== undefined; ) {
    if (pages.length === MAX_PAGES) return { pages, cut: pagesCut(last) };
    const { page, next } = read(url, await fetchPortalText(portal, options, { url, timeout }));
    pages.push(page);
    last = url;
    url = next;
  }
  return { pages };
}

function withPage(url: string, page: number | null): string | undefined {
  if (page === null) return undefined;
  const address = new URL(url);
  address.searchParams.set('page', String(page));
  return address.href;
}

/** An HSDS directory: every `/services` page, read together so one place's services make one office. */
export const hsdsAdapter = adaptedSourceLoader(async (portal, options, context) => {
  const { pages, cut } = await readPages(portal, options, (url, text) => ({ page: text, next: withPage(url, nextHsdsPage(text)) }));
  return { adapted: adaptHsdsPages(pages, context), problems: cut ? [cut] : [] };
});

/** Where a CKAN page starts in the resource, so its records are numbered as in the whole resource. */
function offsetOf(url: string): number {
  const offset = Number(new URL(url).searchParams.get('offset') ?? 0);
  return Number.isInteger(offset) && offset >= 0 ? offset : 0;
}

function repeatedId(office: OfficeInput, page: number, first: number): FeedProblem {
  const name = Object.values(office.name)[0] ?? office.id;
  // No index: the adapter keeps no record position for the offices it made.
  const reason = `${name} (page ${page}): the same id (${office.id}) as a record on page ${first}; the resource changed while it was read, or two records share an id`;
  return { section: 'offices', id: office.id, fields: [reason], message: `Skipped: ${reason}` };
}

interface CkanPage {
  offset: number;
  adapted: AdaptedSource;
}

/** One page adapted as it arrives; a page refused whole (a broken field mapping) ends the reading. */
function readCkanPage(url: string, text: string, context: SourceContext): { page: CkanPage; next?: string | undefined } {
  const adapted = adaptCkanDatastore(text, context);
  const refused = isEmpty(adapted.feed) && adapted.rejected.some((rejection) => rejection.index < 0);
  return { page: { offset: offsetOf(url), adapted }, next: refused ? undefined : nextPageUrl(url, text) };
}

/**
 * The pages of a CKAN resource as one source: offices merged in order, a page that could not be
 * read named by its number, and an office whose id an earlier page already gave left out (CKAN
 * pages by offset, so a table edited between two requests can repeat a row).
 */
function mergeCkanPages(pages: CkanPage[], context: SourceContext): { adapted: AdaptedSource; problems: FeedProblem[] } {
  const offices: OfficeInput[] = [];
  const rejected: RejectedRecord[] = [];
  const problems: FeedProblem[] = [];
  const pageOfId = new Map<string, number>();
  pages.forEach(({ offset, adapted }, i) => {
    const page = i + 1;
    for (const rejection of adapted.rejected) {
      if (rejection.index < 0) rejected.push({ ...rejection, reason: pages.length > 1 ? `page ${page}: ${rejection.reason}` : rejection.reason });
      else rejected.push({ ...rejection, index: rejection.index + offset });
    }
    for (const office of adapted.feed.offices ?? []) {
      const first = pageOfId.get(office.id);
      if (first !== undefined) {
        problems.push(repeatedId(office, page, first));
        continue;
      }
      pageOfId.set(office.id, page);
      offices.push(office);
    }
  });
  // Every load reads at least one page; the fallback only satisfies the types.
  const envelope: FeedInput = pages[0]?.adapted.feed ?? { schemaVersion: '1.0', publisher: context.publisher, generatedAt: `${context.fetchedOn}T00:00:00Z` };
  return { adapted: { feed: { ...envelope, offices }, rejected }, problems };
}

/** A CKAN `datastore_search` resource, page after page until its `total` is reached. */
export const ckanDatastoreAdapter = adaptedSourceLoader(async (portal, options, context) => {
  const { pages, cut } = await readPages(portal, options, (url, text) => readCkanPage(url, text, context));
  const { adapted, problems } = mergeCkanPages(pages, context);
  return { adapted, problems: cut ? [...problems, cut] : problems };
});

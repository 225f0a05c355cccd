// The build renders the app's pages here, in Node (scripts/prerender.ts builds this module for
// Node and calls it): the same routes and components as in the browser, with the portal content
// read once, already validated and merged by the app's own queries, and handed to each page so
// the browser hydrates it without fetching or checking anything first.
import { StrictMode, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { QueryClient, QueryClientProvider, dehydrate, type DehydratedState, type Query } from '@tanstack/react-query';
import { StaticRouter } from 'react-router';
import i18next from 'i18next';
import type { DOMPurify } from 'dompurify';
import { buildCatalogue } from '../content/catalogue';
import { TOPICS } from '../content/taxonomy';
import { portalsInScope } from '../api/portalScope';
import { startI18n } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, languageFromPath, type UiLanguage } from '../i18n/languages';
import { setPurifier } from '../features/task/SafeHtml';
import { setServerPageAddress } from '../shared/pageAddress';
import { PORTALS_FILE_QUERY_KEY, firstVisitPart, portalQuery, portalsFileQuery, type PortalsFileData } from '../shared/portals/portalQueries';
import { queryClient as browserClient } from '../shared/portals/queryClient';
import { snapshotCatalogueQuery } from '../shared/portals/snapshotQueries';
import { JOURNEY_KINDS, paths } from '../shared/routes';
import { WindowTitleSink } from '../shared/ui/usePageTitle';
import { AppRoutes, preloadPage } from './router';

export interface RenderedPage {
  /** What React drew inside #root, ready to hydrate. */
  html: string;
  title: string;
  lang: UiLanguage;
  dir: 'ltr' | 'rtl';
  /** The queries the page read, with their data: the browser starts from these. */
  state: DehydratedState;
}

// Every page reads the same few portals: each is read once for the whole build.
const reads = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } } });
const failures = new Map<string, Error>();

/**
 * Starts rendering: `address` is where the portals (or the deployed snapshot) are served, as
 * the browser would find them; `purifier` cleans publisher HTML where Node has no DOM of its own.
 */
export async function startRendering({ address, purifier }: { address: string; purifier: DOMPurify }): Promise<void> {
  setServerPageAddress(address);
  setPurifier(purifier);
  await startI18n(DEFAULT_LANGUAGE);
  // Every string at hand, so no part of a page waits for its strings (see toHtml).
  await i18next.loadLanguages([...UI_LANGUAGES]);
  await i18next.loadNamespaces(NAMESPACES);
}

const NAMESPACES = Object.keys(import.meta.glob('../i18n/locales/en/*.json')).map((file) => file.replace(/^.*\/|\.json$/g, ''));

/** What could not be read while rendering (a portal down at build time): pages show it as failed. */
export const readFailures = (): ReadonlyMap<string, Error> => failures;

const skipsFetch = (query: Query) => {
  const { enabled, queryFn } = query.options as { enabled?: unknown; queryFn?: unknown };
  return enabled === false || typeof queryFn !== 'function';
};

const isConfiguration = (query: Query) => query.queryKey[0] === PORTALS_FILE_QUERY_KEY[0];

/** Reads what the page asked for and does not have yet, once for the whole build. */
async function fill(client: QueryClient, tried: Set<string>): Promise<boolean> {
  const missing = client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.data === undefined && !tried.has(query.queryHash) && !skipsFetch(query));
  await Promise.all(
    missing.map(async (query) => {
      tried.add(query.queryHash);
      try {
        const data = await reads.fetchQuery({ queryKey: query.queryKey, queryFn: query.options.queryFn });
        const { dataUpdatedAt } = reads.getQueryState(query.queryKey) ?? {};
        const carried = isConfiguration(query) ? firstVisitPart(data as PortalsFileData) : data;
        client.setQueryData(query.queryKey, carried, { updatedAt: dataUpdatedAt });
      } catch (error) {
        failures.set(query.queryHash, error as Error);
      }
    }),
  );
  return missing.length > 0;
}

async function toHtml(tree: ReactNode): Promise<string> {
  // React would leave a part that throws for the browser to draw, and send the page without it:
  // the build stops instead, so every page it writes is whole.
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(tree, {
    onError: (error) => void errors.push(error),
    // React sends a large part (a long list of services) after the rest, to be put in place by an
    // inline script; a prerendered page arrives whole, so every part stays in its place.
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
  });
  if (errors.length) throw new AggregateError(errors, `The page did not render: ${errors.map(String).join('; ')}`);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  const html = Buffer.concat(chunks).toString('utf8');
  // The same for anything else the render had to wait for: the part would come apart from the
  // page, to be put in place by an inline script the Content-Security-Policy forbids.
  if (/<div hidden id="S:/.test(html)) throw new Error('Part of the page waited for something, and React rendered it apart from the page');
  return html;
}

/**
 * Renders the page at `pathname` as a first visitor sees it. A page asks for its data as it
 * renders (the configuration, then the portals it names): each round reads what the last one
 * asked for, until a render asks for nothing new.
 */
export async function renderPage(pathname: string): Promise<RenderedPage> {
  const lang = languageFromPath(pathname) ?? DEFAULT_LANGUAGE;
  await i18next.changeLanguage(lang);
  await preloadPage(pathname, { withData: false });
  // The browser's client, with its defaults, but one per page: a page carries only what it read.
  const client = new QueryClient({ defaultOptions: browserClient.getDefaultOptions() });
  const tried = new Set<string>();
  for (let round = 0; ; round++) {
    let title = '';
    const html = await toHtml(
      <StrictMode>
        <WindowTitleSink.Provider value={(named) => (title = named)}>
          <QueryClientProvider client={client}>
            <StaticRouter location={pathname}>
              <AppRoutes />
            </StaticRouter>
          </QueryClientProvider>
        </WindowTitleSink.Provider>
      </StrictMode>,
    );
    if (round >= 5 || !(await fill(client, tried))) {
      return { html, title, lang, dir: i18next.dir(lang) === 'rtl' ? 'rtl' : 'ltr', state: dehydrate(client) };
    }
  }
}

/**
 * The pages every first visitor reads the same, which the build renders: `/`, and in every UI
 * language the home page, What's new, the plans, the services, every topic and every step of
 * the catalogue a first visitor has (Canada's and Ontario's, before a municipality is chosen).
 */
export async function pagesToRender(): Promise<string[]> {
  const file = await reads.fetchQuery(portalsFileQuery);
  let ids: string[];
  if (file.snapshot) {
    ids = (await reads.fetchQuery(snapshotCatalogueQuery(file.snapshot, null))).value.items.map((item) => item.id);
  } else {
    const read = await Promise.allSettled(portalsInScope(file.portals, 'mine', undefined).map((portal) => reads.fetchQuery(portalQuery(portal))));
    const feeds = read.flatMap((result) => (result.status === 'fulfilled' ? [result.value.feed] : []));
    ids = buildCatalogue(feeds).items.map((item) => item.id);
  }
  const pages = UI_LANGUAGES.flatMap((lang) => [
    `${paths.home(lang)}/`,
    paths.news(lang),
    ...JOURNEY_KINDS.map((kind) => paths.journey(lang, kind)),
    paths.services(lang),
    paths.whoDoesWhat(lang),
    ...TOPICS.map((topic) => paths.topic(lang, topic)),
    ...ids.map((id) => paths.task(lang, id)),
  ]);
  return ['/', ...new Set(pages)];
}

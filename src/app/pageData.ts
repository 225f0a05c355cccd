import type { DehydratedState } from '@tanstack/react-query';

/**
 * A prerendered page carries the query cache it was rendered from, in a data block with this id
 * (scripts/prerender/prerenderedPage.ts writes it): the app hydrates the page from it, so the
 * first render is the page on screen, with no feed fetched, validated or merged first.
 */
export const PAGE_DATA_ID = 'page-data';

/**
 * The same page's `<html>` carries this attribute: a script in the head, run before the body and
 * its data block have arrived, knows from it that the page brings its data.
 */
export const PAGE_DATA_FLAG = 'data-page-data';

/** The page's own data, or null on the app shell (or if the block cannot be read). */
export function readPageData(doc: Document): DehydratedState | null {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<DehydratedState> | null;
    return state && Array.isArray(state.queries) && Array.isArray(state.mutations) ? (state as DehydratedState) : null;
  } catch {
    return null;
  }
}

/**
 * The queries whose data are files deployed with the pages themselves (the configuration and
 * the snapshot), not a portal's answer: as new as the page that carried them.
 */
const DEPLOYED_WITH_PAGES = new Set(['portals-file', 'snapshot-catalogue', 'snapshot-index', 'news-snapshot']);

export const isDeployedWithPages = (queryKey: readonly unknown[]) => DEPLOYED_WITH_PAGES.has(String(queryKey[0]));

/**
 * A page that came from the server, not from the service worker's copy, is as new as the
 * deployment (pages are revalidated at every visit): the files deployed with it are marked as
 * read now, so a first visit does not download them again. A portal's content read at build
 * time keeps its date and is refreshed.
 */
export function deployedDataAsOfNow(state: DehydratedState, now = Date.now()): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) =>
      isDeployedWithPages(query.queryKey) ? { ...query, state: { ...query.state, dataUpdatedAt: now } } : query,
    ),
  };
}

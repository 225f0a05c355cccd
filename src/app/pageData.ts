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

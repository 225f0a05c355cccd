import { expect, type BrowserContext, type Page } from '@playwright/test';
import { savedQueriesFor } from './catalogue';

/**
 * Waits until the app's service worker controls the page and the content cache is saved: the
 * portal list and every source that applies everywhere, plus the municipality's once chosen.
 */
export async function waitUntilOfflineReady(page: Page, savedQueries = savedQueriesFor()) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
  await expect
    .poll(() => persistedQueryCount(page), { timeout: 15_000, message: 'content cache saved' })
    .toBeGreaterThanOrEqual(savedQueries);
}

/** Number of queries saved in IndexedDB (portals.json and each portal). */
export async function persistedQueryCount(page: Page): Promise<number> {
  return (await page.evaluate(readPersistedCounts)).queries;
}

/** Number of problem reports saved in IndexedDB, waiting to be sent. */
export async function persistedReportCount(page: Page): Promise<number> {
  return (await page.evaluate(readPersistedCounts)).reports;
}

/** Run in the page: what TanStack's persister has saved (successful queries, waiting mutations). */
function readPersistedCounts(): Promise<{ queries: number; reports: number }> {
  const none = { queries: 0, reports: 0 };
  return new Promise((resolve) => {
    const open = indexedDB.open('no-wrong-door-cache');
    open.onerror = () => resolve(none);
    // Not created yet: asking must not create it, or the app would find it without its store.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('queries')) return resolve(none);
      const get = db.transaction('queries').objectStore('queries').get('query-cache');
      get.onsuccess = () => {
        // TanStack's persister saves the cache as JSON text.
        const saved = get.result as string | undefined;
        const client = (saved ? JSON.parse(saved) : undefined) as
          | { clientState?: { queries?: { state: { status: string } }[]; mutations?: unknown[] } }
          | undefined;
        resolve({
          queries: client?.clientState?.queries?.filter((query) => query.state.status === 'success').length ?? 0,
          reports: client?.clientState?.mutations?.length ?? 0,
        });
      };
      get.onerror = () => resolve(none);
    };
  });
}

/** Cuts the network for the page and its service worker alike. */
export async function goOffline(context: BrowserContext) {
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
}

export async function goOnline(context: BrowserContext) {
  await context.unroute('**/*');
  await context.setOffline(false);
}


import { expect, type BrowserContext, type Page } from '@playwright/test';
import { savedQueriesFor } from './catalogue';

/**
 * Waits until the app's service worker controls the page and the content cache is saved: the
 * portal list and every source that applies everywhere, plus the municipality's once chosen.
 */
export async function waitUntilOfflineReady(page: Page, savedQueries = savedQueriesFor()) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
  await expect
    .poll(() => page.evaluate(readPersistedQueryCount), { timeout: 15_000, message: 'content cache saved' })
    .toBeGreaterThanOrEqual(savedQueries);
}

/** Number of queries saved in IndexedDB (portals.json and each portal). */
export function persistedQueryCount(page: Page): Promise<number> {
  return page.evaluate(readPersistedQueryCount);
}

function readPersistedQueryCount(): Promise<number> {
  return new Promise((resolve) => {
    const open = indexedDB.open('no-wrong-door-cache');
    open.onerror = () => resolve(0);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('queries')) return resolve(0);
      const get = db.transaction('queries').objectStore('queries').get('query-cache');
      get.onsuccess = () => {
        // TanStack's persister saves the cache as JSON text.
        const saved = get.result as string | undefined;
        const client = (saved ? JSON.parse(saved) : undefined) as { clientState?: { queries?: { state: { status: string } }[] } } | undefined;
        resolve(client?.clientState?.queries?.filter((query) => query.state.status === 'success').length ?? 0);
      };
      get.onerror = () => resolve(0);
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

/** Makes the saved content look `hours` old, as if the person last visited earlier. */
export async function ageSavedContent(page: Page, hours: number) {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('no-wrong-door-cache');
        open.onsuccess = () => {
          const store = open.result.transaction('queries', 'readwrite').objectStore('queries');
          const get = store.get('query-cache');
          get.onsuccess = () => {
            const client = JSON.parse(get.result as string) as { clientState: { queries: { state: { dataUpdatedAt: number } }[] } };
            for (const query of client.clientState.queries) query.state.dataUpdatedAt -= ms;
            store.put(JSON.stringify(client), 'query-cache').onsuccess = () => resolve();
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
    hours * 3_600_000,
  );
}

// What the browser benches share: how Chromium is launched, the phone they stand for, and how
// they wait for the app to be ready for offline use and cut the network, as a person's phone would.
import { type BrowserContext, type Page } from '@playwright/test';
import { portalsInScope } from '../../src/api/portalScope';

export const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
export const PHONE = { viewport: { width: 360, height: 740 }, locale: 'en-CA' };
const STEP_TIMEOUT_MS = 30_000;

/** Runs one step of a bench, saying which bench and step failed and what the page reported. */
export async function step<T>(bench: string, page: Page, what: string, action: () => Promise<T>): Promise<T> {
  const pageErrors: string[] = [];
  const record = (error: Error) => pageErrors.push(error.message);
  page.on('pageerror', record);
  try {
    return await action();
  } catch (error) {
    const detail = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/\.+$/, '');
    const errors = pageErrors.length ? ` Page errors: ${pageErrors.join('; ')}` : '';
    throw new Error(`${bench} bench, ${what} (${page.url()}): ${detail}.${errors}`, { cause: error });
  } finally {
    page.off('pageerror', record);
  }
}

/** The service worker controls the page and is activated, so its precache is complete. */
export async function waitForActiveServiceWorker(page: Page, timeout = STEP_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout });
}

/**
 * Keys of the successful queries saved in IndexedDB, each part joined with a slash, as the app
 * puts them back on an offline start (same store as e2e/offline.ts, which benches may not import).
 */
function readSavedQueryKeys(): Promise<string[]> {
  return new Promise((resolve) => {
    const open = indexedDB.open('no-wrong-door-cache');
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('queries')) return resolve([]);
      const get = db.transaction('queries').objectStore('queries').get('query-cache');
      get.onsuccess = () => {
        type Saved = { clientState?: { queries?: { queryKey: unknown[]; state: { status: string } }[] } } | undefined;
        // TanStack's persister saves the cache as JSON text.
        const text = get.result as string | undefined;
        const queries = (text ? (JSON.parse(text) as Saved) : undefined)?.clientState?.queries ?? [];
        resolve(queries.filter((query) => query.state.status === 'success').map((query) => query.queryKey.map(String).join('/')));
      };
      get.onerror = () => resolve([]);
    };
  });
}

export interface ConfiguredPortal {
  id: string;
  kind: string;
  url: string;
  municipality?: string;
}

/**
 * The portals the app loads for a person in `municipality`, those it should leave alone, and
 * the saved queries an offline start needs: the portal list, then each needed portal's feed or,
 * from a deployed snapshot, the municipality's one merged catalogue.
 */
export async function portalsFor(baseUrl: string, municipality: string | null) {
  const response = await fetch(new URL('/portals.json', baseUrl));
  if (!response.ok) throw new Error(`GET /portals.json answered ${response.status}`);
  const file = (await response.json()) as { portals: ConfiguredPortal[]; snapshot?: { url: string } };
  const feeds = file.portals.filter((portal) => portal.kind !== 'gc-news' && portal.kind !== '211');
  const needed = portalsInScope(feeds, 'mine', municipality);
  const savedKeys = file.snapshot
    ? ['portals-file', `snapshot-catalogue/${file.snapshot.url}/${municipality ?? 'null'}`]
    : ['portals-file', ...needed.map((portal) => `portal/${portal.id}`)];
  return { needed, others: feeds.filter((portal) => !needed.includes(portal)), savedKeys };
}

export async function waitForSavedContent(page: Page, expected: readonly string[], timeout = STEP_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const saved = await page.evaluate(readSavedQueryKeys);
    const missing = expected.filter((key) => !saved.some((candidate) => candidate === key || candidate.startsWith(`${key}/`)));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`content not saved on the device: ${missing.join(', ')}`);
    await page.waitForTimeout(200);
  }
}

/** Cuts the network for the pages and the service worker alike, as e2e/offline.ts does. */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
}

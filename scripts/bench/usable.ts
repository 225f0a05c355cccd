// Issue 14: how long a newcomer on a cheap phone waits, from following a link to a page that
// works: its controls enabled and the app answering them. A prerendered page (scripts/prerender.ts)
// is readable early, and answers once the app has hydrated it; that moment, not the first paint,
// is what this bench measures.
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { LAUNCH_OPTIONS, PHONE, goOffline, portalsFor, step as benchStep, waitForActiveServiceWorker, waitForSavedContent } from './browserSteps';
import { formatTable, median, type BenchRow } from './rows';

export const USABLE_PAGES = [
  { name: 'home page', path: '/en/' },
  { name: 'settlement plan', path: '/en/journey/before' },
  { name: 'step page', path: '/en/tasks/on.ohip' },
] as const;
const REPEAT_PATH = '/en/journey/before';

const RUNS = 5;
const FIRST_VISIT_BUDGET_MS = 2_000;
const REPEAT_VISIT_BUDGET_MS = 500;
const STEP_TIMEOUT_MS = 60_000;

/** Slow 4G as issue 14 (and Lighthouse's mobile preset) defines it; CDP counts bytes a second. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const CPU_SLOWDOWN = 4;

/** What makes a control on the page, and which ones must be enabled: the page's and the header's. */
const CONTROLS = ['input', 'select', 'textarea', 'button'].flatMap((tag) => [`main ${tag}`, `header ${tag}`]);
/** The header's search field: on every page, and submitted by the app (src/app/SearchBox.tsx). */
const SEARCH_FIELD = 'header form[role="search"] input[type="search"]';

// ---------------------------------------------------------------------------------------------
// Pure helpers

/**
 * The order of the runs: run 1 of every page, then run 2 of every page, and so on, so a burst
 * of load on a shared machine falls on every page alike instead of on one page's runs.
 */
export function alternating<T>(pages: readonly T[], runs: number): { page: T; run: number }[] {
  return Array.from({ length: runs }, (_, run) => pages.map((page) => ({ page, run: run + 1 }))).flat();
}

/** A few figures as a note reads them: `1234, 1301, 1420 ms`. */
export function listRuns(values: readonly number[], unit = 'ms', digits = 0): string {
  return `${values.map((value) => value.toFixed(digits)).join(', ')}${unit ? ` ${unit}` : ''}`;
}

/** The machine's load average over 1, 5 and 15 minutes, as `uptime` prints it. */
export function formatLoad(load: readonly number[] = loadavg()): string {
  return load.map((value) => value.toFixed(2)).join(' / ');
}

// ---------------------------------------------------------------------------------------------
// In the page

/** What the init script records, in ms from navigation start (performance.now()). */
interface UsableMarks {
  /** Controls enabled, none waiting for the app, the page drawn: first moment. */
  enabled: number | null;
  /** `enabled` holds and the probe's submit was handled by the app: the figure. */
  usable: number | null;
  /** Times the probe found the controls enabled but the app not answering. */
  unanswered: number;
  done: Promise<number>;
}

/**
 * Runs in every document before the page's own scripts. Watches the document until it is usable:
 * the page is drawn (a heading in `main`, no loading
 * line: an empty app shell would otherwise count as usable before the app has drawn anything),
 * the header's search field is there, and no control in `main` or the header is disabled.
 *
 * Then probes that the app handles input: it submits the header's search form, empty. The app's
 * handler (SearchBox.tsx) cancels the browser's own submission, and with nothing typed does
 * nothing else; a listener on the window, which the event reaches after React's root listener,
 * sees whether it was cancelled and then cancels it anyway, so the probe never leaves the page.
 * It needs no network, changes nothing on screen, and answers at once, so it is run at the same
 * moment as the check, and again at each change until it is answered.
 */
function watchUsable({ controls, searchField }: { controls: string[]; searchField: string }): void {
  // Method shorthand and no named function values: tsx would wrap those in a helper of its own
  // (`__name`) that does not exist in the page.
  let resolve: ((at: number) => void) | undefined;
  const marks: UsableMarks = { enabled: null, usable: null, unanswered: 0, done: new Promise((done) => (resolve = done)) };
  (window as unknown as { __usable: UsableMarks }).__usable = marks;
  const disabled = controls.map((selector) => `${selector}:disabled`).join(', ');
  const probe = { running: false, answered: false };
  window.addEventListener('submit', (event) => {
    if (!probe.running) return;
    probe.answered = event.defaultPrevented;
    event.preventDefault();
  });

  const watch = {
    check(): void {
      if (marks.usable !== null) return;
      const at = performance.now();
      const field = document.querySelector<HTMLInputElement>(searchField);
      if (!field || document.querySelector(disabled)) return;
      if (!document.querySelector('main h1') || document.querySelector('main .loading')) return;
      marks.enabled ??= at;
      // Something typed would be searched for: the probe would leave the page. Wait for a change.
      if (!field.form || field.value !== '') return;
      probe.running = true;
      probe.answered = false;
      try {
        field.form.requestSubmit();
      } finally {
        probe.running = false;
      }
      if (!probe.answered) {
        marks.unanswered++;
        // The app may attach its handlers without changing the document: look again shortly.
        setTimeout(() => watch.check(), 50);
        return;
      }
      marks.usable = at;
      observer.disconnect();
      resolve?.(at);
    },
  };
  // Mutation callbacks run right after the script that changed the document, before a paint.
  const observer = new MutationObserver(() => watch.check());
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

interface Reading {
  usable: number;
  enabled: number;
  unanswered: number;
}

async function readUsable(page: Page): Promise<Reading> {
  // Awaits the page's own promise: no polling in a page whose CPU is what is being measured.
  const marks = await page.evaluate(async (timeout) => {
    const marks = (window as unknown as { __usable?: UsableMarks }).__usable;
    if (!marks) throw new Error('the watch script did not run in this document');
    const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeout));
    return (await Promise.race([marks.done, late])) === null
      ? null
      : { usable: marks.usable ?? 0, enabled: marks.enabled ?? 0, unanswered: marks.unanswered };
  }, STEP_TIMEOUT_MS);
  if (!marks) {
    const state = await page.evaluate((disabled) => ({
      disabled: document.querySelectorAll(disabled).length,
      heading: document.querySelector('main h1') !== null,
    }), CONTROLS.map((selector) => `${selector}:disabled`).join(', '));
    throw new Error(`not usable after ${STEP_TIMEOUT_MS} ms: ${JSON.stringify(state)}`);
  }
  return marks;
}

/**
 * The same answer, the way a person gives it: real key presses in the search field, then Enter.
 * The app opens the results page in the same document (a marker left on the window survives);
 * without the app, the browser would load a new document. Run after the figure is taken, so it
 * costs the figure nothing, and fails the bench if the in-page probe was fooled.
 */
async function confirmTyping(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const field = page.locator(SEARCH_FIELD);
  await field.pressSequentially('ohip', { timeout: STEP_TIMEOUT_MS });
  await field.press('Enter');
  await page.waitForURL(/\/search\?q=ohip/, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS });
  const same = await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
  if (!same) throw new Error('the search was submitted by the browser, not the app: a new document was loaded');
}

// ---------------------------------------------------------------------------------------------
// The browser

const step = <T>(page: Page, what: string, action: () => Promise<T>) => benchStep('Usable', page, what, action);

async function withContext<T>(browser: Browser, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(PHONE);
  try {
    await context.addInitScript(watchUsable, { controls: CONTROLS, searchField: SEARCH_FIELD });
    return await use(context);
  } finally {
    await context.close();
  }
}

async function slowDown(devtools: CDPSession, { network }: { network: boolean }): Promise<void> {
  if (network) {
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

// ---------------------------------------------------------------------------------------------
// a. First visits

async function firstVisit(browser: Browser, url: string): Promise<Reading> {
  return withContext(browser, async (context) => {
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await slowDown(devtools, { network: true });
    return step(page, 'first visit', async () => {
      await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS });
      const reading = await readUsable(page);
      await confirmTyping(page);
      return reading;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// b. Repeat visits offline (what the app saves, as scripts/bench/offline.ts waits for it)

async function repeatVisitsOffline(browser: Browser, baseUrl: string): Promise<Reading[]> {
  const expected = (await portalsFor(baseUrl, null)).savedKeys;
  const url = new URL(REPEAT_PATH, baseUrl).href;
  return withContext(browser, async (context) => {
    const page = await context.newPage();
    await step(page, 'first visit, online', async () => {
      await page.goto(url);
      await readUsable(page);
      await waitForActiveServiceWorker(page, STEP_TIMEOUT_MS);
      await waitForSavedContent(page, expected, STEP_TIMEOUT_MS);
    });

    await goOffline(context);
    const devtools = await context.newCDPSession(page);
    await devtools.send('ServiceWorker.enable');
    await slowDown(devtools, { network: false });
    const readings: Reading[] = [];
    for (let visit = 1; visit <= RUNS; visit++) {
      readings.push(
        await step(page, `offline visit ${visit}`, async () => {
          await page.goto('about:blank');
          // A person coming back later finds the service worker stopped: it must start again.
          await devtools.send('ServiceWorker.stopAllWorkers');
          await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS });
          return readUsable(page);
        }),
      );
    }
    await devtools.detach();
    return readings;
  });
}

// ---------------------------------------------------------------------------------------------

const METHOD =
  'navigation start → no disabled control in main or header, main h1 drawn, ' +
  'and an empty submit of the header search cancelled by the app (MutationObserver in an init script)';

const FIRST_VISIT_CONDITIONS =
  `fresh context each, Slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up), ${CPU_SLOWDOWN}× CPU slowdown, ` +
  'runs alternating between pages';
const REPEAT_CONDITIONS =
  'offline navigations after a first visit saved the page, service worker stopped before each, ' +
  `${CPU_SLOWDOWN}× CPU slowdown of the page`;

function note(readings: readonly Reading[], conditions: string): string {
  const late = readings.map((reading) => reading.usable - reading.enabled);
  const unanswered = readings.reduce((sum, reading) => sum + reading.unanswered, 0);
  return (
    `median of ${readings.length}, ${conditions}; runs ${listRuns(readings.map((reading) => reading.usable))}; ${METHOD}` +
    (Math.max(...late) > 0 || unanswered > 0
      ? `; enabled before the app answered by ${listRuns(late)} (${unanswered} unanswered probes)`
      : '; the app answered as soon as the controls were enabled')
  );
}

export async function measureUsable(options: { baseUrl: string }): Promise<BenchRow[]> {
  const loadBefore = formatLoad();
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  try {
    const readings = new Map<string, Reading[]>(USABLE_PAGES.map((page) => [page.path, []]));
    for (const { page, run } of alternating(USABLE_PAGES, RUNS)) {
      const reading = await firstVisit(browser, new URL(page.path, options.baseUrl).href);
      readings.get(page.path)?.push(reading);
      console.log(`  usable, ${page.path} run ${run}: ${reading.usable.toFixed(0)} ms`);
    }
    const loadFirst = formatLoad();
    const repeat = await repeatVisitsOffline(browser, options.baseUrl);
    const loadAfter = formatLoad();
    const rows: BenchRow[] = USABLE_PAGES.map((page) => {
      const runs = readings.get(page.path) ?? [];
      return {
        measure: `Usable, first visit, ${page.name}`,
        value: median(runs.map((reading) => reading.usable)),
        unit: 'ms',
        budget: { max: FIRST_VISIT_BUDGET_MS },
        note: `${note(runs, `${page.path}, ${FIRST_VISIT_CONDITIONS}`)}; load ${loadBefore} before, ${loadFirst} after`,
      };
    });
    rows.push({
      measure: 'Usable, repeat visit offline, settlement plan',
      value: median(repeat.map((reading) => reading.usable)),
      unit: 'ms',
      budget: { max: REPEAT_VISIT_BUDGET_MS },
      note: `${note(repeat, `${REPEAT_PATH}, ${REPEAT_CONDITIONS}`)}; load ${loadFirst} before, ${loadAfter} after`,
    });
    return rows;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? process.env.BENCH_URL ?? 'http://localhost:4173';
  console.log(formatTable(await measureUsable({ baseUrl })));
}

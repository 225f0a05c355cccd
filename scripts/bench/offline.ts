// What it costs a person on a slow, metered connection to make the app work offline for their
// city, and how fast the plan appears when they come back with no network at all.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { LAUNCH_OPTIONS, PHONE, goOffline, portalsFor, step as benchStep, waitForActiveServiceWorker, waitForSavedContent, type ConfiguredPortal } from './browserSteps';
import { startByteCountingProxy, totalsByPath, type PathTotal } from './byteCountingProxy';
import { formatTable, median, type BenchRow } from './rows';

/** The city whose download is measured against the live mocks. */
const OTTAWA: Municipality = { id: 'ottawa', name: 'Ottawa' };
const STEP_TIMEOUT_MS = 30_000;
const DOWNLOAD_BUDGET_KB = 400;
const REPEAT_VISITS = 5;
const PAINT_BUDGET_MS = 500;
/** The steps list of the plan page (JourneyRoute.tsx, JourneyStepItem.tsx). */
const STEP_TITLE = 'ul.journey-steps > li h3';

const kilobytes = (bytes: number) => bytes / 1024;
const step = <T>(page: Page, what: string, action: () => Promise<T>) => benchStep('Offline', page, what, action);

// ---------------------------------------------------------------------------------------------
// The app as a person uses it

/** A UI string as the person reads it, so the bench finds controls the way they do. */
function uiString(namespace: string, key: string): string {
  const file = new URL(`../../src/i18n/locales/en/${namespace}.json`, import.meta.url);
  const value = key.split('.').reduce<unknown>(
    (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
    JSON.parse(readFileSync(file, 'utf8')),
  );
  if (typeof value !== 'string') throw new Error(`no string ${namespace}:${key} in ${file.pathname}`);
  return value;
}

/** A regular expression matching a translated template whatever its {{values}}. */
function templatePattern(...templates: string[]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(templates.map((template) => escape(template).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')).join('|'));
}

async function withContext<T>(browser: Browser, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(PHONE);
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

/** A municipality as the bench chooses it in the profile. */
export interface Municipality {
  id: string;
  name: string;
}

/**
 * Saves the municipality in the profile, then stays on the plan until its content is saved on the device,
 * as a person reading it would. The bench then reloads where a person would follow a link; a
 * reload within the app's save interval would download the city's feed a second time.
 */
async function chooseMunicipality(page: Page, origin: string, municipality: string, savedKeys: readonly string[]): Promise<void> {
  await page.goto(`${origin}/en/profile`);
  await page
    .getByLabel(uiString('profile', 'municipality.label'))
    .selectOption(municipality, { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: uiString('profile', 'save') }).click();
  await page.waitForURL(/\/en\/journey\//, { timeout: STEP_TIMEOUT_MS });
  await page.locator(STEP_TITLE).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await waitForSavedContent(page, savedKeys);
}

async function saveForOffline(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/en/settings`);
  await page.getByRole('button', { name: uiString('settings', 'save.button'), exact: true }).click({ timeout: STEP_TIMEOUT_MS });
  const done = templatePattern(uiString('settings', 'save.doneAll_one'), uiString('settings', 'save.doneAll_other'));
  const failed = templatePattern(
    uiString('settings', 'save.donePartial_one'),
    uiString('settings', 'save.donePartial_other'),
    uiString('settings', 'save.doneNone'),
  );
  const outcome = page.getByRole('status').filter({ hasText: new RegExp(`${done.source}|${failed.source}`) });
  await outcome.waitFor({ timeout: STEP_TIMEOUT_MS });
  const text = (await outcome.textContent()) ?? '';
  if (!done.test(text)) throw new Error(`"Save for offline" did not save everything: ${text}`);
}

/** A page opened offline shows its heading and links to steps, in its own language. */
async function expectContentOffline(page: Page, path: string, stepLinkPrefix: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  const links = page.locator(`main a[href^="${stepLinkPrefix}"]`);
  await links.first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

// ---------------------------------------------------------------------------------------------
// a. The download

interface DownloadResult {
  row: BenchRow;
  /** Bytes by path, largest first. */
  paths: PathTotal[];
}

async function measureDownload(browser: Browser, baseUrl: string, municipality: Municipality, nameSuffix = ''): Promise<DownloadResult> {
  const { others, savedKeys } = await portalsFor(baseUrl, municipality.id);
  const proxy = await startByteCountingProxy(new URL(baseUrl));
  try {
    return await withContext(browser, async (context) => {
      const page = await context.newPage();
      const origin = proxy.origin;
      await step(page, `choosing ${municipality.name} in the profile`, () => chooseMunicipality(page, origin, municipality.id, savedKeys));
      await step(page, 'pressing "Save for offline"', () => saveForOffline(page, origin));
      await step(page, 'waiting for the service worker', () => waitForActiveServiceWorker(page));
      await step(page, 'opening the French home page', async () => {
        await page.goto(`${origin}/fr/`, { waitUntil: 'networkidle' });
        await proxy.waitForQuiet(1_500, STEP_TIMEOUT_MS);
      });
      const bytes = proxy.receivedBytes();
      const responses = proxy.transfers().length;
      const paths = totalsByPath(proxy.transfers());

      await goOffline(context);
      // The city's own steps must be there too: that is what this download is for.
      await step(page, 'reading the French plan offline', () =>
        expectContentOffline(page, `${origin}/fr/journey/settle`, `/fr/tasks/${municipality.id}.`),
      );
      await step(page, 'reading a task offline', () => expectContentOffline(page, `${origin}/en/tasks/on.ohip`, '/en/tasks/'));

      // Live, a city's feed is fetched from its URL; from a snapshot, as its source or catalogue file.
      const fetched = (portal: ConfiguredPortal) => paths.some(({ path }) => path === portal.url || path.endsWith(`/${portal.municipality ?? portal.id}.json`));
      const otherCities = others.filter((portal) => portal.municipality && fetched(portal));
      const top = paths
        .slice(0, 3)
        .map(({ path, bytes: size }) => `${path} ${kilobytes(size).toFixed(1)}`)
        .join(', ');
      const row: BenchRow = {
        measure: `Offline download, one municipality (${municipality.name}), English and French${nameSuffix}`,
        value: kilobytes(bytes),
        unit: 'KB',
        budget: { max: DOWNLOAD_BUDGET_KB },
        note:
          `bytes server→browser on the wire (headers, compressed bodies, service worker included), ` +
          `${responses} responses; largest (KB): ${top}` +
          (otherCities.length ? `; other cities fetched too: ${otherCities.map((portal) => portal.id).join(', ')}` : ''),
      };
      return { row, paths };
    });
  } finally {
    await proxy.close();
  }
}

// ---------------------------------------------------------------------------------------------
// b. The repeat visit offline

/** Times from navigation start (performance.now()), null until they happen. */
interface PaintMarks {
  /** Two animation frames after the first step entered the document: its frame was painted. */
  afterFrames: number | null;
  /** The browser's own paint time of the first step's title (Element Timing). */
  painted: number | null;
}

/**
 * Runs in every document before the app: when the first step appears it is marked for Element
 * Timing, which reports when its text was actually painted, and a double requestAnimationFrame
 * gives a cross-check that needs no special API.
 */
function markJourneyPaint(selector: string): void {
  const marks: PaintMarks = { afterFrames: null, painted: null };
  (window as unknown as { __journeyPaint: PaintMarks }).__journeyPaint = marks;
  if (PerformanceObserver.supportedEntryTypes.includes('element')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { identifier: string; renderTime: number }[]) {
        if (entry.identifier === 'journey-step' && marks.painted === null) marks.painted = entry.renderTime;
      }
    }).observe({ type: 'element', buffered: true });
  }
  const observer = new MutationObserver(() => {
    const title = document.querySelector(selector);
    if (!title) return;
    observer.disconnect();
    // Set before the frame is rendered: mutation callbacks run before the browser paints.
    title.setAttribute('elementtiming', 'journey-step');
    requestAnimationFrame(() => requestAnimationFrame(() => (marks.afterFrames = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function readPaintMarks(page: Page): Promise<{ painted: number; afterFrames: number; method: string }> {
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __journeyPaint?: PaintMarks }).__journeyPaint;
      return marks?.afterFrames != null && (marks.painted != null || performance.now() - marks.afterFrames > 1_000)
        ? marks
        : null;
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
  const marks = (await handle.jsonValue()) as PaintMarks;
  if (marks.afterFrames === null) throw new Error('the steps list never appeared');
  return marks.painted === null
    ? { painted: marks.afterFrames, afterFrames: marks.afterFrames, method: 'double rAF' }
    : { painted: marks.painted, afterFrames: marks.afterFrames, method: 'Element Timing' };
}

async function measureRepeatVisit(browser: Browser, baseUrl: string): Promise<BenchRow> {
  return withContext(browser, async (context) => {
    const page = await context.newPage();
    const url = new URL('/en/journey/before', baseUrl).href;
    await context.addInitScript(markJourneyPaint, STEP_TITLE);
    const expected = (await portalsFor(baseUrl, null)).savedKeys;
    await step(page, 'first visit to the plan', async () => {
      await page.goto(url);
      await readPaintMarks(page);
      await waitForActiveServiceWorker(page);
      await waitForSavedContent(page, expected);
    });

    await goOffline(context);
    const devtools = await context.newCDPSession(page);
    await devtools.send('ServiceWorker.enable');
    const painted: number[] = [];
    const afterFrames: number[] = [];
    const methods = new Set<string>();
    for (let visit = 1; visit <= REPEAT_VISITS; visit++) {
      await step(page, `offline visit ${visit} to the plan`, async () => {
        await page.goto('about:blank');
        // A person coming back later finds the service worker stopped: it must start again.
        await devtools.send('ServiceWorker.stopAllWorkers');
        await page.goto(url, { waitUntil: 'commit' });
        const marks = await readPaintMarks(page);
        painted.push(marks.painted);
        afterFrames.push(marks.afterFrames);
        methods.add(marks.method);
      });
    }
    await devtools.detach();

    return {
      measure: 'Repeat visit offline: journey content painted',
      value: median(painted),
      unit: 'ms',
      budget: { max: PAINT_BUDGET_MS },
      note:
        `median of ${REPEAT_VISITS} offline navigations to /en/journey/before, service worker stopped before each; ` +
        `navigation start → first step painted (${[...methods].join(', ')}); ` +
        `double rAF after insertion: median ${median(afterFrames).toFixed(0)} ms; runs ${painted.map((ms) => ms.toFixed(0)).join(', ')} ms; no CPU throttling`,
    };
  });
}

/**
 * The download alone, for a municipality of a server that may deploy a snapshot: the scale
 * bench measures it on the generated province. `nameSuffix` ends the row's name.
 */
export async function measureOfflineDownload(
  baseUrl: string,
  municipality: Municipality,
  { nameSuffix = '', onDownload }: { nameSuffix?: string; onDownload?: (paths: PathTotal[]) => void } = {},
): Promise<BenchRow> {
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  try {
    const download = await measureDownload(browser, baseUrl, municipality, nameSuffix);
    onDownload?.(download.paths);
    return download.row;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------

export interface OfflineOptions {
  /** A running production server (`npm start`). */
  baseUrl: string;
  /** Receives the download's bytes by path, largest first, for a closer look. */
  onDownload?: (paths: PathTotal[]) => void;
}

export async function measureOffline(options: OfflineOptions): Promise<BenchRow[]> {
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  try {
    const download = await measureDownload(browser, options.baseUrl, OTTAWA);
    options.onDownload?.(download.paths);
    const repeat = await measureRepeatVisit(browser, options.baseUrl);
    return [download.row, repeat];
  } finally {
    await browser.close();
  }
}

export function printDownload(paths: readonly PathTotal[]): void {
  console.log('Download by path:');
  for (const { path, bytes, responses } of paths) {
    console.log(`${kilobytes(bytes).toFixed(1).padStart(8)} KB  ${responses > 1 ? `×${responses}` : '  '}  ${path}`);
  }
  console.log();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? process.env.BENCH_URL ?? 'http://localhost:4173';
  console.log(formatTable(await measureOffline({ baseUrl, onDownload: printDownload })));
}

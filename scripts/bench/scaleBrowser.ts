// The scale figures of issue 13 that only a browser can give: the app built from a snapshot of
// the generated Ontario (444 municipalities) beside the same app built from a province of four,
// both served as `npm start` serves them, and what a phone downloads from each.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startByteCountingProxy, totalsByPath, type ByteCountingProxy } from './byteCountingProxy';
import { LAUNCH_OPTIONS, PHONE } from './browserSteps';
import { measureOfflineDownload, type Municipality } from './offline';
import { median, type BenchRow } from './rows';
import { persistedQueryCount } from '../../e2e/offline';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4327) + 10;
/** The build and its prerender of 40-odd pages take a few minutes on a busy two-core machine. */
const START_TIMEOUT_MS = 15 * 60_000;
const STEP_TIMEOUT_MS = 30_000;
const QUIET_MS = 1_000;
const RUNS = 3;
const SAME_AS_FOUR_PERCENT = 5;
const SETTLE_BUDGET_KB = 150;
/** Pages every first visitor reads, whatever the number of municipalities. */
const FIRST_VISIT_PAGES = [
  { name: 'Home page', path: '/en/' },
  { name: 'Plan page', path: '/en/journey/before' },
  { name: 'Step page', path: '/en/tasks/on.ohip' },
] as const;

const kilobytes = (bytes: number) => bytes / 1024;

interface Served {
  /** The server itself. */
  baseUrl: string;
  /** The proxy in front of it, which counts what it sends. */
  origin: string;
  proxy: ByteCountingProxy;
  close(): Promise<void>;
}

/**
 * Builds the app with `snapshot` deployed into its own folder and serves it with `npm start`,
 * behind a proxy that counts the bytes; resolves once the server says it is running.
 */
async function buildAndServe(snapshot: string, name: string, port: number): Promise<Served> {
  const env = { ...process.env, NWD_SNAPSHOT: snapshot, NWD_DIST: `dist-bench-${name}`, PORT: String(port) };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${name} build did not start within ${START_TIMEOUT_MS / 60_000} min:\n${output.slice(-2000)}`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/is running at/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the ${name} build exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  const proxy = await startByteCountingProxy(new URL(`http://127.0.0.1:${port}/`));
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    origin: proxy.origin,
    proxy,
    async close() {
      await proxy.close();
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * What a first visit to `path` transfers: the page, its code, its data. The service worker is
 * blocked: its precache is the same build for both provinces, and would hide a page that grew.
 */
async function firstVisitBytes(browser: Browser, served: Served, path: string): Promise<number> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const before = served.proxy.receivedBytes();
    await page.goto(`${served.origin}${path}`);
    await page.locator('main h1').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('main .loading').waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    // The app's background work (a refresh, the page's own code) starts once it has hydrated the
    // page, which it notes by saving the page's content: counted from there, nothing is missed.
    await waitUntil(async () => (await persistedQueryCount(page)) > 0, STEP_TIMEOUT_MS);
    await served.proxy.waitForQuiet(QUIET_MS, STEP_TIMEOUT_MS);
    return served.proxy.receivedBytes() - before;
  } finally {
    await context.close();
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not so within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function firstVisitRows(browser: Browser, four: Served, ontario: Served, municipalities: number): Promise<BenchRow[]> {
  const bytes = new Map<string, { four: number[]; ontario: number[] }>(FIRST_VISIT_PAGES.map(({ path }) => [path, { four: [], ontario: [] }]));
  // Pages and builds alternate within each round, so a busy moment of the machine hits both.
  for (let run = 0; run < RUNS; run++) {
    for (const { path } of FIRST_VISIT_PAGES) {
      const sizes = bytes.get(path);
      if (!sizes) continue;
      const order = run % 2 ? ([['ontario', ontario], ['four', four]] as const) : ([['four', four], ['ontario', ontario]] as const);
      for (const [which, served] of order) sizes[which].push(await firstVisitBytes(browser, served, path));
    }
  }
  return FIRST_VISIT_PAGES.map(({ name, path }) => {
    const sizes = bytes.get(path) ?? { four: [0], ontario: [0] };
    const withFour = median(sizes.four);
    const withAll = median(sizes.ontario);
    const change = ((withAll - withFour) / withFour) * 100;
    return {
      measure: `${name} (${path}), first visit: change from four municipalities to ${municipalities}`,
      value: Math.abs(change),
      unit: '%',
      budget: { max: SAME_AS_FOUR_PERCENT },
      note: `${kilobytes(withAll).toFixed(1)} KB against ${kilobytes(withFour).toFixed(1)} KB (${change >= 0 ? '+' : ''}${change.toFixed(1)} %); bytes on the wire, median of ${RUNS} alternated visits, service worker blocked`,
    };
  });
}

/** Ticks a city on "where to settle" the way a person does with 444 of them: finds it, then ticks it. */
async function tick(page: Page, city: Municipality, filterLabel: string): Promise<void> {
  await page.getByLabel(filterLabel).fill(city.name);
  await page.getByRole('checkbox', { name: city.name }).first().check({ timeout: STEP_TIMEOUT_MS });
}

/** The app's own code and styles: the same for every page and province, cached for a year. */
const isAppCode = (request: string) => /^GET \/assets\//.test(request);

/**
 * "Where to settle" once a person compares cities: what the page transfers that is not the app's
 * code (the page, the configuration, the municipality index, the content saved for offline),
 * which is what grows with the number of municipalities. The total with the code is in the note.
 */
async function settleRow(browser: Browser, served: Served, cities: readonly Municipality[], municipalities: number): Promise<BenchRow> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const from = served.proxy.transfers().length;
    const [first, second, ...more] = cities;
    if (!first || !second) throw new Error('"where to settle" needs two cities to compare');
    // Two cities come in the link a person was given; they tick the others themselves.
    await page.goto(`${served.origin}/en/where-to-settle?compare=${first.id},${second.id}`);
    const filterLabel = 'Find a city or region';
    await page.getByLabel(filterLabel).waitFor({ timeout: STEP_TIMEOUT_MS });
    const steps: { data: number; total: number }[] = [];
    for (const city of [null, ...more]) {
      if (city) await tick(page, city, filterLabel);
      // The comparison is drawn from what has arrived: the last city's column must show.
      const last = city ?? second;
      await page.getByRole('table').getByRole('columnheader', { name: last.name }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await served.proxy.waitForQuiet(QUIET_MS, STEP_TIMEOUT_MS);
      const transfers = served.proxy.transfers().slice(from);
      const sum = (list: typeof transfers) => list.reduce((bytes, transfer) => bytes + transfer.bytes, 0);
      steps.push({ data: sum(transfers.filter((transfer) => !isAppCode(transfer.request))), total: sum(transfers) });
    }
    const most = steps.reduce((worst, step) => (step.data > worst.data ? step : worst));
    const data = totalsByPath(served.proxy.transfers().slice(from).filter((transfer) => !isAppCode(transfer.request)));
    return {
      measure: `"Where to settle" (/en/where-to-settle), two to four of ${municipalities} municipalities compared: data transferred`,
      value: kilobytes(most.data),
      unit: 'KB',
      budget: { max: SETTLE_BUDGET_KB },
      note:
        `bytes on the wire besides the app's code, from opening a link to two of them to the table of ${cities.length} ` +
        `(${steps.map((step, i) => `${i + 2} cities ${kilobytes(step.data).toFixed(1)} KB`).join(', ')}): ` +
        `${data.map(({ path, bytes }) => `${path} ${kilobytes(bytes).toFixed(1)}`).join(', ')}; ` +
        `with the app's code ${kilobytes(most.total).toFixed(1)} KB; the most populous towns, the others found with the filter and ticked; service worker blocked`,
    };
  } finally {
    await context.close();
  }
}

export interface BrowserScaleOptions {
  municipalities: number;
  /** Snapshots of the generated province and of the same province with four municipalities. */
  snapshots: { ontario: string; four: string };
  /** The towns "where to settle" compares, the largest first. */
  compared: Municipality[];
  /** The municipality whose offline download is measured: the one with the largest catalogue. */
  offline: Municipality;
}

export async function measureScaleInBrowser(options: BrowserScaleOptions): Promise<BenchRow[]> {
  console.log('Building the app from the generated province, and from four municipalities…');
  // One after the other: two builds at once on two cores would only slow both.
  const four = await buildAndServe(options.snapshots.four, 'four', FIRST_PORT);
  try {
    const ontario = await buildAndServe(options.snapshots.ontario, 'ontario', FIRST_PORT + 1);
    try {
      const browser = await chromium.launch(LAUNCH_OPTIONS);
      try {
        const rows = await firstVisitRows(browser, four, ontario, options.municipalities);
        rows.push(await settleRow(browser, ontario, options.compared.slice(0, 4), options.municipalities));
        rows.push(await measureOfflineDownload(ontario.baseUrl, options.offline, { nameSuffix: `, generated Ontario of ${options.municipalities}` }));
        return rows;
      } finally {
        await browser.close();
      }
    } finally {
      await ontario.close();
    }
  } finally {
    await four.close();
  }
}

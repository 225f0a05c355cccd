// Lighthouse 12 with its mobile defaults (simulated Slow 4G, 4x CPU slowdown) on the pages a
// newcomer opens first, against issue 14's budgets. Each run starts a fresh browser: a first
// visit, nothing cached. Runs alternate between pages, and each prints Lighthouse's own measure of
// the machine (benchmarkIndex), so a figure from a busy moment of a shared machine shows as such.
import { pathToFileURL } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { formatTable, median, type BenchRow } from './rows';
import { alternating, listRuns } from './usable';

export const LIGHTHOUSE_PAGES = [
  { name: 'home page', path: '/en/' },
  { name: 'journey page', path: '/en/journey/before' },
  { name: 'step page', path: '/en/tasks/on.ohip' },
  // The bare address people are given, before they have chosen a language.
  { name: 'root address', path: '/' },
] as const;

const RUNS = Number(process.env.NWD_LH_RUNS ?? 5);
/** Issue 14's budgets; the score's is this bench's own. */
const BUDGETS = { score: 95, lcpSeconds: 1.0, tbtMs: 200, cls: 0.02 };
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  // This machine's network is closed: Chromium's own background calls only add noise.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Run {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's measure of the machine's speed (lhr.environment.benchmarkIndex); higher is faster. */
  benchmarkIndex: number;
}

async function runOnce(url: string): Promise<Run> {
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    const metric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`Lighthouse gave no ${id} for ${url}`);
      return value;
    };
    return {
      score: (lhr.categories.performance?.score ?? 0) * 100,
      lcp: metric('largest-contentful-paint') / 1000,
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(options: { baseUrl: string }): Promise<BenchRow[]> {
  const runs = new Map<string, Run[]>(LIGHTHOUSE_PAGES.map((page) => [page.path, []]));
  for (const { page, run } of alternating(LIGHTHOUSE_PAGES, RUNS)) {
    const result = await runOnce(new URL(page.path, options.baseUrl).href);
    runs.get(page.path)?.push(result);
    console.log(
      `  Lighthouse, ${page.path} run ${run}: score ${result.score.toFixed(0)}, LCP ${result.lcp.toFixed(2)} s, ` +
        `TBT ${result.tbt.toFixed(0)} ms, CLS ${result.cls.toFixed(3)}, benchmarkIndex ${result.benchmarkIndex.toFixed(0)}`,
    );
  }
  return LIGHTHOUSE_PAGES.flatMap((page): BenchRow[] => {
    const pageRuns = runs.get(page.path) ?? [];
    const indexes = pageRuns.map((run) => run.benchmarkIndex);
    const [lowest, highest] = [Math.min(...indexes), Math.max(...indexes)].map((index) => index.toFixed(0));
    const machine = `benchmarkIndex median ${median(indexes).toFixed(0)} (${lowest}–${highest})`;
    const row = (measure: string, pick: (run: Run) => number, unit: BenchRow['unit'], budget: BenchRow['budget'], digits: number) => ({
      measure: `${measure}, ${page.name}`,
      value: median(pageRuns.map(pick)),
      unit,
      budget,
      note:
        `Lighthouse mobile, median of ${RUNS} alternating with the other pages, ${page.path}; ` +
        `runs ${listRuns(pageRuns.map(pick), unit === 'score' ? '' : unit, digits)}; ${machine}`,
    });
    return [
      row('Performance score', (run) => run.score, 'score', { min: BUDGETS.score }, 0),
      row('Largest contentful paint', (run) => run.lcp, 's', { max: BUDGETS.lcpSeconds }, 2),
      row('Total blocking time', (run) => run.tbt, 'ms', { max: BUDGETS.tbtMs }, 0),
      row('Cumulative layout shift', (run) => run.cls, '', { max: BUDGETS.cls }, 3),
    ];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? process.env.BENCH_URL ?? 'http://localhost:4173';
  console.log(formatTable(await measureLighthouse({ baseUrl })));
}

// Lighthouse 12 with its mobile defaults (simulated Slow 4G, 4x CPU slowdown) on the pages a
// newcomer opens first. Each run starts a fresh browser: a first visit, nothing cached.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median, type BenchRow } from './rows';

export const LIGHTHOUSE_PAGES = [
  { name: 'home page', path: '/en/' },
  { name: 'journey page', path: '/en/journey/before' },
  { name: 'step page', path: '/en/tasks/on.ohip' },
] as const;

const RUNS = 3;
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
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(options: { baseUrl: string }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const page of LIGHTHOUSE_PAGES) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(new URL(page.path, options.baseUrl).href));
    const note = `Lighthouse mobile, median of ${RUNS}, ${page.path}`;
    const of = (pick: (run: Run) => number) => median(runs.map(pick));
    rows.push(
      { measure: `Performance score, ${page.name}`, value: of((run) => run.score), unit: 'score', budget: { min: 95 }, note },
      { measure: `Largest contentful paint, ${page.name}`, value: of((run) => run.lcp), unit: 's', budget: { max: 2 }, note },
      { measure: `Total blocking time, ${page.name}`, value: of((run) => run.tbt), unit: 'ms', budget: { max: 150 }, note },
      { measure: `Cumulative layout shift, ${page.name}`, value: of((run) => run.cls), unit: '', budget: { max: 0.02 }, note },
    );
  }
  return rows;
}

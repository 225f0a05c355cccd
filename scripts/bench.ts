// `npm run bench`: builds the production app, serves it with the mock portals, measures what a
// newcomer on a cheap phone and a slow network would feel, prints one table, and exits non-zero
// when any figure is over its budget. Not part of `npm test`: it takes minutes and a browser.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { preview } from 'vite';
import { buildApp } from './build';
import { measureBundle } from './bench/bundle';
import { measureJourney } from './bench/journey';
import { measureLighthouse } from './bench/lighthouse';
import { measureOffline } from './bench/offline';
import { formatTable, withinBudget, type BenchRow } from './bench/rows';
import { measureScale } from './bench/scale';
import { measureSearch } from './bench/search';
import { measureUsable } from './bench/usable';
import { OUT_DIR } from './outDir';

const PORT = Number(process.env.BENCH_PORT ?? 4327);

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      // Debian's launcher script complains on stderr about its own settings; only the version matters.
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'Chromium not found';
  }
}

function machine(): string {
  const cpu = cpus();
  return [
    `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
    `Node ${process.version}`,
    chromiumVersion(),
  ].join(' · ');
}

console.log('Building the production app…');
await buildApp();

const rows: BenchRow[] = [...measureBundle(OUT_DIR), ...(await measureJourney()), ...(await measureSearch()), ...(await measureScale())];

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
try {
  const baseUrl = `http://localhost:${PORT}/`;
  console.log('Measuring offline use…');
  rows.push(...(await measureOffline({ baseUrl })));
  console.log('Measuring time to usable (5 runs a page, Slow 4G, 4× CPU slowdown)…');
  rows.push(...(await measureUsable({ baseUrl })));
  console.log('Running Lighthouse (5 runs a page, alternating)…');
  rows.push(...(await measureLighthouse({ baseUrl })));
} finally {
  await server.close();
}

console.log(`\n${formatTable(rows)}\n\nMeasured on ${machine()}`);
const over = rows.filter((row) => !withinBudget(row));
if (over.length > 0) {
  console.error(`\n${over.length} figure${over.length === 1 ? ' is' : 's are'} over budget: ${over.map((row) => row.measure).join('; ')}`);
  process.exit(1);
}
console.log('\nEvery figure is within its budget.');

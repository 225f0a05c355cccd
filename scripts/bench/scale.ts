// The scale figures of issue 13, on a generated Ontario (444 municipalities of about 50 items and
// 5 offices each, beside the federal and provincial feeds): the ingest's time and memory, what a
// phone downloads of the snapshot, and how long search takes to index one person's catalogue.
// `npx tsx scripts/bench/scale.ts [--no-browser]` runs these rows alone; the browser's rows build
// and serve the app from the snapshot (scaleBrowser.ts).
import { readFile, readdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { INDEX_PATH, cataloguePath } from '../../src/api/snapshotPaths';
import type { Catalogue } from '../../src/content/catalogue';
import { buildSearchIndex } from '../../src/content/search/searchIndex';
import { ONTARIO_MUNICIPALITIES } from './ontario/generate';
import { measureIngest } from './ontario/measureIngest';
import type { MunicipalityIndex } from '../../src/content/municipalityIndex';
import type { Municipality } from './offline';
import { measureScaleInBrowser } from './scaleBrowser';
import { formatTable, median, type BenchRow } from './rows';

const INGEST_BUDGET_S = 60;
const INGEST_MEMORY_BUDGET_MB = 1024;
/** "Where to settle" transfers at most this for two to four cities; the index is part of it. */
const SETTLE_BUDGET_KB = 150;
/** The offline download of one municipality, English and French, at most; its catalogue is part of it. */
const OFFLINE_BUDGET_KB = 400;
const SEARCH_BUILD_BUDGET_MS = 100;
const SEARCH_WARM_UP = 3;
const SEARCH_RUNS = 20;

const gzippedKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/** Every municipality's catalogue with its compressed size, the largest first. */
async function catalogues(snapshot: string): Promise<{ id: string; bytes: Buffer; kb: number }[]> {
  const names = await readdir(join(snapshot, 'catalogues'));
  const sized = await Promise.all(
    names.map(async (name) => {
      const id = name.replace(/\.json$/, '');
      const bytes = await readFile(join(snapshot, cataloguePath(id)));
      return { id, bytes, kb: gzippedKb(bytes) };
    }),
  );
  return sized.sort((a, b) => b.kb - a.kb);
}

/** The median build's wall time, and the CPU time of a build on average: others' work slows only the first. */
function timeSearchBuild(catalogue: Catalogue): { ms: number; cpuMs: number } {
  for (let i = 0; i < SEARCH_WARM_UP; i++) buildSearchIndex(catalogue);
  const durations: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const start = performance.now();
    buildSearchIndex(catalogue);
    durations.push(performance.now() - start);
  }
  const { user, system } = process.cpuUsage(cpu);
  return { ms: median(durations), cpuMs: (user + system) / 1000 / SEARCH_RUNS };
}

/** The towns "where to settle" compares, the most populous first, and the town of a catalogue. */
function towns(index: MunicipalityIndex): { byPopulation: Municipality[]; named: (id: string) => Municipality } {
  const town = (entry: MunicipalityIndex['municipalities'][number]): Municipality => ({ id: entry.id, name: entry.name.en ?? entry.id });
  const byPopulation = [...index.municipalities].sort((a, b) => b.population - a.population).map(town);
  return {
    byPopulation,
    named: (id) => {
      const entry = index.municipalities.find((candidate) => candidate.id === id);
      if (!entry) throw new Error(`${id} has a catalogue but no row in ${INDEX_PATH}`);
      return town(entry);
    },
  };
}

export interface ScaleOptions {
  municipalities?: number;
  /** Also build the app from the snapshot and measure it in Chromium (minutes more). */
  browser?: boolean;
}

export async function measureScale({ municipalities = ONTARIO_MUNICIPALITIES, browser = true }: ScaleOptions = {}): Promise<BenchRow[]> {
  const run = await measureIngest({ municipalities });
  try {
    const province = `generated Ontario, ${municipalities} municipalities`;
    const index = await readFile(join(run.snapshot, INDEX_PATH));
    const all = await catalogues(run.snapshot);
    const largest = all[0];
    if (!largest) throw new Error('the ingest wrote no municipality’s catalogue');
    const middle = all[Math.floor(all.length / 2)] ?? largest;
    const catalogue = JSON.parse(largest.bytes.toString('utf8')) as Catalogue;
    const documents = catalogue.items.length + catalogue.offices.length;
    const search = timeSearchBuild(catalogue);
    const rows: BenchRow[] = [
      {
        measure: `Ingest of the ${province}`,
        value: run.seconds,
        unit: 's',
        budget: { max: INGEST_BUDGET_S },
        note: `wall time of \`npm run ingest\` over HTTP from a local server, Node's start included; ${run.cpuSeconds.toFixed(1)} s of CPU, machine load ${run.load.toFixed(1)} on ${municipalities + 2} feeds`,
      },
      {
        measure: `Ingest of the ${province}, peak memory`,
        value: run.peakBytes / 2 ** 20,
        unit: 'MB',
        budget: { max: INGEST_MEMORY_BUDGET_MB },
        note: 'largest resident set of the ingest process',
      },
      {
        measure: `Municipality index (${INDEX_PATH}), ${province}`,
        value: gzippedKb(index),
        unit: 'KB',
        budget: { max: SETTLE_BUDGET_KB },
        note: `gzip -9 of ${(index.length / 1024).toFixed(0)} KB; what "where to settle" reads instead of every feed, within its ${SETTLE_BUDGET_KB} KB page budget`,
      },
      {
        measure: `One municipality's catalogue, English and French, ${province}`,
        value: largest.kb,
        unit: 'KB',
        budget: { max: OFFLINE_BUDGET_KB },
        note: `gzip -9, the largest (${largest.id}, ${(largest.bytes.length / 1024).toFixed(0)} KB); median ${middle.kb.toFixed(1)} KB; part of the ${OFFLINE_BUDGET_KB} KB offline download`,
      },
      {
        measure: `Search index build, one municipality's catalogue (${documents} documents)`,
        value: search.ms,
        unit: 'ms',
        budget: { max: SEARCH_BUILD_BUDGET_MS },
        note: `${largest.id}, the largest; median of ${SEARCH_RUNS} builds after ${SEARCH_WARM_UP} warm-up, ${search.cpuMs.toFixed(0)} ms of CPU each, load ${loadavg()[0]?.toFixed(1) ?? '?'}, Node`,
      },
    ];
    if (!browser) return rows;
    const four = await measureIngest({ municipalities: 4 });
    try {
      const { byPopulation, named } = towns(JSON.parse(index.toString('utf8')) as MunicipalityIndex);
      rows.push(
        ...(await measureScaleInBrowser({
          municipalities,
          snapshots: { ontario: run.snapshot, four: four.snapshot },
          compared: byPopulation,
          offline: named(largest.id),
        })),
      );
    } finally {
      await four.cleanup();
    }
    return rows;
  } finally {
    await run.cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatTable(await measureScale({ browser: !process.argv.includes('--no-browser') })));
}

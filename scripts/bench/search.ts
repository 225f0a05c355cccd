// How long offline search takes: building the index when the app starts (or the catalogue
// changes), and answering each keystroke, on the mock catalogue and on one 20 times its size.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Catalogue } from '../../src/content/catalogue';
import { search } from '../../src/content/search/search';
import { buildSearchIndex, type SearchIndex } from '../../src/content/search/searchIndex';
import { largeCatalogue } from '../../src/content/testing/largeCatalogue';
import { formatTable, median, quantile, type BenchRow } from './rows';

const LARGE_COPIES = 20;
const BUILD_WARM_UP = 3;
const BUILD_RUNS = 9;
const QUERY_WARM_UP_ROUNDS = 3;
const QUERY_ROUNDS = 5;
const BUILD_BUDGET_MS = 300;
const QUERY_BUDGET_MS = 10;

/**
 * What people type, as they type it: single words, partial words, both languages with and
 * without accents, acronyms and their synonyms, several words, typos, places, and words the
 * catalogue does not contain. `@fr` runs the query with the French UI.
 */
export const QUERIES: readonly string[] = [
  // single words
  'health', 'doctor', 'school', 'housing', 'bank', 'taxes', 'library', 'citizenship', 'transit', 'vaccination',
  // prefixes, as the person is typing
  'hea', 'heal', 'cit', 'citiz', 'lib', 'trans', 'emp', 'regis', 'perm', 'lang',
  // French, with and without accents
  'santé@fr', 'sante@fr', 'école@fr', 'ecole@fr', 'médecin@fr', 'logement@fr', 'impôts@fr', 'bibliothèque@fr', 'citoyenneté@fr', 'permis de conduire@fr',
  // acronyms and synonyms, across languages
  'OHIP', 'carte santé', 'SIN@fr', 'NAS', 'PR card', 'carte RP@fr', 'CLIC', 'LINC', 'CRA', 'G1', 'health card', 'daycare', '211', '911',
  // several words
  'apply for health card', 'open a bank account', 'find a family doctor', 'register children for school', 'free english classes',
  'exchange driver licence', 'cours de français gratuits@fr', 'trouver un logement@fr', 'library card toronto', 'ServiceOntario Ottawa',
  // typos
  'helth', 'citizenshp', 'vacination', 'insurence', 'libary', 'passprot', 'mentorng', 'imigration',
  // places and offices
  'Ottawa', 'Hamilton', 'Sudbury', 'Boréal', 'College Street', 'North York',
  // nothing, or stop words only
  'zzzz', 'de la', 'the',
];

function timeBuild(catalogue: Catalogue): number {
  for (let i = 0; i < BUILD_WARM_UP; i++) buildSearchIndex(catalogue);
  const durations: number[] = [];
  for (let i = 0; i < BUILD_RUNS; i++) {
    const start = performance.now();
    buildSearchIndex(catalogue);
    durations.push(performance.now() - start);
  }
  return median(durations);
}

function runQuery(index: SearchIndex, entry: string): number {
  const [query = '', lang] = entry.split('@');
  const results = search(index, query, { lang: lang === 'fr' ? 'fr' : 'en' });
  // Reading the result keeps the work from looking dead to the optimiser.
  return results.counts.task + results.counts.guide + results.counts.office;
}

function timeQueries(index: SearchIndex): number[] {
  for (let round = 0; round < QUERY_WARM_UP_ROUNDS; round++) for (const entry of QUERIES) runQuery(index, entry);
  const durations: number[] = [];
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const entry of QUERIES) {
      const start = performance.now();
      runQuery(index, entry);
      durations.push(performance.now() - start);
    }
  }
  return durations;
}

function rows(label: string, catalogue: Catalogue): BenchRow[] {
  const documents = catalogue.items.length + catalogue.offices.length;
  const buildMs = timeBuild(catalogue);
  const index = buildSearchIndex(catalogue);
  const serialisedKb = JSON.stringify(index.engine).length / 1024;
  const durations = timeQueries(index);
  const queries = `${QUERIES.length} queries × ${QUERY_ROUNDS} rounds after ${QUERY_WARM_UP_ROUNDS} warm-up rounds, Node`;
  return [
    {
      measure: `Search index build, ${label} (${documents} documents)`,
      value: buildMs,
      unit: 'ms',
      budget: { max: BUILD_BUDGET_MS },
      note: `median of ${BUILD_RUNS} builds after ${BUILD_WARM_UP} warm-up; serialised it would be ${serialisedKb.toFixed(0)} KB of JSON, Node`,
    },
    {
      measure: `Search query p95, ${label}`,
      value: quantile(durations, 0.95),
      unit: 'ms',
      budget: { max: QUERY_BUDGET_MS },
      note: queries,
    },
    {
      measure: `Search query p50, ${label}`,
      value: median(durations),
      unit: 'ms',
      budget: { max: QUERY_BUDGET_MS },
      note: `informational; ${queries}`,
    },
  ];
}

export async function measureSearch(): Promise<BenchRow[]> {
  return [...rows(`catalogue ×${LARGE_COPIES}`, largeCatalogue(LARGE_COPIES)), ...rows('mock catalogue', largeCatalogue(1))];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatTable(await measureSearch()));
}

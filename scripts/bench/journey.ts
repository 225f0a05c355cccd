// How long the plan takes to compute on a catalogue far larger than today's, for a person whose
// profile filters the least and whose progress touches many steps: the worst case a page meets.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CatalogueItem } from '../../src/content/catalogue';
import { buildJourney, summarize } from '../../src/content/journey';
import { Profile, PROFILE_VERSION } from '../../src/content/profile';
import { PROGRESS_VERSION, type Progress } from '../../src/content/progress';
import { largeCatalogue } from '../../src/content/testing/largeCatalogue';
import { formatTable, median, quantile, type BenchRow } from './rows';

const LARGE_COPIES = 20;
const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 100;
const BUDGET_MS = 20;
/** Fixed, so due dates (and so overdue and due-soon flags) are the same on every run and day. */
const TODAY = '2026-11-23';

/** Arrived, every household trait, a category and a city: the fewest steps filtered out. */
function largeProfile(): Profile {
  return Profile.parse({
    version: PROFILE_VERSION,
    stage: 'arrived',
    arrivalDate: '2026-09-01',
    municipality: 'ottawa',
    category: 'economic',
    household: { spouseOrPartner: true, children0to5: true, children6to17: true },
    drives: true,
    regulatedOccupation: true,
    language: 'en',
  });
}

type StepStatus = Progress['steps'][string]['status'];
const STATUSES_SET: readonly StepStatus[] = ['in-progress', 'done', 'not-for-me', 'not-started'];

/** A status on every third item, cycling through all statuses, like a long-used plan. */
function largeProgress(items: readonly CatalogueItem[]): Progress {
  const touched = items.filter((_, i) => i % 3 === 0);
  const status = (i: number): StepStatus => STATUSES_SET[i % STATUSES_SET.length] ?? 'done';
  const steps = Object.fromEntries(
    touched.map((item, i) => [item.id, { status: status(i), updatedAt: '2026-11-01T12:00:00Z' }]),
  );
  return { version: PROGRESS_VERSION, steps };
}

/** What the plan page computes on each render: the plan, then the summary of its groups. */
function computePlanPage(items: CatalogueItem[], profile: Profile, progress: Progress) {
  const journey = buildJourney(items, profile, progress, TODAY);
  const groups = profile.stage === 'arrived' ? journey.settlement : journey.preArrival;
  return { journey, summary: summarize(groups) };
}

interface Timing {
  medianMs: number;
  p95Ms: number;
  steps: number;
  statuses: number;
}

function timePlanPage(items: CatalogueItem[]): Timing {
  const profile = largeProfile();
  const progress = largeProgress(items);
  // Let the JIT compile the hot paths first: a page renders the plan many times.
  let steps = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) steps = computePlanPage(items, profile, progress).journey.steps.length;
  const durations: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = performance.now();
    const { journey } = computePlanPage(items, profile, progress);
    durations.push(performance.now() - start);
    // Reading the result keeps the work from looking dead to the optimiser.
    if (journey.steps.length !== steps) throw new Error('the plan changed between runs');
  }
  return { medianMs: median(durations), p95Ms: quantile(durations, 0.95), steps, statuses: Object.keys(progress.steps).length };
}

function row(label: string, items: CatalogueItem[]): BenchRow {
  const timing = timePlanPage(items);
  return {
    measure: `${label} (${items.length} items)`,
    value: timing.medianMs,
    unit: 'ms',
    budget: { max: BUDGET_MS },
    note:
      `median of ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up, p95 ${timing.p95Ms.toFixed(1)} ms; ` +
      `buildJourney + summarize, ${timing.steps} steps, ${timing.statuses} statuses set, Node`,
  };
}

export async function measureJourney(): Promise<BenchRow[]> {
  return [
    row(`Journey computation, catalogue ×${LARGE_COPIES}`, largeCatalogue(LARGE_COPIES).items),
    row('Journey computation, mock catalogue', largeCatalogue(1).items),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatTable(await measureJourney()));
}

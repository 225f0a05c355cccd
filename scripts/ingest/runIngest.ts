import type { PortalsFile } from '../../src/api/portalConfig';
import { SEVERITIES, type Severity } from '../../src/content/validation/notice';
import { validateFeed } from '../../src/content/validation/validateFeed';
import { decide, entryCount, type Decision } from './decide';
import { mapConcurrent } from './pool';
import { CONFIG_PATH } from '../../src/api/snapshotPaths';
import { REPORT_PATH, STATE_PATH, readPreviousSnapshot, type PreviousSnapshot, type StateFile } from './previousSnapshot';
import { readTarget } from './readTarget';
import { REASONS_LISTED, type IngestReport, type SourceReport } from './report';
import type { RetryOptions } from './retryingFetch';
import { snapshotFiles, type SnapshotInput } from './snapshot';
import { ingestTargets, type Target } from './targets';
import { writeSnapshot, type SnapshotFile } from './writeSnapshot';

/** Sources read at once: enough to overlap slow servers, few enough not to crowd one host. */
export const DEFAULT_CONCURRENCY = 4;

export interface IngestOptions {
  config: PortalsFile;
  /**
   * The configuration as its file reads, written into the snapshot so a build that deploys the
   * snapshot serves the app the same sources the ingest read (the app and the ingest share one file).
   */
  configFile?: Record<string, unknown>;
  out: string;
  /** Write only from the previous snapshot in `out`. */
  offline?: boolean;
  asOf: string;
  /** Resolves relative source URLs. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Where secrets (the 211 key) are read from; the process's environment by default. */
  env?: NodeJS.ProcessEnv;
  retry?: Omit<RetryOptions, 'onRetry'>;
  concurrency?: number;
  now?: () => Date;
}

export interface IngestResult {
  report: IngestReport;
  written: boolean;
}

interface Outcome {
  target: Target;
  decision: Decision;
  ms: number;
  retries: number;
  notices: Record<Severity, number>;
}

const noNotices = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

/** Reads (or, offline, only recalls) one target and decides what the snapshot keeps of it. */
async function ingestTarget(target: Target, options: IngestOptions, previous: PreviousSnapshot, now: string): Promise<Outcome> {
  const copy = await previous.copyOf(target);
  const previousState = previous.state[target.key];
  const base = { previous: copy, previousState, now };
  if (options.offline) return { target, decision: decide(base), ms: 0, retries: 0, notices: noNotices() };
  // Conditional only with the copy at hand: a 304 is of no use without it.
  const conditional = copy ? previousState?.validators : undefined;
  const read = await readTarget(target, {
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(conditional ? { conditional } : {}),
  });
  return { target, decision: decide({ ...base, answer: read.answer, validators: read.validators }), ms: read.ms, retries: read.retries, notices: noNotices() };
}

/**
 * Each feed through the one validator, against every other feed the snapshot holds, keeping the
 * entries it keeps; the notices are counted for the report.
 */
function validateAll(outcomes: Outcome[], asOf: string): void {
  const feeds = outcomes.flatMap((outcome) => (outcome.decision.content?.type === 'feed' ? [outcome.decision.content.feed] : []));
  for (const outcome of outcomes) {
    const content = outcome.decision.content;
    if (content?.type !== 'feed') continue;
    const published = feeds.filter((feed) => feed !== content.feed);
    const result = validateFeed(content.feed, { asOf, published });
    outcome.notices = Object.fromEntries(SEVERITIES.map((severity) => [severity, result.summary.counts[severity]])) as Record<Severity, number>;
    if (result.feed) content.feed = result.feed;
  }
}

function reportRow({ target, decision, ms, retries, notices }: Outcome): SourceReport {
  return {
    source: target.key,
    kind: target.source.kind,
    status: decision.status,
    ...(decision.reason ? { reason: decision.reason } : {}),
    read: decision.read,
    rejected: { count: decision.rejections.length, reasons: decision.rejections.slice(0, REASONS_LISTED) },
    keptFromPrevious: decision.keptFromPrevious,
    entries: entryCount(decision.content),
    ms,
    retries,
    notices,
  };
}

function snapshotInput(outcomes: Outcome[], generatedAt: string): SnapshotInput {
  const input: SnapshotInput = { generatedAt, feeds: [], news: [] };
  for (const { target, decision } of outcomes) {
    const content = decision.content;
    if (target.type === 'feed' && content?.type === 'feed') input.feeds.push({ source: target.source, feed: content.feed });
    // A language with no entries still gets its file, so the app can tell "no news" from "no snapshot".
    if (target.type === 'news') input.news.push({ source: target.source, lang: target.lang, entries: content?.type === 'news' ? content.entries : [] });
  }
  return input;
}

/**
 * `npm run ingest`: every enabled source read server-side (a few at a time, each with its
 * time limit and retries), compared with the previous run, validated, and written as a static
 * snapshot beside its state and report. Nothing is written when no source gave anything.
 */
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const generatedAt = (options.now?.() ?? new Date()).toISOString();
  const previous = await readPreviousSnapshot(options.out);
  const targets = ingestTargets(options.config);
  const outcomes = await mapConcurrent(targets, options.concurrency ?? DEFAULT_CONCURRENCY, (target) => ingestTarget(target, options, previous, generatedAt));
  validateAll(outcomes, options.asOf);

  const written = outcomes.some(({ decision }) => decision.content !== undefined);
  const files = written ? snapshotFiles(snapshotInput(outcomes, generatedAt)) : new Map<string, unknown>();
  const report: IngestReport = {
    generatedAt,
    asOf: options.asOf,
    offline: options.offline ?? false,
    written,
    ms: 0,
    municipalities: [...files.keys()].filter((path) => path.startsWith('catalogues/')).length,
    sources: outcomes.map(reportRow),
  };
  if (written) {
    const state: StateFile = { generatedAt, sources: Object.fromEntries(outcomes.map(({ target, decision }) => [target.key, decision.state])) };
    const data: SnapshotFile[] = [...files].map(([path, value]) => ({ path, value }));
    // The time written is up to the writing; the one returned (and printed) includes it.
    report.ms = Math.round(performance.now() - started);
    // A deployed copy names its snapshot; the snapshot's own copy must not name an old one.
    if (options.configFile) data.push({ path: CONFIG_PATH, value: Object.fromEntries(Object.entries(options.configFile).filter(([key]) => key !== 'snapshot')), readable: true });
    await writeSnapshot(options.out, [...data, { path: STATE_PATH, value: state, readable: true }, { path: REPORT_PATH, value: report, readable: true }]);
  }
  report.ms = Math.round(performance.now() - started);
  return { report, written };
}

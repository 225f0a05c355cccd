import type { NewsEntry } from '../../src/api/newsEntry';
import type { Feed } from '../../src/content/feed';
import type { Validators } from './conditionalFetch';
import type { Answer } from './readTarget';

/** What the snapshot holds of one target. */
export type Content = { type: 'feed'; feed: Feed } | { type: 'news'; entries: NewsEntry[] };

/** What the next run needs to know of a target (state.json). */
export interface TargetState {
  /** Of the copy the snapshot holds, so a 304 always means "that copy is current". */
  validators?: Validators;
  /** Entries in the copy the snapshot holds. */
  entries: number;
  /** When the source last answered with content the snapshot took (or confirmed with a 304). */
  lastGood?: string;
  lastChecked: string;
}

export type Status = 'read' | 'not-modified' | 'kept-previous' | 'failed';

export interface Decision {
  status: Status;
  /** Why the answer was not taken, or what to watch for. */
  reason?: string;
  /** What goes into the snapshot; none when there is neither an answer nor a previous copy. */
  content?: Content;
  state: TargetState;
  /** Entries in this run's answer. */
  read: number;
  rejections: string[];
  /** Entries the snapshot holds from the previous run instead of this run's answer. */
  keptFromPrevious: number;
}

/** An answer with fewer than this share of the entries kept last time is taken for a broken export. */
export const MIN_SHARE = 0.5;

export function entryCount(content: Content | undefined): number {
  if (!content) return 0;
  if (content.type === 'news') return content.entries.length;
  return content.feed.items.length + content.feed.offices.length + content.feed.municipalities.length;
}

function contentOf(answer: Answer): Content | undefined {
  if (answer.outcome === 'feed') return { type: 'feed', feed: answer.feed };
  if (answer.outcome === 'news') return { type: 'news', entries: answer.entries };
  return undefined;
}

/** Why a smaller answer should not replace the copy at hand, if it should not. */
function shrunk(count: number, before: number): string | undefined {
  if (before === 0) return undefined;
  if (count === 0) return `answered with no entries, after ${before} last time; the previous copy is kept`;
  if (count < before * MIN_SHARE) return `answered with ${count} entries, fewer than half of the ${before} last time; the previous copy is kept`;
  return undefined;
}

interface DecideInput {
  /** This run's answer; none when offline. */
  answer?: Answer;
  validators?: Validators;
  previous?: Content;
  previousState?: TargetState;
  /** This run's time (ISO). */
  now: string;
}

/**
 * Whether the snapshot takes this run's answer or keeps the previous copy. Pure: the same answer,
 * copy and state always give the same decision.
 */
export function decide({ answer, validators, previous, previousState, now }: DecideInput): Decision {
  const before = entryCount(previous);
  const keep = (status: Status, reason: string, extra: Partial<Decision> = {}): Decision => ({
    status,
    reason,
    ...(previous ? { content: previous } : {}),
    state: { ...previousState, entries: before, lastChecked: now },
    read: 0,
    rejections: [],
    keptFromPrevious: before,
    ...extra,
  });
  const noCopy = previous ? '' : '; no previous copy to keep';

  if (!answer) return keep(previous ? 'kept-previous' : 'failed', `offline: ${previous ? 'the copy the previous run saved' : 'no previous copy'}`);
  if (answer.outcome === 'failed') return keep('failed', `${answer.reason}${noCopy}`);
  if (answer.outcome === 'not-modified') {
    // Only asked when a copy was at hand; one missing since is a failure to report, not a copy.
    if (!previous) return keep('failed', 'answered 304 Not Modified, but the previous copy is missing');
    const state: TargetState = { ...previousState, entries: before, lastGood: now, lastChecked: now };
    const saved = answer.validators ?? previousState?.validators;
    return keep('not-modified', 'unchanged since the previous run', { state: saved ? { ...state, validators: saved } : state });
  }

  const content = contentOf(answer);
  const count = entryCount(content);
  const rejections = answer.rejections;
  const why = shrunk(count, before);
  if (why) return keep('kept-previous', why, { read: count, rejections });
  return {
    status: 'read',
    ...(count === 0 ? { reason: 'answered with no entries' } : {}),
    ...(content ? { content } : {}),
    state: { ...(validators ? { validators } : {}), entries: count, lastGood: now, lastChecked: now },
    read: count,
    rejections,
    keptFromPrevious: 0,
  };
}

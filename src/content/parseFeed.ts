import { z } from 'zod';
import { FeedEnvelope, type Feed } from './feed';
import { Item } from './item';
import { Office } from './office';
import { Municipality } from './municipality';

export type FeedSection = 'feed' | 'items' | 'offices' | 'municipalities';

/** One thing wrong with a feed, worded so a publisher can find and fix it. */
export interface FeedProblem {
  section: FeedSection;
  /** Position in its list, when the problem is one entry's. */
  index?: number;
  /** The entry's id, when it has a readable one. */
  id?: string;
  /** Each failing field with what is wrong with it, e.g. "title: is required". */
  fields: string[];
  message: string;
}

export interface ParsedFeed {
  /** Null when the envelope itself is unusable; otherwise every valid entry. */
  feed: Feed | null;
  problems: FeedProblem[];
}

// A missing field reaches the error map with no input, whatever check it failed first.
const requiredIsMissing: z.core.$ZodErrorMap = (issue) =>
  issue.input === undefined && issue.code !== 'custom' ? 'is required' : undefined;

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

function readableId(entry: unknown): string | undefined {
  if (typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string') {
    return entry.id;
  }
  return undefined;
}

/** Why one entry was skipped: its schema issues, or the earlier entry that holds its id. */
export interface SkippedEntry {
  section: Exclude<FeedSection, 'feed'>;
  index: number;
  id?: string;
  issues: z.core.$ZodIssue[];
  /** Set when the entry is valid but repeats the id of the entry at this index. */
  duplicateOf?: number;
}

/** What the loader decided, with the raw reasons, so the publishers' validator words them itself. */
export interface ReadFeed {
  feed: Feed | null;
  /** Set when the envelope is unusable and the whole feed is rejected. */
  envelopeIssues: z.core.$ZodIssue[];
  skipped: SkippedEntry[];
  /** For each kept entry, its index in the source list (entries are kept in order). */
  kept: Record<Exclude<FeedSection, 'feed'>, number[]>;
}

function parseEntries<T>(
  section: Exclude<FeedSection, 'feed'>,
  entries: unknown[],
  schema: z.ZodType<T>,
  skipped: SkippedEntry[],
  kept: number[],
): T[] {
  const valid: T[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = readableId(entry);
    const result = schema.safeParse(entry, { error: requiredIsMissing });
    if (!result.success) {
      skipped.push({ section, index, id, issues: result.error.issues });
      return;
    }
    const first = id === undefined ? undefined : seen.get(id);
    if (first !== undefined) {
      skipped.push({ section, index, id, issues: [], duplicateOf: first });
      return;
    }
    if (id !== undefined) seen.set(id, index);
    valid.push(result.data);
    kept.push(index);
  });
  return valid;
}

/**
 * The loader's decision on a feed: which entries are kept and why the others are not. The app,
 * the preview and the validate-feed command all go through this one function.
 */
export function readFeed(input: unknown): ReadFeed {
  const kept: ReadFeed['kept'] = { items: [], offices: [], municipalities: [] };
  const envelope = FeedEnvelope.safeParse(input, { error: requiredIsMissing });
  if (!envelope.success) return { feed: null, envelopeIssues: envelope.error.issues, skipped: [], kept };
  const skipped: SkippedEntry[] = [];
  const { items, offices, municipalities, ...rest } = envelope.data;
  const feed: Feed = {
    ...rest,
    items: parseEntries('items', items, Item, skipped, kept.items),
    offices: parseEntries('offices', offices, Office, skipped, kept.offices),
    municipalities: parseEntries('municipalities', municipalities, Municipality, skipped, kept.municipalities),
  };
  return { feed, envelopeIssues: [], skipped, kept };
}

function describeSkipped({ section, index, id, issues, duplicateOf }: SkippedEntry): FeedProblem {
  const label = `${section}[${index}]${id ? ` "${id}"` : ''}`;
  const fields =
    duplicateOf === undefined ? describeIssues(new z.ZodError(issues)) : [`id: "${id}" is used by an earlier entry`];
  return { section, index, id, fields, message: `${label} skipped: ${fields.join('; ')}` };
}

/**
 * Validates a feed entry by entry: a malformed entry is reported and skipped, the rest is kept.
 * Only a broken envelope (no usable publisher or schema version) rejects the whole feed.
 */
export function parseFeed(input: unknown): ParsedFeed {
  const { feed, envelopeIssues, skipped } = readFeed(input);
  if (!feed) {
    const fields = describeIssues(new z.ZodError(envelopeIssues));
    return { feed: null, problems: [{ section: 'feed', fields, message: `Feed rejected: ${fields.join('; ')}` }] };
  }
  return { feed, problems: skipped.map(describeSkipped) };
}

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

function parseEntries<T>(
  section: Exclude<FeedSection, 'feed'>,
  entries: unknown[],
  schema: z.ZodType<T>,
  problems: FeedProblem[],
): T[] {
  const valid: T[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = readableId(entry);
    const label = `${section}[${index}]${id ? ` "${id}"` : ''}`;
    const result = schema.safeParse(entry, { error: requiredIsMissing });
    if (!result.success) {
      const fields = describeIssues(result.error);
      problems.push({ section, index, id, fields, message: `${label} skipped: ${fields.join('; ')}` });
      return;
    }
    if (id !== undefined && seen.has(id)) {
      const fields = [`id: "${id}" is used by an earlier entry`];
      problems.push({ section, index, id, fields, message: `${label} skipped: ${fields[0]}` });
      return;
    }
    if (id !== undefined) seen.add(id);
    valid.push(result.data);
  });
  return valid;
}

/**
 * Validates a feed entry by entry: a malformed entry is reported and skipped, the rest is kept.
 * Only a broken envelope (no usable publisher or schema version) rejects the whole feed.
 */
export function parseFeed(input: unknown): ParsedFeed {
  const envelope = FeedEnvelope.safeParse(input, { error: requiredIsMissing });
  if (!envelope.success) {
    const fields = describeIssues(envelope.error);
    return {
      feed: null,
      problems: [{ section: 'feed', fields, message: `Feed rejected: ${fields.join('; ')}` }],
    };
  }
  const problems: FeedProblem[] = [];
  const { items, offices, municipalities, ...rest } = envelope.data;
  const feed: Feed = {
    ...rest,
    items: parseEntries('items', items, Item, problems),
    offices: parseEntries('offices', offices, Office, problems),
    municipalities: parseEntries('municipalities', municipalities, Municipality, problems),
  };
  return { feed, problems };
}

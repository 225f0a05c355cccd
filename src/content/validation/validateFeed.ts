import type { Feed } from '../feed';
import { readFeed } from '../parseFeed';
import { buildContext } from './buildContext';
import { SEVERITIES, type Notice, type Severity } from './notice';
import { CHECKS } from './registry';
import { readSourceText, type SourceText } from './sourceText';
import { readProblemNotice, schemaNotices, versionNotice } from './structure';
import { unknownFieldNotices } from './unknownFields';

export interface ValidateOptions {
  /** The day the feed is judged on (YYYY-MM-DD), so a run can be reproduced. */
  asOf: string;
  /** The feeds published now, for references and overlaps; this publisher's own is ignored. */
  published?: Feed[];
}

type Counts = { total: number; kept: number };

export interface ValidationSummary {
  publisher: { id: string; name: Record<string, string>; jurisdiction: string } | null;
  schemaVersion: string | null;
  generatedAt: string | null;
  asOf: string;
  /** Languages the kept items are published in. */
  languages: string[];
  items: Counts;
  offices: Counts;
  municipalities: Counts;
  counts: Record<Severity, number>;
}

/** What the command prints with --json and the preview downloads. */
export interface ValidationReport {
  summary: ValidationSummary;
  notices: Notice[];
}

export interface ValidationResult extends ValidationReport {
  /** The entries the app would keep (null when it would reject the feed): what the preview shows. */
  feed: Feed | null;
}

function listLength(value: unknown, key: string): number {
  const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
}

function summarize(value: unknown, feed: Feed | null, asOf: string, notices: Notice[]): ValidationSummary {
  const envelope = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, notices.filter((n) => n.severity === s).length]));
  const section = (key: 'items' | 'offices' | 'municipalities'): Counts => ({
    total: listLength(value, key),
    kept: feed ? feed[key].length : 0,
  });
  return {
    publisher: feed
      ? { id: feed.publisher.id, name: feed.publisher.name, jurisdiction: feed.publisher.jurisdiction }
      : null,
    schemaVersion: typeof envelope.schemaVersion === 'string' ? envelope.schemaVersion : null,
    generatedAt: typeof envelope.generatedAt === 'string' ? envelope.generatedAt : null,
    asOf,
    languages: [...new Set(feed?.items.flatMap((item) => item.languages) ?? [])].sort(),
    items: section('items'),
    offices: section('offices'),
    municipalities: section('municipalities'),
    counts: counts as Record<Severity, number>,
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function locateAll(notices: Notice[], source: SourceText | null): Notice[] {
  const located = notices.map((notice) => {
    const position = source?.locate(notice.path);
    return position ? { ...notice, ...position } : notice;
  });
  // Most serious first, then in the order they stand in the file.
  return located.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/**
 * The one validator: the loader's own decision on every entry (readFeed), worded for an editor,
 * then every check on the entries the app would keep. `input` is the file's text (notices then
 * carry line and column) or an already-parsed value.
 */
export function validateFeed(input: string | unknown, { asOf, published = [] }: ValidateOptions): ValidationResult {
  let source: SourceText | null = null;
  let value: unknown = input;
  if (typeof input === 'string') {
    const read = readSourceText(input);
    if ('problem' in read) {
      const notices = [readProblemNotice(read.problem)];
      return { summary: summarize(undefined, null, asOf, notices), notices, feed: null };
    }
    source = read.source;
    value = source.value;
  }
  const version = versionNotice(value);
  if (version) {
    const notices = locateAll([version], source);
    return { summary: summarize(value, null, asOf, notices), notices, feed: null };
  }
  const read = readFeed(value);
  const notices = [...schemaNotices(value, read), ...unknownFieldNotices(value, read)];
  if (read.feed) {
    const context = buildContext(value, { feed: read.feed, kept: read.kept }, { asOf, published });
    for (const check of CHECKS) notices.push(...check(context));
  }
  const located = locateAll(notices, source);
  return { summary: summarize(value, read.feed, asOf, located), notices: located, feed: read.feed };
}

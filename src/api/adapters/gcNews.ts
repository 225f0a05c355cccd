import { plainText } from '../../content/validation/plainText';
import type { RejectedRecord } from './sourceRecords';
import { slug } from './slug';
import { calendarDay, type NewsEntry } from '../newsEntry';

/**
 * The Government of Canada news API (api.io.canada.ca/io-server/gc/news, JSON form) as a list
 * of news entries for the What's new page. News is neither an item nor an office, so it stays out
 * of the common feed and has its own small shape.
 */
export interface GcNewsContext {
  sourceId: string;
  lang: 'en' | 'fr';
  /** The publishing site that relative links belong to; www.canada.ca unless configured. */
  siteBase?: string;
}

export interface AdaptedNews {
  entries: NewsEntry[];
  rejected: RejectedRecord[];
  /**
   * The response listed no entries at all. The API answers a query it does not understand (an
   * unknown parameter) with an empty feed rather than an error, so the ingest must warn instead
   * of publishing "no news".
   */
  empty: boolean;
}

export const GC_NEWS_SITE = 'https://www.canada.ca';


/** Turns one response of the GC news API into news entries; never throws. */
export function fromGcNews(text: string, context: GcNewsContext): AdaptedNews {
  const read = readRecords(text);
  if ('reason' in read) return { entries: [], rejected: [{ index: -1, reason: read.reason }], empty: true };

  const entries: NewsEntry[] = [];
  const rejected: RejectedRecord[] = [];
  const taken: Taken = new Map();
  read.records.forEach((record, index) => {
    const result = toEntry(record, index, context);
    if ('reason' in result) {
      rejected.push(result);
      return;
    }
    const kept = withUniqueId(result, index, taken, prefix(context.sourceId));
    if ('reason' in kept) rejected.push(kept);
    else entries.push(kept);
  });
  return { entries: newestFirst(entries), rejected, empty: read.records.length === 0 };
}

/** The n most recent entries (the home page shows three). */
export function latestNews(entries: readonly NewsEntry[], n: number): NewsEntry[] {
  return n > 0 ? newestFirst([...entries]).slice(0, n) : [];
}

type Records = { records: unknown[] } | { reason: string };

function readRecords(text: string): Records {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: `The answer is not JSON (it begins “${excerpt(text)}”). Ask for format=json.` };
  }
  const feed = isObject(json) ? json.feed : undefined;
  if (!isObject(feed)) return { reason: 'The answer has no `feed` object: it is not a GC news API response.' };
  return { records: asList(feed.entry) };
}

/** The API turns XML into JSON, so one entry comes as an object and none as a missing key. */
function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

type Outcome = NewsEntry | RejectedRecord;

function toEntry(record: unknown, index: number, context: GcNewsContext): Outcome {
  const position = index + 1;
  if (!isObject(record)) return { index, reason: `Entry ${position} is not a news entry (it is ${describe(record)}).` };

  const title = textOf(record.title);
  const rawLink = linkOf(record.link);
  const label = title ? ` (“${excerpt(title)}”)` : '';
  const reject = (problem: string): RejectedRecord => ({
    index,
    ...(rawLink ? { recordId: rawLink } : {}),
    reason: `Entry ${position}${label}: ${problem}`,
  });

  if (!title) return reject('no title, so readers would not know what the news is about.');
  if (!rawLink) return reject('no link to the news page, so readers could not open it.');
  const url = resolveLink(rawLink, context.siteBase ?? GC_NEWS_SITE);
  if (typeof url !== 'string') return reject(url.problem);
  const slug = pageSlug(url);
  if (!slug) return reject(`the link “${excerpt(rawLink)}” points at a site's home page, not a news page.`);
  const published = publication(record.publishedDate);
  if ('problem' in published) return reject(published.problem);

  const summary = textOf(record.teaser) || textOf(record.summary);
  return {
    id: `${prefix(context.sourceId)}.${slug}`,
    lang: context.lang,
    title,
    ...(summary ? { summary } : {}),
    url,
    ...published,
    publisher: context.sourceId,
  };
}

/** Ids already given, with the entry (1-based) and page that hold them. */
type Taken = Map<string, { position: number; url: string }>;

/** Two entries on one page are one news; two pages with one name keep apart by their whole address. */
function withUniqueId(entry: NewsEntry, index: number, taken: Taken, idPrefix: string): Outcome {
  const first = taken.get(entry.id);
  const repeated = first?.url === entry.url ? first : undefined;
  const { hostname, pathname } = new URL(entry.url);
  const id = first && !repeated ? `${idPrefix}.${slug(`${hostname}${pathname}`)}` : entry.id;
  const holder = repeated ?? taken.get(id);
  if (holder) {
    return { index, recordId: entry.url, reason: `Entry ${index + 1} (“${excerpt(entry.title)}”): repeats entry ${holder.position}, which has the same link.` };
  }
  taken.set(id, { position: index + 1, url: entry.url });
  return { ...entry, id };
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? plainText(value) : '';
}

/** Links come as a string, or Atom-style as `{ href }` or a list of them. */
function linkOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(linkOf).find(Boolean) ?? '';
  if (isObject(value)) return linkOf(value.href);
  return '';
}

// canada.ca and gc.ca pages all answer on https; an old http link to them is the same page.
const SECURE_HOSTS = /(^|\.)(canada\.ca|gc\.ca)$/;

function resolveLink(link: string, base: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return { problem: `the link “${excerpt(link)}” is not a web address.` };
  }
  if (url.protocol === 'http:' && SECURE_HOSTS.test(url.hostname)) url.protocol = 'https:';
  if (url.protocol !== 'https:') return { problem: `the link “${excerpt(link)}” is not a secure (https) web page.` };
  return url.href;
}

/** The page's own name ("…/2026/11/canada-launches-x.html" → "canada-launches-x"), which never changes. */
function pageSlug(href: string): string {
  const segments = new URL(href).pathname.split('/').map(decoded).filter(Boolean);
  const names = segments.map((segment) => segment.replace(/\.(html?|php|aspx?)$/i, ''));
  const last = names.at(-1);
  const name = last === 'index' ? names.at(-2) : last;
  return slug(name ?? '');
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}


function prefix(sourceId: string): string {
  return sourceId.split('.').map(slug).filter(Boolean).join('.') || 'gc-news';
}

// "2026-11-28T10:00:00-05:00", "…Z", "2026-10-30 16:00:00" (no zone), "2026-10-30", "-0500".
const PUBLISHED = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

type Published = { publishedOn: string; publishedAt?: string } | { problem: string };

function publication(value: unknown): Published {
  if (typeof value !== 'string' || !value.trim()) return { problem: 'no publication date, so it cannot be placed among the latest news.' };
  const match = PUBLISHED.exec(value.trim());
  const day = match?.[1];
  if (!match || !day || calendarDay(day) === undefined) {
    return { problem: `the publication date “${excerpt(value)}” is not a date (expected e.g. 2026-11-28T10:00:00-05:00).` };
  }
  const [, , hours = '00', minutes = '00', seconds = '00', fraction = '', zone] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    return { problem: `the publication time in “${excerpt(value)}” is not a time of day.` };
  }
  // Without a zone the instant is a guess (the reader's own zone would be assumed): keep the day only.
  if (!zone) return { publishedOn: day };
  const instant = new Date(`${day}T${hours}:${minutes}:${seconds}${fraction}${zoneOffset(zone)}`);
  return Number.isNaN(instant.getTime()) ? { publishedOn: day } : { publishedOn: day, publishedAt: instant.toISOString() };
}

function zoneOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** Newest day first; within a day the later instant first; otherwise the source's own order. */
function newestFirst(entries: NewsEntry[]): NewsEntry[] {
  return entries.sort((a, b) => {
    if (a.publishedOn !== b.publishedOn) return a.publishedOn < b.publishedOn ? 1 : -1;
    if (a.publishedAt && b.publishedAt && a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1;
    return 0;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text “${excerpt(value)}”` : `a ${typeof value}`;
}

/** A value quoted in a reason: one line, short enough to read in a report. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= 60) return line;
  const cut = line.slice(0, 59);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

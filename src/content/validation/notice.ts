/**
 * Feed notices, modelled on MobilityData's GTFS validator: every problem has a stable code that
 * publishers can look up, search for and filter on, and a severity tied to what it does to the
 * published page. Codes are never renamed once released; retire one and add another instead.
 */

/**
 * - error: the entry cannot be published as it is, or is unsafe;
 * - warning: it publishes, but misleads or fails a newcomer;
 * - info: a quality problem worth fixing.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Every message a publisher reads exists in both official languages. */
export interface Message {
  en: string;
  fr: string;
}

/** Where a notice points: a JSON Pointer into the feed, and the entry's id when it has one. */
export interface NoticeLocation {
  path: string;
  id?: string;
}

export interface Notice extends NoticeLocation {
  code: string;
  severity: Severity;
  /** 1-based, in the source text; absent when the feed was not read from text. */
  line?: number;
  column?: number;
  /** What is wrong and how to fix it, for this occurrence. */
  message: Message;
  /** A corrected value the editor can paste in, where one can be worked out. */
  suggestion?: string;
}

/** What the generated notices page says of a code. */
export interface NoticeDefinition {
  code: string;
  severity: Severity;
  /** Short name of the problem, e.g. "French text missing". */
  title: Message;
  /** What the problem is and why it matters. */
  description: Message;
  /**
   * How an editor fixes this kind of problem in general, in a sentence or two. Each notice's
   * message says it again for the one occurrence, with the field and value.
   */
  fix: Message;
  /** A value or snippet that triggers it. */
  example: string;
}

export interface NoticeType<P> extends NoticeDefinition {
  create(at: NoticeLocation, params: P, suggestion?: string): Notice;
}

export function defineNotice<P = Record<string, never>>(
  definition: NoticeDefinition & { message: (params: P) => Message },
): NoticeType<P> {
  const { message, ...rest } = definition;
  return {
    ...rest,
    create: (at, params, suggestion) => ({
      code: rest.code,
      severity: rest.severity,
      path: at.path,
      ...(at.id === undefined ? {} : { id: at.id }),
      message: message(params),
      ...(suggestion === undefined ? {} : { suggestion }),
    }),
  };
}

/** JSON Pointer (RFC 6901) for a path of keys and indexes. */
export function pointer(...parts: readonly (string | number)[]): string {
  return parts.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The keys of a JSON Pointer, numbers for array indexes. */
export function pointerParts(path: string): (string | number)[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

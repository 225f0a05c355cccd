import { GC_NEWS_SITE, fromGcNews } from '../../src/api/adapters/gcNews';
import type { NewsEntry } from '../../src/api/newsEntry';
import { fetchPortalText } from '../../src/api/fetchPortal';
import { loadPortal } from '../../src/api/loadPortal';
import type { Feed } from '../../src/content/feed';
import { recordingFetch, validatorsOf, type Validators } from './conditionalFetch';
import { read211 } from './read211';
import { retryingFetch, type RetryOptions } from './retryingFetch';
import type { Target } from './targets';

/** What one request (with its retries) made of a target, before it is compared with the previous run. */
export type Answer =
  | { outcome: 'feed'; feed: Feed; rejections: string[] }
  | { outcome: 'news'; entries: NewsEntry[]; rejections: string[] }
  | { outcome: 'not-modified'; validators?: Validators }
  | { outcome: 'failed'; reason: string };

export interface ReadResult {
  answer: Answer;
  /** The validators of what was read, when the whole source came in one answer. */
  validators?: Validators;
  ms: number;
  retries: number;
}

export interface ReadOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  retry?: Omit<RetryOptions, 'onRetry'>;
  /** Sent back to the source so it may answer 304; only when the previous copy is at hand. */
  conditional?: Validators;
  env?: NodeJS.ProcessEnv;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function siteBase(options: Record<string, unknown> | undefined): string {
  return typeof options?.siteBase === 'string' ? options.siteBase : GC_NEWS_SITE;
}

/**
 * Reads one target through the app's own loaders (feeds through loadPortal, news through the
 * gc-news adapter), with a fetch that retries and records validators. Never throws: a failure
 * is an answer, so one source cannot stop the others.
 */
export async function readTarget(target: Target, options: ReadOptions): Promise<ReadResult> {
  const started = performance.now();
  let retries = 0;
  const retrying = retryingFetch(options.fetch ?? ((input, init) => fetch(input, init)), { ...options.retry, onRetry: () => (retries += 1) });
  const recorder = recordingFetch(retrying, options.conditional);
  const done = (answer: Answer): ReadResult => {
    const validators = recorder.validators();
    return { answer, ...(validators ? { validators } : {}), ms: Math.round(performance.now() - started), retries };
  };
  try {
    return done(await read(target, { baseUrl: options.baseUrl, fetch: recorder.fetch, ...(options.env ? { env: options.env } : {}) }));
  } catch (error) {
    if (!recorder.notModified()) return done({ outcome: 'failed', reason: message(error) });
    const validators = validatorsOf(recorder.responses[0]);
    return done({ outcome: 'not-modified', ...(validators ? { validators } : {}) });
  }
}

async function read(target: Target, options: { baseUrl: string; fetch: typeof fetch; env?: NodeJS.ProcessEnv }): Promise<Answer> {
  switch (target.type) {
    case 'unreadable':
      return { outcome: 'failed', reason: target.reason };
    case 'feed': {
      const { source } = target;
      const content = source.kind === '211' ? await read211(source, options) : await loadPortal(source, options);
      const rejections = [...(content.rejected ?? []), ...content.problems];
      return { outcome: 'feed', feed: content.feed, rejections: rejections.map((problem) => problem.message) };
    }
    case 'news': {
      const text = await fetchPortalText(target.source, options, { url: target.url });
      const adapted = fromGcNews(text, { sourceId: target.source.id, lang: target.lang, siteBase: siteBase(target.source.options) });
      const unreadable = adapted.rejected.find((rejection) => rejection.index < 0);
      if (unreadable && adapted.entries.length === 0) return { outcome: 'failed', reason: unreadable.reason };
      return { outcome: 'news', entries: adapted.entries, rejections: adapted.rejected.map((rejection) => rejection.reason) };
    }
  }
}

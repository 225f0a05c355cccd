import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { newsEntrySchema } from '../../src/api/newsEntry';
import { parseFeed } from '../../src/content/parseFeed';
import type { Content, TargetState } from './decide';
import { newsPath, sourcePath } from '../../src/api/snapshotPaths';
import type { Target } from './targets';

export const STATE_PATH = 'state.json';
export const REPORT_PATH = 'report.json';

const Validators = z.object({ url: z.string(), etag: z.string().optional(), lastModified: z.string().optional() });
const TargetStateSchema = z.object({
  validators: Validators.optional(),
  entries: z.number().int().min(0),
  lastGood: z.string().optional(),
  lastChecked: z.string(),
});
export const StateFile = z.object({ generatedAt: z.string(), sources: z.record(z.string(), TargetStateSchema) });
export type StateFile = z.infer<typeof StateFile>;

const NewsFileSchema = z.object({ entries: z.array(z.unknown()) });

export interface PreviousSnapshot {
  state: Record<string, TargetState>;
  /** The copy the previous run saved for a target, if it can still be read. */
  copyOf(target: Target): Promise<Content | undefined>;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    // Missing or damaged: the run goes on as if there were no previous copy.
    return undefined;
  }
}

/**
 * What the snapshot in `dir` holds from the previous run, read back with the same schemas the
 * app uses, so a hand-edited or damaged file costs its own entries only.
 */
export async function readPreviousSnapshot(dir: string): Promise<PreviousSnapshot> {
  const state = StateFile.safeParse(await readJson(join(dir, STATE_PATH)));
  const news = new Map<string, Promise<unknown[]>>();
  const newsEntries = (lang: string) => {
    if (!news.has(lang)) news.set(lang, readJson(join(dir, newsPath(lang))).then((value) => NewsFileSchema.safeParse(value).data?.entries ?? []));
    return news.get(lang) as Promise<unknown[]>;
  };
  return {
    state: state.success ? state.data.sources : {},
    async copyOf(target) {
      if (target.type === 'feed') {
        const value = await readJson(join(dir, sourcePath(target.source.id)));
        const { feed } = value === undefined ? { feed: null } : parseFeed(value);
        return feed ? { type: 'feed', feed } : undefined;
      }
      // A source's news are the entries it published in the merged file of that language.
      const entries = (await newsEntries(target.lang)).flatMap((value) => {
        const entry = newsEntrySchema.safeParse(value);
        return entry.success && entry.data.publisher === target.source.id && entry.data.lang === target.lang ? [entry.data] : [];
      });
      return entries.length > 0 ? { type: 'news', entries } : undefined;
    },
  };
}

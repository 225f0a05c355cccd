import { z } from 'zod';

// The shape of one news entry, apart from the GC news adapter: the app reads a snapshot's news
// with this alone, without the adapter's HTML parser.

export interface NewsEntry {
  /** `<sourceId>.<slug of the link's page name>`: the same news keeps its id from run to run. */
  id: string;
  lang: 'en' | 'fr';
  title: string;
  summary?: string;
  /** Absolute https address of the news page. */
  url: string;
  /** The day as the publisher dated it (YYYY-MM-DD), not shifted to UTC. */
  publishedOn: string;
  /** The instant, in UTC ISO form, when the source gives a time zone. */
  publishedAt?: string;
  /** The source id of the configuration. */
  publisher: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** The day itself when `text` is a real YYYY-MM-DD day, else undefined. */
export function calendarDay(text: string): string | undefined {
  if (!ISO_DAY.test(text)) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** For the ingest and the app, which read saved entries back: the same rules the adapter keeps. */
export const newsEntrySchema: z.ZodType<NewsEntry> = z.object({
  id: z.string().regex(ID),
  lang: z.enum(['en', 'fr']),
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).optional(),
  url: z.string().refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'an absolute https address'),
  publishedOn: z.string().refine((value) => calendarDay(value) !== undefined, 'a YYYY-MM-DD day'),
  publishedAt: z.iso.datetime().optional(),
  publisher: z.string().min(1),
});

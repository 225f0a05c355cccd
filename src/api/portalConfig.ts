import { z } from 'zod';
import { LanguageCode, LocalizedText } from '../content/localized';
import { Publisher } from '../content/publisher';

/** Sources read as a common feed, each through its adapter (src/api/loadPortal.ts). */
export const FEED_KINDS = ['newcomer-feed', 'ircc-newcomer-services', 'hsds', 'ckan-datastore'] as const;
/** Sources that are news, not a feed: read by the news page, never by loadPortal. */
export const NEWS_KINDS = ['gc-news'] as const;
/**
 * Sources only `npm run ingest` reads, server-side, because reading them needs a secret: the 211
 * API takes its key in the URL. The app never loads them; their offices reach phones in a snapshot.
 */
export const INGEST_ONLY_KINDS = ['211'] as const;
/** Every kind a configured source may have. */
export const PORTAL_KINDS = [...FEED_KINDS, ...NEWS_KINDS, ...INGEST_ONLY_KINDS] as const;

export type FeedKind = (typeof FEED_KINDS)[number];
export type NewsKind = (typeof NEWS_KINDS)[number];
export type IngestOnlyKind = (typeof INGEST_ONLY_KINDS)[number];
export type PortalKind = (typeof PORTAL_KINDS)[number];

const SourceId = z.string().regex(/^[a-z0-9-]+$/);

// The fields every kind shares; the kinds a schema accepts are added by `sourceSchema`.
const sourceFields = {
  id: SourceId,
  url: z.string().min(1),
  /** Shown when the portal cannot be reached and its feed (with its publisher name) is missing. */
  name: LocalizedText,
  /**
   * The municipality (by id) a municipal portal speaks for. A phone abroad downloads only the
   * person's own municipality; portals without one (federal, provincial) are always loaded.
   */
  municipality: SourceId.optional(),
  /** How long to wait for an answer (all pages of it) before using cached content. */
  timeoutMs: z.number().int().positive().default(10_000),
  /**
   * False takes the source out of use without deleting its entry. Absent means enabled: no
   * default is written in, so a file without the field reads exactly as it did before.
   */
  enabled: z.boolean().optional(),
  /**
   * Who publishes the source, with its licence and attribution. A newcomer feed names its own
   * publisher; real services do not describe themselves in our terms, so for them it is required.
   */
  publisher: Publisher.optional(),
  /** The languages the source writes in, e.g. ["en", "fr"]. */
  languages: z.array(LanguageCode).min(1).optional(),
  /** Where problem reports about this source's content go, when not to the app's own feedback address. */
  reports: z.object({ url: z.string().min(1) }).optional(),
  /** Kind-specific settings (a CKAN field mapping, an HSDS service map…), given to the adapter as is. */
  options: z.record(z.string(), z.unknown()).optional(),
};

function sourceSchema<const K extends readonly [string, ...string[]]>(kinds: K) {
  return z.object({ ...sourceFields, kind: z.enum(kinds) }).superRefine((source, context) => {
    if (source.kind !== 'newcomer-feed' && source.publisher === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['publisher'],
        message: `is required for a ${source.kind} source: its response does not say who publishes it or under which licence`,
      });
    }
  });
}

/** One configured source of any kind, as written in portals.json. */
export const SourceConfig = sourceSchema(PORTAL_KINDS);
export type SourceConfig = z.infer<typeof SourceConfig>;

/**
 * One portal the app reads as a feed. `kind` picks the adapter that turns the portal's own
 * response shape into the common feed; `url` may be relative to the app's origin.
 */
export const PortalConfig = sourceSchema(FEED_KINDS);
export type PortalConfig = z.infer<typeof PortalConfig>;

/** One news source (What's new); `url` may hold `{lang}`, replaced by each of `languages`. */
export const NewsSourceConfig = sourceSchema(NEWS_KINDS);
export type NewsSourceConfig = z.infer<typeof NewsSourceConfig>;

/** A source only the ingest reads (see INGEST_ONLY_KINDS); its options say where its secret is. */
export const IngestOnlySourceConfig = sourceSchema(INGEST_ONLY_KINDS);
export type IngestOnlySourceConfig = z.infer<typeof IngestOnlySourceConfig>;

export const isFeedSource = (source: SourceConfig): source is PortalConfig =>
  (FEED_KINDS as readonly string[]).includes(source.kind);
export const isNewsSource = (source: SourceConfig): source is NewsSourceConfig =>
  (NEWS_KINDS as readonly string[]).includes(source.kind);
export const isIngestOnlySource = (source: SourceConfig): source is IngestOnlySourceConfig =>
  (INGEST_ONLY_KINDS as readonly string[]).includes(source.kind);
export const isEnabled = (source: Pick<SourceConfig, 'enabled'>) => source.enabled !== false;

/** portals.json as written: every source, enabled or not, in one list. */
export const SourcesFile = z.object({
  portals: z.array(SourceConfig).min(1),
  /** Where "Report a problem or mistake on this page" sends its reports. */
  feedback: z.object({ url: z.string().min(1) }).default({ url: '/portals/feedback' }),
  /**
   * Written by the build into the deployed copy when a snapshot from `npm run ingest` is
   * deployed beside the app (never by hand): the app then reads that snapshot, not the sources.
   */
  snapshot: z.object({ url: z.string().min(1), generatedAt: z.string().min(1) }).optional(),
});
export type SourcesFile = z.infer<typeof SourcesFile>;

/**
 * portals.json as the app and the commands use it: only enabled sources, the feeds (`portals`,
 * which loadPortal reads) apart from the news (`news`) and the sources only the ingest reads
 * (`ingestOnly`), so no news source can reach a feed adapter, nor a secret-keyed one the browser. Disabled sources are dropped here, where the list is read, so no page, scope or
 * command has to remember to skip them.
 */
export const PortalsFile = SourcesFile.transform(({ portals, feedback, snapshot }) => {
  const enabled = portals.filter(isEnabled);
  return {
    portals: enabled.filter(isFeedSource),
    news: enabled.filter(isNewsSource),
    ingestOnly: enabled.filter(isIngestOnlySource),
    feedback,
    ...(snapshot ? { snapshot } : {}),
  };
});
export type PortalsFile = z.infer<typeof PortalsFile>;

/** The addresses a news source is read at, one per language. */
export function newsUrls(source: NewsSourceConfig): { lang: string; url: string }[] {
  if (!source.url.includes('{lang}')) return [{ lang: source.languages?.[0] ?? 'en', url: source.url }];
  return (source.languages ?? ['en']).map((lang) => ({ lang, url: source.url.replaceAll('{lang}', lang) }));
}

/** Reads the runtime list of portals (public/portals.json); deployers edit that file, not the code. */
export async function fetchPortalsFile(url: string, signal?: AbortSignal): Promise<PortalsFile> {
  // Asks the server every time (a 304 costs a few bytes): the list of sources may have changed.
  const response = await fetch(url, { signal, cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return PortalsFile.parse(await response.json());
}

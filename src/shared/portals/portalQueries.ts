import { useMemo } from 'react';
import type { DeployedSnapshot } from '../../api/snapshotFiles';
import { queryOptions, useQueries, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { buildCatalogue, type Catalogue } from '../../content/catalogue';
import type { Feed } from '../../content/feed';
import type { FeedProblem } from '../../content/parseFeed';
import type { PortalConfig, PortalsFile } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import { portalsInScope, type PortalScope } from '../../api/portalScope';
import { personalStore } from '../personal/personalStore';
import { usePersonalData } from '../personal/usePersonalData';
import { overlayDraft, type PortalSlot } from '../preview/overlay';
import { usePreviewMode } from '../preview/usePreviewMode';
import { pageAddress } from '../pageAddress';
import { SNAPSHOT_PORTAL, fromSnapshot, snapshotCatalogueQuery } from './snapshotQueries';

const PORTALS_FILE_URL = `${import.meta.env.BASE_URL}portals.json`;

// Validation (zod) and the adapters load beside the first request instead of before the first
// paint: they are a fifth of the app's JavaScript and nothing can be validated before data arrives.
export const PORTALS_FILE_QUERY_KEY = ['portals-file'] as const;

/** The cache key of a portal's content: shared by the pages and by "Save for offline". */
export const portalQueryKey = (portal: PortalConfig) => ['portal', portal.id, portal.url] as const;

/** The configuration as the app holds it; a prerendered page carries part of it (see below). */
export type PortalsFileData = PortalsFile & {
  /**
   * Only the sources a first visitor's pages read (those that apply everywhere, the news, the
   * snapshot): every city's source would make each page grow with the province.
   */
  partial?: true;
};

const CONFIGURATION_STALE_MS = 60_000;

/** The configuration's query: pages read it through usePortalsFile, prefetches through these options. */
export const portalsFileQuery = queryOptions({
  queryKey: PORTALS_FILE_QUERY_KEY,
  queryFn: async ({ signal }): Promise<PortalsFileData> =>
    (await import('../../api/portalConfig')).fetchPortalsFile(new URL(PORTALS_FILE_URL, pageAddress()).href, signal),
  // A deployer changes sources, or a nightly ingest a snapshot: a returning visitor sees the saved
  // list at once and the changed one a moment later, never the first one they were served forever.
  staleTime: CONFIGURATION_STALE_MS,
});

/** The same query for a reader that needs every source: the part a page carried is stale at once. */
export const wholePortalsFileQuery = queryOptions({
  ...portalsFileQuery,
  staleTime: ({ state }) => (state.data?.partial ? 0 : CONFIGURATION_STALE_MS),
});

/**
 * What a prerendered page carries of the configuration: the sources its first render reads, so
 * a page weighs the same for four municipalities as for Ontario's 444. The build renders the
 * page from this part too, so the browser hydrates exactly what was drawn.
 */
export function firstVisitPart(file: PortalsFileData): PortalsFileData {
  return { ...file, portals: portalsInScope(file.portals, 'mine', null), ingestOnly: [], partial: true };
}

export interface PortalsFileState {
  data: PortalsFileData | undefined;
  error: Error | null;
  isPending: boolean;
}

/**
 * The configuration. `whole` (the default) is for readers of every source (a list of
 * municipalities, a comparison): when the page carried only part, they wait for the rest, read
 * as they mount. A function decides from what is at hand: `(part) => boolean`.
 */
export function usePortalsFile({ whole = true }: { whole?: boolean | ((file: PortalsFileData) => boolean) } = {}): PortalsFileState {
  const part = useQuery(portalsFileQuery).data;
  const needsWhole = typeof whole === 'function' ? Boolean(part && whole(part)) : whole;
  const query = useQuery(needsWhole ? wholePortalsFileQuery : portalsFileQuery);
  if (!needsWhole || !query.data?.partial) return query;
  return { data: undefined, error: query.error, isPending: !query.error };
}

/** Loads one portal through its adapter; `fetchImpl` lets a caller watch the download. */
export async function loadPortal(portal: PortalConfig, signal?: AbortSignal, fetchImpl?: typeof fetch): Promise<PortalContent> {
  const { loadPortal: load } = await import('../../api/loadPortal');
  return load(portal, { baseUrl: pageAddress(), signal, fetch: fetchImpl });
}

export interface PortalFailure {
  portal: PortalConfig;
  error: Error;
}

export interface PortalData {
  catalogue: Catalogue;
  /** True until every portal has answered or failed. */
  loading: boolean;
  failures: PortalFailure[];
  problems: { portal: PortalConfig; problems: FeedProblem[] }[];
  /** Portals that failed to refresh while their saved content is still shown. */
  stale: { portal: PortalConfig; fetchedAt: string }[];
  /** The date (YYYY-MM-DD) of the oldest content on screen, or null before any arrives. */
  contentAsOf: string | null;
  /** The configuration itself could not be read: nothing can be shown. */
  configError: Error | null;
}

/**
 * Reads a portal again while its content is on screen: in a worker (./loadPortal.worker.ts), so
 * checking a large feed never freezes a page a person is using. A first read stays on the page,
 * which waits for it anyway; so do the dev server's mocks, which only answer the page.
 */
async function refreshPortal(portal: PortalConfig, signal: AbortSignal): Promise<PortalContent> {
  if (!import.meta.env.DEV && !import.meta.env.SSR) {
    const { portalWorker } = await import('./portalWorker');
    const content = await portalWorker.read(portal, pageAddress(), signal);
    if (content) return content;
  }
  return loadPortal(portal, signal);
}

export function portalQuery(portal: PortalConfig) {
  return queryOptions({
    queryKey: portalQueryKey(portal),
    queryFn: ({ signal, client, queryKey }) =>
      client.getQueryData(queryKey) === undefined ? loadPortal(portal, signal) : refreshPortal(portal, signal),
    // Government content changes by the day, not the minute: refresh at most hourly.
    staleTime: 60 * 60_000,
    // Only a dropped connection is worth a second try; a portal that answered badly will again.
    retry: (failureCount: number, error: Error) =>
      failureCount < 1 && (error as Error & { failure?: string }).failure === 'unreachable',
  });
}

/**
 * Starts loading the person's portals as soon as the app starts, beside the first page's own
 * code and language file instead of after them. The pages read the same queries.
 */
export async function prefetchPortalData(client: QueryClient): Promise<void> {
  const [first, personal] = await Promise.all([client.fetchQuery(portalsFileQuery), personalStore.whenReady()]);
  const municipality = personal.profile?.municipality;
  // A person's own city's source is not in the part of the configuration a page carried.
  const file = municipality && !first.snapshot ? await client.fetchQuery(wholePortalsFileQuery) : first;
  if (file.snapshot) return client.prefetchQuery(snapshotCatalogueQuery(file.snapshot, municipality));
  const portals = portalsInScope(file.portals, 'mine', municipality);
  await Promise.all(portals.map((portal) => client.prefetchQuery(portalQuery(portal))));
}

function combine(results: UseQueryResult<PortalContent>[]) {
  return {
    contents: results.map((result) => result.data),
    errors: results.map((result) => result.error),
    pendings: results.map((result) => result.isPending),
  };
}

/**
 * The configured portals a page needs, each with what its query holds: the published content.
 * From a deployed snapshot, each is its feed there. `enabled: false` reads none.
 */
function usePortalSlots(scope: PortalScope, enabled = true) {
  const personal = usePersonalData();
  const municipality = personal.profile?.municipality;
  // Every source, or a person's own city's, is not in the part of the configuration a page
  // carries; from a snapshot, a person's catalogue needs no source of its own.
  const file = usePortalsFile({ whole: (part) => scope === 'all' || (Boolean(municipality) && !part.snapshot) });
  // Until the profile is read the federal and provincial portals load; the city's follows.
  const portals = useMemo(() => {
    if (!enabled) return [];
    const inScope = portalsInScope(file.data?.portals ?? [], scope, municipality);
    const snapshot = file.data?.snapshot;
    return snapshot ? inScope.map((portal) => fromSnapshot(portal, snapshot)) : inScope;
  }, [file.data, scope, municipality, enabled]);
  const { contents, errors, pendings } = useQueries({
    queries: portals.map(portalQuery),
    combine,
  });
  const slots = useMemo(
    () =>
      portals.map(
        (portal, i): PortalSlot => ({
          portal,
          content: contents[i],
          error: errors[i] ?? null,
          pending: pendings[i] ?? false,
        }),
      ),
    [portals, contents, errors, pendings],
  );
  return { file, slots, loading: file.isPending || (scope === 'mine' && !personal.ready), personal };
}

/**
 * The feeds the configured portals publish now, never a draft in preview: what the publishers'
 * preview compares a draft with and checks it against.
 */
export function usePublishedFeeds(scope: PortalScope = 'all'): { feeds: Feed[]; loading: boolean } {
  const { slots, loading } = usePortalSlots(scope);
  return useMemo(
    () => ({
      feeds: slots.flatMap((slot) => (slot.content ? [slot.content.feed] : [])),
      loading: loading || slots.some((slot) => slot.pending),
    }),
    [slots, loading],
  );
}

const EMPTY_CATALOGUE: Catalogue = { items: [], offices: [], municipalities: [], publishers: [] };

/** The person's catalogue from a deployed snapshot: one file, merged and validated at ingest. */
function useSnapshotCatalogue(snapshot: DeployedSnapshot | undefined, municipality: string | null | undefined, ready: boolean) {
  return useQuery({
    ...snapshotCatalogueQuery(snapshot ?? { url: '', generatedAt: '' }, municipality),
    enabled: Boolean(snapshot) && ready,
  });
}

/**
 * The portals a page needs (see `PortalScope`), each loaded on its own so one failing portal
 * hides nothing else. In a publisher's preview, their draft stands in for their published feed
 * here, when the page reads it, and nowhere else (see shared/preview/overlay.ts).
 *
 * When a snapshot is deployed, the person's catalogue is one file already merged, so the phone
 * does no merging or schema work; a preview reads each publisher's feed from the snapshot
 * instead, so the draft can stand in for one of them.
 */
export function usePortalData(scope: PortalScope = 'mine', { enabled = true }: { enabled?: boolean } = {}): PortalData {
  const preview = usePreviewMode();
  const file = usePortalsFile({ whole: false });
  const snapshot = file.data?.snapshot;
  // A snapshot may hold all of Ontario: a page that lists every portal's offices reads the
  // person's own catalogue there too, since every city's offices do not belong on a phone.
  const merged = Boolean(snapshot) && !preview.mode;
  const { slots: published, loading, personal } = usePortalSlots(scope, enabled && !merged);
  // A list of portals read before still holds when reading it again fails (offline, say).
  const configError = file.data ? null : file.error;
  const fromFile = useSnapshotCatalogue(merged && enabled ? snapshot : undefined, personal.profile?.municipality, personal.ready);

  return useMemo(() => {
    if (merged) {
      const read = fromFile.data;
      const day = read?.generatedAt.slice(0, 10) ?? null;
      return {
        catalogue: read?.value ?? EMPTY_CATALOGUE,
        loading: loading || fromFile.isPending,
        configError,
        failures: fromFile.error && !read ? [{ portal: SNAPSHOT_PORTAL, error: fromFile.error }] : [],
        problems: [],
        stale: fromFile.error && day ? [{ portal: SNAPSHOT_PORTAL, fetchedAt: day }] : [],
        contentAsOf: day,
      };
    }
    const draft = preview.mode && { feed: preview.mode.feed, startedAt: preview.mode.startedAt };
    const slots = overlayDraft(published, draft);
    const loaded = slots.flatMap((slot) => (slot.content ? [slot.content] : []));
    return {
      catalogue: buildCatalogue(loaded.map((content) => content.feed)),
      loading: loading || !preview.ready || slots.some((slot) => slot.pending),
      configError,
      failures: slots.flatMap(({ portal, error, content }) => (error && !content ? [{ portal, error }] : [])),
      problems: slots.flatMap(({ portal, content }) => {
        const problems = content?.problems ?? [];
        return problems.length ? [{ portal, problems }] : [];
      }),
      stale: slots.flatMap(({ portal, error, content }) =>
        error && content ? [{ portal, fetchedAt: content.fetchedAt.slice(0, 10) }] : [],
      ),
      contentAsOf: loaded.length ? (loaded.map((content) => content.fetchedAt.slice(0, 10)).sort()[0] ?? null) : null,
    };
  }, [merged, fromFile.data, fromFile.error, fromFile.isPending, published, loading, preview, configError]);
}

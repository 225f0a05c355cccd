import { queryOptions } from '@tanstack/react-query';
import type { PortalConfig } from '../../api/portalConfig';
import type { DeployedSnapshot } from '../../api/snapshotFiles';
import { sourcePath } from '../../api/snapshotPaths';
import { pageAddress } from '../pageAddress';

/**
 * Stands for the snapshot in the notices a page shows when its content cannot be refreshed: the
 * person sees one source, the app's copy of the portals, not the portals behind it.
 */
export const SNAPSHOT_PORTAL: PortalConfig = {
  id: 'snapshot',
  kind: 'newcomer-feed',
  url: 'snapshot/',
  timeoutMs: 10_000,
  name: { en: 'No Wrong Door’s copy of the portals’ content', fr: 'La copie du contenu des portails de No Wrong Door' },
};

const baseUrl = () => pageAddress();
const HOUR = 60 * 60_000;

/** Fresh for an hour, and at once stale when the deployed portals.json names a newer snapshot. */
const staleWhenReplaced =
  (snapshot: DeployedSnapshot) =>
  ({ state }: { state: { data?: { generatedAt: string } } }) =>
    state.data?.generatedAt === snapshot.generatedAt ? HOUR : 0;

const retry = (failureCount: number, error: Error) => failureCount < 1 && (error as Error & { failure?: string }).failure === 'unreachable';

/** The merged catalogue a person in `municipality` reads: one file, no merging on the phone. */
export function snapshotCatalogueQuery(snapshot: DeployedSnapshot, municipality: string | null | undefined) {
  return queryOptions({
    queryKey: ['snapshot-catalogue', snapshot.url, municipality ?? null] as const,
    queryFn: async ({ signal }) => (await import('../../api/snapshotFiles')).fetchSnapshotCatalogue(snapshot, municipality, baseUrl(), signal),
    staleTime: staleWhenReplaced(snapshot),
    retry,
  });
}

/** The municipalities "where to settle" compares, as facts: never every city's feed. */
export function municipalityIndexQuery(snapshot: DeployedSnapshot) {
  return queryOptions({
    queryKey: ['snapshot-index', snapshot.url] as const,
    queryFn: async ({ signal }) => (await import('../../api/snapshotFiles')).fetchMunicipalityIndex(snapshot, baseUrl(), signal),
    staleTime: staleWhenReplaced(snapshot),
    retry,
  });
}

/**
 * A configured source as the snapshot holds it: its feed, already adapted to the common shape,
 * so pages that need each publisher's feed apart (a publisher's preview) read it like any feed.
 */
export function fromSnapshot(portal: PortalConfig, snapshot: DeployedSnapshot): PortalConfig {
  return { ...portal, kind: 'newcomer-feed', url: `${snapshot.url.replace(/\/?$/, '/')}${sourcePath(portal.id)}`, options: undefined };
}

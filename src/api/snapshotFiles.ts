import type { Catalogue } from '../content/catalogue';
import type { MunicipalityIndex } from '../content/municipalityIndex';
import { fetchPortalJson } from './fetchPortal';
import type { PortalsFile } from './portalConfig';
import { PortalError } from './portalError';
import { INDEX_PATH, catalogueFor } from './snapshotPaths';

/** The deployed snapshot, as the deployed portals.json names it. */
export type DeployedSnapshot = NonNullable<PortalsFile['snapshot']>;

/** One file read from the snapshot, with the run that wrote it. */
export interface SnapshotRead<T> {
  value: T;
  /** When the ingest that wrote the snapshot ran (ISO): the date its content is shown with. */
  generatedAt: string;
}

// Snapshot files are written by our own ingest, validated there, so the phone does no schema
// work on them (the point of the snapshot); this only keeps a wrong file from blanking a page.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const hasArrays = (value: unknown, keys: string[]) => isObject(value) && keys.every((key) => Array.isArray(value[key]));

async function readSnapshotFile<T>(
  snapshot: DeployedSnapshot,
  path: string,
  keys: string[],
  baseUrl: string,
  signal?: AbortSignal,
  fetchImpl?: typeof fetch,
): Promise<SnapshotRead<T>> {
  const source = { id: 'snapshot', url: new URL(`${snapshot.url.replace(/\/?$/, '/')}${path}`, baseUrl).href, timeoutMs: 10_000 };
  const value = await fetchPortalJson(source, { baseUrl, signal, fetch: fetchImpl });
  if (!hasArrays(value, keys)) throw new PortalError('snapshot', 'rejected', `${path} in the snapshot is not shaped as expected`);
  return { value: value as T, generatedAt: snapshot.generatedAt };
}

/** The merged catalogue for a person in `municipality` (or nowhere yet); `fetchImpl` lets a caller watch the download. */
export function fetchSnapshotCatalogue(
  snapshot: DeployedSnapshot,
  municipality: string | null | undefined,
  baseUrl: string,
  signal?: AbortSignal,
  fetchImpl?: typeof fetch,
) {
  return readSnapshotFile<Catalogue>(snapshot, catalogueFor(municipality), ['items', 'offices', 'municipalities', 'publishers'], baseUrl, signal, fetchImpl);
}

/** The facts "where to settle" lists and compares, for every municipality. */
export function fetchMunicipalityIndex(snapshot: DeployedSnapshot, baseUrl: string, signal?: AbortSignal) {
  return readSnapshotFile<MunicipalityIndex>(snapshot, INDEX_PATH, ['municipalities'], baseUrl, signal);
}

import { fetchPortalJson } from '../../api/fetchPortal';
import { newsEntrySchema } from '../../api/newsEntry';
import type { PortalsFile } from '../../api/portalConfig';
import { PortalError } from '../../api/portalError';
import { newsPath } from '../../api/snapshotPaths';
import { Publisher } from '../../content/publisher';
import type { NewsRead } from './newsRead';

type Snapshot = NonNullable<PortalsFile['snapshot']>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The snapshot's news file in one language. Its entries become links on the page, so each is
 * checked as the adapter would (https addresses only) and a wrong one is left out, not shown.
 */
export async function readSnapshotNews(snapshot: Snapshot, lang: string, baseUrl: string, signal?: AbortSignal): Promise<NewsRead> {
  const url = new URL(`${snapshot.url.replace(/\/?$/, '/')}${newsPath(lang)}`, baseUrl).href;
  const value = await fetchPortalJson({ id: 'snapshot', url, timeoutMs: 10_000 }, { baseUrl, signal });
  if (!isObject(value) || !Array.isArray(value.entries)) {
    throw new PortalError('snapshot', 'rejected', `${newsPath(lang)} in the snapshot is not a news file`);
  }
  const entries = value.entries.flatMap((entry) => newsEntrySchema.safeParse(entry).data ?? []);
  if (entries.length === 0 && value.entries.length > 0) {
    throw new PortalError('snapshot', 'rejected', `${newsPath(lang)} in the snapshot holds no readable news`);
  }
  const publishers = Object.fromEntries(
    Object.entries(isObject(value.publishers) ? value.publishers : {}).flatMap(([id, publisher]) => {
      const read = Publisher.safeParse(publisher);
      return read.success ? [[id, read.data]] : [];
    }),
  );
  return { entries, publishers, readAt: typeof value.generatedAt === 'string' ? value.generatedAt : snapshot.generatedAt };
}

import { useCallback, useRef, useState } from 'react';
import { countingFetch } from './countingFetch';
import type { SaveJob } from './saveJobs';

/** Why a portal could not be saved, as much as the page needs to explain it. */
export interface SaveFailure {
  reason: 'unreachable' | 'timeout' | 'http' | 'unreadable' | 'other';
  status?: number;
}

export interface SaveRun {
  running: boolean;
  /** How many downloads (portals, or a snapshot's catalogues) this run makes. */
  sources: number;
  /** Downloads that have been saved or have failed. */
  settled: number;
  /** Items in the portals saved so far. */
  items: number;
  /** Bytes received so far, from every portal. */
  bytes: number;
  /** How far along each download still running is, 0 to 1, when its size is known. */
  partial: Record<string, number>;
  saved: string[];
  failed: Record<string, SaveFailure>;
}

function describe(error: unknown): SaveFailure {
  const { failure, status } = (error ?? {}) as { failure?: string; status?: number };
  switch (failure) {
    case 'unreachable':
    case 'timeout':
      return { reason: failure };
    case 'http':
      return { reason: 'http', status };
    case 'not-json':
    case 'rejected':
      return { reason: 'unreadable' };
    default:
      return { reason: 'other' };
  }
}

// A body never reports complete before it is saved: validation still follows the last byte.
const MOST_OF_ONE_SOURCE = 0.95;

/**
 * Runs every download at once; each puts its result in the query cache under the key the pages
 * read, so they (and the cache persisted on the device) use it. A download that fails leaves
 * whatever copy was saved before; the others are saved all the same.
 */
export function useSaveForOffline() {
  const [run, setRun] = useState<SaveRun | null>(null);
  /** How many saves have finished during this visit. */
  const [finished, setFinished] = useState(0);
  // Only the latest run may change what the page shows.
  const latest = useRef(0);

  const save = useCallback(async (jobs: readonly SaveJob[]) => {
    const id = ++latest.current;
    const update = (change: (run: SaveRun) => SaveRun) => {
      if (id === latest.current) setRun((current) => (current ? change(current) : current));
    };
    setRun({ running: true, sources: jobs.length, settled: 0, items: 0, bytes: 0, partial: {}, saved: [], failed: {} });

    await Promise.all(
      jobs.map(async (job) => {
        const fetchImpl = countingFetch(({ chunk, received, total }) =>
          update((current) => ({
            ...current,
            bytes: current.bytes + chunk,
            partial: total ? { ...current.partial, [job.id]: Math.min(received / total, MOST_OF_ONE_SOURCE) } : current.partial,
          })),
        );
        try {
          const { items } = await job.run(fetchImpl);
          update((current) => ({
            ...current,
            settled: current.settled + 1,
            items: current.items + items,
            partial: { ...current.partial, [job.id]: 0 },
            saved: [...current.saved, job.id],
          }));
        } catch (error) {
          update((current) => ({
            ...current,
            settled: current.settled + 1,
            partial: { ...current.partial, [job.id]: 0 },
            failed: { ...current.failed, [job.id]: describe(error) },
          }));
        }
      }),
    );
    update((current) => ({ ...current, running: false }));
    setFinished((count) => count + 1);
  }, []);

  return { run, save, finished };
}

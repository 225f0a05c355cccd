import { del, get, set, createStore, type UseStore } from 'idb-keyval';
import { createAsyncStoragePersister, type AsyncPersistRetryer } from '@tanstack/query-async-storage-persister';
import { removeOldestQuery, type AsyncStorage, type Persister } from '@tanstack/react-query-persist-client';

/**
 * Keeps the query cache (portal content and queued problem reports) in IndexedDB so the app
 * works offline after one visit. Storage that fails (private browsing, quota) must never break
 * the app: it then simply works online only, and `offlineSavingOff` says so.
 */
let failed = false;
const listeners = new Set<() => void>();

function markFailed(): void {
  if (failed) return;
  failed = true;
  for (const listener of listeners) listener();
}

export const offlineSaving = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isOff: (): boolean => failed,
};

/** IndexedDB through idb-keyval, as the storage TanStack's persister writes to; a failure turns saving off. */
function idbStorage(): AsyncStorage<string> {
  let store: ReturnType<typeof createStore> | null = null;
  const open = () => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    store ??= createStore('no-wrong-door-cache', 'queries');
    return store;
  };
  const guarded =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>, otherwise: R) =>
    async (...args: A): Promise<R> => {
      try {
        return await action(...args);
      } catch {
        markFailed();
        return otherwise;
      }
    };
  return {
    getItem: guarded(async (key: string) => (await get<string>(key, open())) ?? null, null),
    // A failed write reaches the persister, which tries again with less (see below); only no
    // storage at all turns saving off here.
    async setItem(key: string, value: string) {
      let target: UseStore;
      try {
        target = open();
      } catch {
        return markFailed();
      }
      await set(key, value, target);
    },
    removeItem: guarded((key: string) => del(key, open()), undefined),
  };
}

/** Without the oldest query each time the device is out of room; saving is off once nothing fits. */
const retryWithLess: AsyncPersistRetryer = (attempt) => {
  const smaller = removeOldestQuery(attempt);
  if (!smaller) markFailed();
  return smaller;
};

/**
 * TanStack's own persister: it throttles writes (the whole cache is written at most once a
 * second, not at every cache event) and, when a write fails for room, tries again without the
 * oldest query. A value that does not read back (corrupted, or from an older version) is dropped
 * on restore, and the app starts with an empty cache rather than a blank page.
 */
export function createIdbPersister(key = 'query-cache'): Persister {
  return createAsyncStoragePersister({
    storage: idbStorage(),
    key,
    throttleTime: 1_000,
    retry: retryWithLess,
  });
}

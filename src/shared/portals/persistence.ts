import { del, get, set, createStore } from 'idb-keyval';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';

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

export function createIdbPersister(key = 'query-cache'): Persister {
  let store: ReturnType<typeof createStore> | null = null;
  const open = () => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    store ??= createStore('no-wrong-door-cache', 'queries');
    return store;
  };
  return {
    async persistClient(client: PersistedClient) {
      try {
        await set(key, client, open());
      } catch {
        markFailed();
      }
    },
    async restoreClient() {
      try {
        return await get<PersistedClient>(key, open());
      } catch {
        markFailed();
        return undefined;
      }
    },
    async removeClient() {
      try {
        await del(key, open());
      } catch {
        markFailed();
      }
    },
  };
}

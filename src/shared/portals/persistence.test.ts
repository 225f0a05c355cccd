import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/query-core';
import { persistQueryClientRestore, type PersistedClient } from '@tanstack/react-query-persist-client';
import * as idb from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbPersister, offlineSaving } from './persistence';

vi.mock('idb-keyval', async (original) => {
  const actual = await original<typeof import('idb-keyval')>();
  return { ...actual, set: vi.fn(actual.set) };
});

const store = () => idb.createStore('no-wrong-door-cache', 'queries');
const client = (value: string): PersistedClient => ({
  timestamp: Date.now(),
  buster: 'test',
  clientState: {
    mutations: [],
    queries: [{ queryKey: ['portal', 'ottawa'], queryHash: '["portal","ottawa"]', dehydratedAt: Date.now(), state: { data: value, dataUpdatedAt: Date.now(), status: 'success' } as never }],
  },
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_200));

afterEach(async () => {
  await idb.clear(store());
  vi.mocked(idb.set).mockClear();
});

describe('the query cache saved in IndexedDB', { timeout: 15_000 }, () => {
  it('is written at most once a second however often the cache changes, with the latest state', async () => {
    const persister = createIdbPersister('throttled');
    for (let i = 0; i < 20; i++) void persister.persistClient(client(`version ${i}`));
    await settle();
    expect(vi.mocked(idb.set).mock.calls.length).toBeLessThanOrEqual(2);
    const restored = await persister.restoreClient();
    expect(restored?.clientState.queries[0]?.state.data).toBe('version 19');
  });

  it('tries a write that fails for room again without the oldest query, and keeps saving on', async () => {
    vi.mocked(idb.set).mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const persister = createIdbPersister('full');
    const older = client('older');
    const both = { ...older, clientState: { ...older.clientState, queries: [...older.clientState.queries, { ...older.clientState.queries[0]!, queryKey: ['portal', 'toronto'], queryHash: '["portal","toronto"]', state: { ...older.clientState.queries[0]!.state, dataUpdatedAt: Date.now() + 1 } }] } };
    void persister.persistClient(both);
    await settle();
    const restored = await persister.restoreClient();
    expect(restored?.clientState.queries.map((query) => query.queryHash)).toEqual(['["portal","toronto"]']);
    expect(offlineSaving.isOff()).toBe(false);
  });

  // The app catches the failed restore (main.tsx) and starts with what it fetches.
  it('drops a saved cache that does not read back, and restores nothing from it', async () => {
    await idb.set('query-cache', '{"clientState": {"queries": [', store());
    const queryClient = new QueryClient();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(persistQueryClientRestore({ queryClient, persister: createIdbPersister(), buster: 'test' })).rejects.toThrow(SyntaxError);
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    expect(await idb.get('query-cache', store())).toBeUndefined();
    expect(offlineSaving.isOff()).toBe(false);
  });
});

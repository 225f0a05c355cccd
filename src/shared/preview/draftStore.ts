import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Feed } from '../../content/feed';
import type { LocalizedText } from '../../content/localized';

/**
 * A publisher's draft feed and whether the app shows it in place of the published one. Kept on
 * this device only, in its own IndexedDB database: never in the query cache, whose content is
 * what the portals publish. Without IndexedDB the draft lasts for this visit only.
 */
export type DraftOrigin = { kind: 'file'; name: string } | { kind: 'paste' } | { kind: 'url'; url: string };

export interface StoredDraft {
  text: string;
  origin: DraftOrigin;
  savedAt: string;
}

export interface PreviewMode {
  /** The entries the app's loader keeps from the draft: what a newcomer would see. */
  feed: Feed;
  publisher: { id: string; name: LocalizedText };
  startedAt: string;
}

export interface PreviewState {
  ready: boolean;
  mode: PreviewMode | null;
}

const KEYS = { draft: 'draft', mode: 'mode' } as const;

// Outside a browser (unit tests, Node) there is nothing to read.
const NOT_PREVIEWING: PreviewState = { ready: true, mode: null };
let state: PreviewState = { ready: typeof window === 'undefined', mode: null };
const listeners = new Set<() => void>();
let database: UseStore | null = null;
let memoryDraft: StoredDraft | undefined;
let writes: Promise<unknown> = Promise.resolve();

function update(next: Partial<PreviewState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

async function keptEntries(text: string): Promise<Feed | null> {
  const { readFeed } = await import('../../content/parseFeed');
  try {
    return readFeed(JSON.parse(text)).feed;
  } catch {
    return null;
  }
}

/**
 * The mode saved by an earlier visit, its entries read again from the draft's text: what is
 * stored is not trusted to still have the shape this build expects.
 */
async function restoreMode(): Promise<PreviewMode | null> {
  if (!database) return null;
  const mode = await get<PreviewMode>(KEYS.mode, database);
  if (!mode) return null;
  const draft = await get<StoredDraft>(KEYS.draft, database);
  const feed = draft ? await keptEntries(draft.text) : null;
  if (!feed) {
    await del(KEYS.mode, database);
    return null;
  }
  const fresh = { ...mode, feed };
  await set(KEYS.mode, fresh, database);
  return fresh;
}

// A mark in localStorage says whether a preview is on, so a newcomer's phone, which never has
// one, does not open the preview database at every start.
const MODE_MARK = 'nwd-preview-on';

function markedOn(): boolean {
  try {
    return localStorage.getItem(MODE_MARK) === '1';
  } catch {
    // Unreadable storage: look in the database instead.
    return true;
  }
}

function mark(on: boolean): void {
  try {
    if (on) localStorage.setItem(MODE_MARK, '1');
    else localStorage.removeItem(MODE_MARK);
  } catch {
    // Without localStorage the database is opened at start instead: slower, not wrong.
  }
}

function openDatabase(): UseStore | null {
  if (database) return database;
  if (typeof indexedDB === 'undefined') return null;
  try {
    database = createStore('no-wrong-door-preview', 'draft');
  } catch {
    database = null;
  }
  return database;
}

async function load(): Promise<void> {
  if (!markedOn()) {
    update({ ready: true });
    return;
  }
  try {
    openDatabase();
    const mode = await restoreMode();
    if (!mode) mark(false);
    update({ ready: true, mode });
  } catch {
    database = null;
    update({ ready: true });
  }
}

function persist(write: (store: UseStore) => Promise<unknown>): Promise<unknown> {
  writes = writes
    .then(() => loading)
    .then(() => {
      const store = openDatabase();
      return store ? write(store) : undefined;
    })
    .catch(() => {
      database = null;
    });
  return writes;
}

// Read as the app starts, beside the saved portal content, so the first page already shows the
// draft instead of flashing the published content.
const loading = typeof window === 'undefined' ? Promise.resolve() : load();

export const previewStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot(): PreviewState {
    return state;
  },
  /** No preview: prerendered pages show the published content, and hydrating them starts there. */
  getServerSnapshot(): PreviewState {
    return NOT_PREVIEWING;
  },
  async whenReady(): Promise<PreviewState> {
    await loading;
    return state;
  },
  /** Keeps the draft on the device, so the report survives a reload and "Back to the report". */
  saveDraft(draft: StoredDraft): Promise<unknown> {
    memoryDraft = draft;
    return persist((store) => set(KEYS.draft, draft, store));
  },
  async readDraft(): Promise<StoredDraft | undefined> {
    await loading;
    await writes;
    const store = openDatabase();
    if (!store) return memoryDraft;
    try {
      return (await get<StoredDraft>(KEYS.draft, store)) ?? memoryDraft;
    } catch {
      return memoryDraft;
    }
  },
  /** Shows the draft in place of the published feed on every page. */
  start(feed: Feed, startedAt = new Date().toISOString()): Promise<unknown> {
    const mode: PreviewMode = {
      feed,
      publisher: { id: feed.publisher.id, name: feed.publisher.name },
      startedAt,
    };
    update({ mode });
    mark(true);
    return persist((store) => set(KEYS.mode, mode, store));
  },
  /** Back to the published content; the draft stays for its report. */
  leave(): Promise<unknown> {
    update({ mode: null });
    mark(false);
    return persist((store) => del(KEYS.mode, store));
  },
  /** Forgets the draft altogether. */
  remove(): Promise<unknown> {
    memoryDraft = undefined;
    update({ mode: null });
    mark(false);
    return persist(async (store) => {
      await del(KEYS.mode, store);
      await del(KEYS.draft, store);
    });
  },
};

import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { Profile } from '../../content/profile';
import type { Progress } from '../../content/progress';
import type { StepStatus } from '../../content/stepStatus';

/**
 * The person's profile and progress: on this device only, in IndexedDB, validated on every
 * read so that a corrupted or foreign value never breaks the app. Writes are applied in memory
 * at once (the screen never waits) and then saved in order.
 */
export type StorageHealth =
  /** Saved on the device. */
  | 'ok'
  /** IndexedDB cannot be used (private browsing, blocked storage): kept for this visit only. */
  | 'unavailable'
  /** A stored value was unreadable; it was set aside under a "-corrupt" key and started afresh. */
  | 'recovered';

export interface PersonalState {
  ready: boolean;
  /** Null until the person has saved a profile (or skipped onboarding). */
  profile: Profile | null;
  progress: Progress;
  health: StorageHealth;
}

const KEYS = { profile: 'profile', progress: 'progress' } as const;

type Schema<T> = { safeParse(value: unknown): { success: boolean; data?: T } };

// The schemas bring the validation library: they load only when there is something stored to
// check, so a first visit never waits for them.
const schemas = {
  profile: async (): Promise<Schema<Profile>> => (await import('../../content/profile')).Profile,
  progress: async (): Promise<Schema<Progress>> => (await import('../../content/progress')).Progress,
};

/** The same as content/progress's emptyProgress, without loading its schema first. */
const emptyProgress = (): Progress => ({ version: 1, steps: {} });

const FIRST_VISIT: PersonalState = { ready: true, profile: null, progress: emptyProgress(), health: 'ok' };
let state: PersonalState = { ready: false, profile: null, progress: emptyProgress(), health: 'ok' };
const listeners = new Set<() => void>();
let database: UseStore | null = null;
let loading: Promise<void> | null = null;
let writes: Promise<unknown> = Promise.resolve();

function update(next: Partial<PersonalState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

async function readValid<T>(key: string, loadSchema: () => Promise<Schema<T>>) {
  if (!database) return { value: undefined, corrupt: false };
  const raw: unknown = await get(key, database);
  if (raw === undefined) return { value: undefined, corrupt: false };
  const parsed = (await loadSchema()).safeParse(raw);
  if (parsed.success) return { value: parsed.data, corrupt: false };
  // Keep the unreadable value so nothing is lost for good, then start that part afresh.
  await set(`${key}-corrupt-${Date.now()}`, raw, database);
  return { value: undefined, corrupt: true };
}

async function load(): Promise<void> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    database = createStore('no-wrong-door', 'personal');
    const [profile, progress] = await Promise.all([
      readValid(KEYS.profile, schemas.profile),
      readValid(KEYS.progress, schemas.progress),
    ]);
    update({
      ready: true,
      profile: profile.value ?? null,
      progress: progress.value ?? emptyProgress(),
      health: profile.corrupt || progress.corrupt ? 'recovered' : 'ok',
    });
  } catch {
    database = null;
    update({ ready: true, health: 'unavailable' });
  }
}

function persist(key: string, value: unknown): void {
  writes = writes
    .then(() => (database ? set(key, value, database) : undefined))
    .catch(() => update({ health: 'unavailable' }));
}

export const personalStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    loading ??= load();
    return () => listeners.delete(listener);
  },
  getSnapshot(): PersonalState {
    return state;
  },
  /** A first visit: what a prerendered page shows, and what hydrating it starts from. */
  getServerSnapshot(): PersonalState {
    return FIRST_VISIT;
  },
  /** The state once the device's copy has been read. */
  async whenReady(): Promise<PersonalState> {
    await (loading ??= load());
    return state;
  },
  saveProfile(profile: Profile): void {
    update({ profile });
    persist(KEYS.profile, profile);
  },
  setStatus(id: string, status: StepStatus): void {
    const steps = { ...state.progress.steps, [id]: { status, updatedAt: new Date().toISOString() } };
    const progress = { ...state.progress, steps };
    update({ progress });
    persist(KEYS.progress, progress);
  },
  /** Replaces everything, as an imported backup does. */
  replace(profile: Profile | null, progress: Progress): void {
    update({ profile, progress });
    persist(KEYS.profile, profile ?? undefined);
    persist(KEYS.progress, progress);
  },
  /** Resolves when every change so far is saved; for tests and before a reload. */
  flushed(): Promise<unknown> {
    return writes;
  },
};

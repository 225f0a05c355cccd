import { Workbox } from 'workbox-window';

/**
 * Registers the app's service worker and tracks whether a new version is waiting. The new
 * version takes over only when the person chooses to reload, never under someone typing.
 */
let workbox: Workbox | null = null;
let updateWaiting = false;
const listeners = new Set<() => void>();

const HOUR_MS = 60 * 60_000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    updateWaiting = true;
    for (const listener of listeners) listener();
  });
  // Reached only after the person chose "Reload": the new version now controls the page.
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) window.location.reload();
  });
  // Registration fails where the browser forbids service workers (some private modes, policies):
  // the app still works, only not offline.
  workbox.register().catch(() => undefined);
  // A page left open for days still learns about new versions.
  setInterval(() => void workbox?.update(), HOUR_MS);
}

export const appUpdate = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isWaiting: (): boolean => updateWaiting,
  apply(): void {
    workbox?.messageSkipWaiting();
  },
};

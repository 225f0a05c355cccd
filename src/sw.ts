// The app's service worker: every page, route chunk and language file is precached so the app
// opens with no network after one visit. Portal data is not cached here: TanStack Query owns it
// (persisted to IndexedDB), so there is one freshness rule, not two.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';

// The app's tsconfig has the DOM library, where `self` is a Window; Workbox needs the literal
// `self.__WB_MANIFEST` to inject the precache list.
declare global {
  interface Window {
    __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0];
  }
}

interface ServiceWorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
}
const worker = self as unknown as ServiceWorkerScope;

// The first version takes charge of the page that installed it, so one visit is enough to
// work offline; later versions wait for the person's "Reload" (see below).
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any page address opens the app shell, but never an API path or a file (they must reach the
// network or the precache as themselves). Files are told by their extension, not by any dot:
// step ids such as "ca.sin" have dots too.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/portals\//, /^\/__mocks\//, /^\/schema\//, /\.(?:js|mjs|css|json|png|svg|ico|webmanifest|txt|xml|map|ics)$/i],
  }),
);

// The page asks for this only when the person chooses "Reload" on the update prompt.
worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

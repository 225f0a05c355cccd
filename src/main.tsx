// First: before any schema is defined (see the module).
import './content/zodWithoutEval';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider, onlineManager } from '@tanstack/react-query';
import { persistQueryClientRestore, persistQueryClientSave, persistQueryClientSubscribe } from '@tanstack/react-query-persist-client';
import { startI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE, languageFromPath, preferredLanguage } from './i18n/languages';
import { AppRouter, pageNeedsDataFirst, pageShowsPortalContent, preloadPage } from './app/router';
import { CONTENT_MAX_AGE_MS, queryClient } from './shared/portals/queryClient';
import { createIdbPersister } from './shared/portals/persistence';
import { prefetchPortalData } from './shared/portals/portalQueries';
import { personalStore } from './shared/personal/personalStore';
import { registerServiceWorker } from './app/serviceWorker';
import './styles/global.css';

async function startMockPortals(): Promise<void> {
  // Dev only: production builds talk to the portals (or the preview server's mocks) over HTTP.
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS === 'off') return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

/**
 * Puts the content saved on this device back into the query cache before the first render, so
 * pages opened offline (or on a slow network) show it at once instead of fetching first.
 */
async function restoreSavedContent(): Promise<void> {
  const options = {
    queryClient,
    persister: createIdbPersister(),
    maxAge: CONTENT_MAX_AGE_MS,
    // A new version of the app may read content differently: start its cache afresh.
    buster: __BUILD_ID__,
  };
  await persistQueryClientRestore(options).catch(() => undefined);
  persistQueryClientSubscribe(options);
  // The persister writes at most once a second; a page closed or hidden within that second
  // would otherwise lose its last content or a report queued just before.
  const saveNow = () => void persistQueryClientSave(options).catch(() => undefined);
  addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
  // Problem reports queued offline in an earlier visit are sent now if the network allows.
  void queryClient.resumePausedMutations();
}

async function start(): Promise<void> {
  const lang =
    languageFromPath(window.location.pathname) ??
    (window.location.pathname === '/' ? preferredLanguage(navigator.languages) : DEFAULT_LANGUAGE);
  // TanStack assumes it starts online; a page opened offline from the service worker is not.
  onlineManager.setOnline(navigator.onLine);
  const mocks = startMockPortals();
  const restored = restoreSavedContent();
  let prefetched: Promise<void> | undefined;
  const prefetch = () =>
    (prefetched ??= Promise.all([mocks, restored]).then(() => prefetchPortalData(queryClient)).catch(() => undefined));
  // A page that shows portal content first downloads it beside its code; any other page paints
  // first, so its content does not compete for a slow connection, and then saves the content.
  if (pageNeedsDataFirst(window.location.pathname)) void prefetch();
  // A page that fails to load here is loaded again, and its error shown, when it renders.
  const pageCode = preloadPage(window.location.pathname).catch(() => undefined);
  // Pages that use the plan draw it in their first render, not after a loading line; storage that
  // is slow to open holds the page back a moment at most.
  const personal = Promise.race([personalStore.whenReady(), new Promise((resolve) => setTimeout(resolve, 300))]);
  await Promise.all([startI18n(lang), mocks, restored, pageCode, personal]);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppRouter />
      </QueryClientProvider>
    </StrictMode>
  );
  const root = createRoot(container);
  if (container.firstElementChild) {
    // A prerendered page (scripts/prerender.ts) is on screen already. React draws it again with
    // the content it shows, in short slices so a slow phone stays responsive, and swaps it in
    // at once: the same page, now working. (Its HTML comes from the browser, not from React's
    // server renderer, so React cannot adopt it as it stands.)
    if (pageShowsPortalContent(window.location.pathname)) await prefetch();
    startTransition(() => root.render(app));
  } else {
    root.render(app);
  }
  requestAnimationFrame(() => setTimeout(prefetch));
  registerServiceWorker();
}

void start();

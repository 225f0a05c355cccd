// First: before any schema is defined (see the module).
import './content/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClientProvider, hydrate, onlineManager } from '@tanstack/react-query';
import { persistQueryClientRestore, persistQueryClientSave, persistQueryClientSubscribe } from '@tanstack/react-query-persist-client';
import { startI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE, languageFromPath, preferredLanguage } from './i18n/languages';
import { AppRouter, pageNeedsDataFirst, preloadPage } from './app/router';
import { deployedDataAsOfNow, readPageData } from './app/pageData';
import { noteEarlyInput } from './app/earlyInput';
import { pageHydrated } from './app/pageHydrated';
import { linkInlinedStyles } from './app/inlinedStyles';
import { CONTENT_MAX_AGE_MS, queryClient } from './shared/portals/queryClient';
import { createIdbPersister } from './shared/portals/persistence';
import { prefetchPortalData } from './shared/portals/portalQueries';
import { personalStore } from './shared/personal/personalStore';
import { registerServiceWorker } from './app/serviceWorker';
import './styles/global.css';

/** Longest a prerendered page's background work waits for its hydration to be noted. */
const HYDRATION_WAIT_MS = 3000;

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
async function restoreSavedContent({ saveAtOnce = false } = {}): Promise<void> {
  const options = {
    queryClient,
    persister: createIdbPersister(),
    maxAge: CONTENT_MAX_AGE_MS,
    // A new version of the app may read content differently: start its cache afresh.
    buster: __BUILD_ID__,
    dehydrateOptions: {
      // A report being sent when the page closes is kept as well as one queued offline: a report
      // leaves the device only once the feedback service has accepted it.
      shouldDehydrateMutation: (mutation: { state: { status: string } }) => mutation.state.status === 'pending',
    },
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
  // A hydrated page's content came with it, and its refresh may have started already: saved
  // now, it is there offline even if no portal answers.
  if (saveAtOnce) saveNow();
  // Problem reports queued offline, or cut short by the page closing, in an earlier visit are
  // sent now if the network allows (else they wait, paused, for it).
  for (const mutation of queryClient.getMutationCache().getAll()) {
    if (mutation.state.status === 'pending') void mutation.continue().catch(() => undefined);
  }
}

async function start(): Promise<void> {
  const lang =
    languageFromPath(window.location.pathname) ??
    (window.location.pathname === '/' ? preferredLanguage(navigator.languages) : DEFAULT_LANGUAGE);
  // TanStack assumes it starts online; a page opened offline from the service worker is not.
  onlineManager.setOnline(navigator.onLine);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppRouter />
      </QueryClientProvider>
    </StrictMode>
  );
  // Pages that use the plan draw it in their first render, not after a loading line; storage that
  // is slow to open holds the page back a moment at most.
  const personal = Promise.race([personalStore.whenReady(), new Promise((resolve) => setTimeout(resolve, 300))]);
  const pageData = readPageData(document);
  if (pageData) {
    // A prerendered page (scripts/prerender.ts): React adopts it as it stands, from the data it
    // was rendered with, so what is on screen, focused or typed stays. The device's saved content
    // and the portals' news come after, in the background.
    // Served by the service worker, the page may be older than the deployment; else it is as new.
    hydrate(queryClient, navigator.serviceWorker?.controller ? pageData : deployedDataAsOfNow(pageData));
    // The page's content is from the build and may be due a refresh: held until the page is
    // hydrated, the refresh would otherwise start as each query mounts, and compete with hydration.
    const defaults = queryClient.getDefaultOptions();
    queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, refetchOnMount: false } });
    linkInlinedStyles(document);
    await Promise.all([startI18n(lang), preloadPage(window.location.pathname, { withData: false }).catch(() => undefined), personal]);
    noteEarlyInput(container);
    hydrateRoot(container, app, {
      // A page opened with something the build could not know (a query in its address) is drawn
      // again where it differs: expected, so not reported as an error.
      onRecoverableError: (error) => console.warn('The prerendered page was redrawn where it differed:', error),
    });
    await pageHydrated(HYDRATION_WAIT_MS);
    queryClient.setDefaultOptions(defaults);
    const restored = restoreSavedContent({ saveAtOnce: true });
    void queryClient.refetchQueries({ type: 'active', stale: true });
    void restored.then(() => prefetchPortalData(queryClient)).catch(() => undefined);
    registerServiceWorker();
    return;
  }
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
  await Promise.all([startI18n(lang), mocks, restored, pageCode, personal]);
  createRoot(container).render(app);
  requestAnimationFrame(() => setTimeout(prefetch));
  registerServiceWorker();
}

void start();

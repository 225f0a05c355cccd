import i18next from 'i18next';
import { lazy, type ComponentType } from 'react';
import { BrowserRouter, matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { i18nStarted } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, languageFromPath } from '../i18n/languages';
import { queryClient } from '../shared/portals/queryClient';
import { PAGE_NAMES, ROUTES, type PageName } from '../shared/routes';
import { NotFound } from '../shared/ui/NotFound';
import { Layout } from './Layout';

/**
 * A page in its own chunk (and its strings in their own namespace), so the first visit
 * downloads only the page it shows. `preload` fetches both at once; once loaded, the page
 * renders at once instead of through a Suspense fallback, which React keeps for 300 ms at least.
 * `data`, for a page whose first paint is data other than the portals' feeds, fetches it too.
 */
function page<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  {
    namespace,
    dataFirst = false,
    data,
    allLanguages = false,
  }: { namespace?: string; dataFirst?: boolean; data?: (pathname: string) => Promise<unknown>; allLanguages?: boolean } = {},
) {
  let loaded: ComponentType | undefined;
  const strings = () =>
    i18nStarted.then(() =>
      Promise.all([
        namespace && i18next.loadNamespaces(namespace),
        allLanguages && i18next.loadLanguages([...UI_LANGUAGES]),
      ]),
    );
  const preload = async (pathname?: string) =>
    (
      await Promise.all([
        load().then((module) => (loaded = pick(module))),
        strings(),
        pathname === undefined ? undefined : data?.(pathname).catch(() => undefined),
      ])
    )[0];
  // A thenable that calls back at once lets React.lazy resolve without suspending.
  const Component = lazy(() => {
    const ready = loaded;
    if (!ready) return preload().then((component) => ({ default: component }));
    // React reads only `then`; its type asks for a whole Promise.
    return { then: (resolve: (value: { default: ComponentType }) => void) => resolve({ default: ready }) } as Promise<{
      default: ComponentType;
    }>;
  });
  // `load` and `namespace` are read by tests only, to compare this list with the build's.
  return { element: <Component />, preload, dataFirst, load, namespace };
}

// What's new paints its news first, drawn with them when prerendered (see prefetchNews).
const newsFirst = (pathname: string) =>
  import('../shared/news/newsQueries').then((news) => news.prefetchNews(queryClient, languageFromPath(pathname) ?? DEFAULT_LANGUAGE));

// index.html asks for the opened page's chunk early too (scripts/vite/pagePreloads.ts).
// One per page of the route manifest (src/shared/routes.ts), under the same name.
export const pages = {
  // Its latest news are in the prerendered page: their strings must be there to hydrate it.
  home: page(() => import('../features/home/HomeRoute'), (m) => m.HomeRoute, { namespace: 'news' }),
  topic: page(() => import('../features/topic/TopicRoute'), (m) => m.TopicRoute, { dataFirst: true }),
  task: page(() => import('../features/task/TaskRoute'), (m) => m.TaskRoute, { dataFirst: true }),
  report: page(() => import('../features/report/ReportRoute'), (m) => m.ReportRoute),
  profile: page(() => import('../features/profile/ProfileRoute'), (m) => m.ProfileRoute, { namespace: 'profile' }),
  journey: page(() => import('../features/journey/JourneyRoute'), (m) => m.JourneyRoute, { namespace: 'journey' }),
  settle: page(() => import('../features/settle/SettleRoute'), (m) => m.SettleRoute, { namespace: 'settle' }),
  myData: page(() => import('../features/my-data/MyDataRoute'), (m) => m.MyDataRoute, { namespace: 'mydata' }),
  services: page(() => import('../features/services/ServicesRoute'), (m) => m.ServicesRoute, {
    namespace: 'services',
    dataFirst: true,
  }),
  whoDoesWhat: page(() => import('../features/services/WhoDoesWhatRoute'), (m) => m.WhoDoesWhatRoute, {
    namespace: 'services',
    dataFirst: true,
  }),
  offices: page(() => import('../features/offices/OfficesRoute'), (m) => m.OfficesRoute, {
    namespace: 'offices',
    dataFirst: true,
  }),
  search: page(() => import('../features/search/SearchRoute'), (m) => m.SearchRoute, {
    namespace: 'search',
    dataFirst: true,
  }),
  settings: page(() => import('../features/settings/SettingsRoute'), (m) => m.SettingsRoute, { namespace: 'settings' }),
  preview: page(() => import('../features/preview/PreviewRoute'), (m) => m.PreviewRoute, { namespace: 'preview' }),
  noticeCodes: page(() => import('../features/preview/NoticeCodesRoute'), (m) => m.NoticeCodesRoute, { namespace: 'preview' }),
  news: page(() => import('../features/news/NewsRoute'), (m) => m.NewsRoute, { namespace: 'news', data: newsFirst }),
} satisfies Record<PageName, ReturnType<typeof page>>;

// The splash page reads its few strings in every UI language, each in its own.
const splash = page(() => import('../features/splash/SplashRoute'), (m) => m.SplashRoute, { allLanguages: true });

/** `dataFirst`: the page's first paint is portal content, so the portals load beside its code. */
type PageRoute = RouteObject & {
  /** With the page's address, its first data too; without, its code and strings only. */
  preload?: (pathname?: string) => Promise<unknown>;
  dataFirst?: boolean;
};
/** The page's route under `/:lang`, at its pattern in the manifest: the empty one is the index. */
const pageRoute = (path: string, { element, preload, dataFirst }: ReturnType<typeof page>): PageRoute =>
  path === '' ? { index: true, element, preload, dataFirst } : { path, element, preload, dataFirst };

// The declarative router is a third the size of the data router, and no page needs loaders.
export const routes: PageRoute[] = [
  // `/` is a page of its own in every language, as on canada.ca: no redirect in JavaScript.
  { path: '/', element: splash.element, preload: splash.preload },
  {
    path: '/:lang',
    element: <Layout />,
    children: [...PAGE_NAMES.map((name) => pageRoute(ROUTES[name], pages[name])), { path: '*', element: <NotFound /> }],
  },
];

/** Whether the page at `pathname` paints portal content first. */
export function pageNeedsDataFirst(pathname: string): boolean {
  return (matchRoutes(routes, pathname) ?? []).some(({ route }) => (route as PageRoute).dataFirst);
}

/**
 * Loads the code and strings of the page at `pathname` (if it has its own) before the first
 * render, and the data it paints first unless `withData` is false (a page that brings its data).
 */
export async function preloadPage(pathname: string, { withData = true }: { withData?: boolean } = {}): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(matches.map(({ route }) => (route as PageRoute).preload?.(withData ? pathname : undefined)));
}

/** The pages, under whichever router: the browser's, or the build's static one (./renderPage.tsx). */
export function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}

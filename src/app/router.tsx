import { lazy, type ComponentType } from 'react';
import { BrowserRouter, Navigate, matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { preferredLanguage } from '../i18n/languages';
import { NotFound } from '../shared/ui/NotFound';
import { Layout } from './Layout';

/**
 * A page in its own chunk, so the first visit downloads only the page it shows. `preload`
 * fetches it ahead; once loaded, the page renders at once instead of through a Suspense
 * fallback, which React would keep on screen for at least 300 ms.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  let loaded: ComponentType | undefined;
  const preload = () => load().then((module) => (loaded = pick(module)));
  // A thenable that calls back at once lets React.lazy resolve without suspending.
  const Component = lazy(() => {
    const ready = loaded;
    if (!ready) return preload().then((component) => ({ default: component }));
    // React reads only `then`; its type asks for a whole Promise.
    return { then: (resolve: (value: { default: ComponentType }) => void) => resolve({ default: ready }) } as Promise<{
      default: ComponentType;
    }>;
  });
  return { element: <Component />, preload };
}

// index.html asks for the opened page's chunk early too (scripts/vite/pagePreloads.ts).
const pages = {
  home: page(() => import('../features/home/HomeRoute'), (m) => m.HomeRoute),
  topic: page(() => import('../features/topic/TopicRoute'), (m) => m.TopicRoute),
  task: page(() => import('../features/task/TaskRoute'), (m) => m.TaskRoute),
  report: page(() => import('../features/report/ReportRoute'), (m) => m.ReportRoute),
  profile: page(() => import('../features/profile/ProfileRoute'), (m) => m.ProfileRoute),
  journey: page(() => import('../features/journey/JourneyRoute'), (m) => m.JourneyRoute),
  settle: page(() => import('../features/settle/SettleRoute'), (m) => m.SettleRoute),
  myData: page(() => import('../features/my-data/MyDataRoute'), (m) => m.MyDataRoute),
  settings: page(() => import('../features/settings/SettingsRoute'), (m) => m.SettingsRoute),
};

type PageRoute = RouteObject & { preload?: () => Promise<unknown> };
const pageRoute = (path: string | undefined, { element, preload }: ReturnType<typeof page>): PageRoute =>
  path === undefined ? { index: true, element, preload } : { path, element, preload };

// The declarative router is a third the size of the data router, and no page needs loaders.
const routes: PageRoute[] = [
  { path: '/', element: <Navigate to={`/${preferredLanguage(navigator.languages)}`} replace /> },
  {
    path: '/:lang',
    element: <Layout />,
    children: [
      pageRoute(undefined, pages.home),
      pageRoute('topics/:topic', pages.topic),
      pageRoute('tasks/:id', pages.task),
      pageRoute('report', pages.report),
      pageRoute('profile', pages.profile),
      pageRoute('journey/:kind?', pages.journey),
      pageRoute('where-to-settle', pages.settle),
      pageRoute('my-data', pages.myData),
      pageRoute('settings', pages.settings),
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** Loads the code of the page at `pathname` (if it has its own chunk) before the first render. */
export async function preloadPage(pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(matches.map(({ route }) => (route as PageRoute).preload?.()));
}

function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}

import { Navigate, createBrowserRouter } from 'react-router';
import { preferredLanguage } from '../i18n/languages';
import { NotFound } from '../shared/ui/NotFound';
import { Layout } from './Layout';

/** Each page is its own chunk, so the first visit downloads only the page it shows. */
export const router = createBrowserRouter([
  { path: '/', element: <Navigate to={`/${preferredLanguage(navigator.languages)}`} replace /> },
  {
    path: '/:lang',
    Component: Layout,
    // Shown while the first page's chunk loads; the shell itself is already in the main bundle.
    HydrateFallback: () => null,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/home/HomeRoute')).HomeRoute }) },
      {
        path: 'topics/:topic',
        lazy: async () => ({ Component: (await import('../features/topic/TopicRoute')).TopicRoute }),
      },
      {
        path: 'tasks/:id',
        lazy: async () => ({ Component: (await import('../features/task/TaskRoute')).TaskRoute }),
      },
      {
        path: 'report',
        lazy: async () => ({ Component: (await import('../features/report/ReportRoute')).ReportRoute }),
      },
      {
        path: 'profile',
        lazy: async () => ({ Component: (await import('../features/profile/ProfileRoute')).ProfileRoute }),
      },
      {
        path: 'journey/:kind?',
        lazy: async () => ({ Component: (await import('../features/journey/JourneyRoute')).JourneyRoute }),
      },
      {
        path: 'where-to-settle',
        lazy: async () => ({ Component: (await import('../features/settle/SettleRoute')).SettleRoute }),
      },
      {
        path: 'my-data',
        lazy: async () => ({ Component: (await import('../features/my-data/MyDataRoute')).MyDataRoute }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('../features/settings/SettingsRoute')).SettingsRoute }),
      },
      { path: '*', Component: NotFound },
    ],
  },
]);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { startI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE, languageFromPath, preferredLanguage } from './i18n/languages';
import { router } from './app/router';
import './styles/global.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

async function startMockPortals(): Promise<void> {
  // Dev only: production builds talk to the portals (or the preview server's mocks) over HTTP.
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS === 'off') return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

async function start(): Promise<void> {
  const lang =
    languageFromPath(window.location.pathname) ??
    (window.location.pathname === '/' ? preferredLanguage(navigator.languages) : DEFAULT_LANGUAGE);
  await Promise.all([startI18n(lang), startMockPortals()]);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();

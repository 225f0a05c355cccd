import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Rendered outside a browser, a page has no window to name: the build's renderer
 * (src/app/renderPage.tsx) listens here for the title the page would give its window.
 */
export const WindowTitleSink = createContext<((title: string) => void) | null>(null);

/** Names the window `title` as it is; the last page component rendered names it. */
export function useWindowTitle(title: string): void {
  useContext(WindowTitleSink)?.(title);
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Sets the window title, so that tabs, history and screen readers name the page. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useWindowTitle(title ? `${title} – ${t('site.name')}` : t('site.name'));
}

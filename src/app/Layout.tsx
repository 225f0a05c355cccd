import { Suspense, lazy, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useParams } from 'react-router';
import { isUiLanguage } from '../i18n/languages';
import { usePreviewMode } from '../shared/preview/usePreviewMode';
import { Loading } from '../shared/ui/Loading';
import { NotFound } from '../shared/ui/NotFound';
import { ContentHydrated } from './ContentHydrated';
import { Footer } from './Footer';
import { Header } from './Header';
import { OfflineIndicator } from './OfflineIndicator';
import { UpdatePrompt } from './UpdatePrompt';

// Only publishers previewing a draft see the banner: nobody else downloads it or its strings.
const PreviewBanner = lazy(() => import('../shared/preview/PreviewBanner').then((m) => ({ default: m.PreviewBanner })));

export function Layout() {
  const { lang } = useParams();
  const { i18n } = useTranslation();
  const { pathname, hash } = useLocation();
  const known = isUiLanguage(lang);
  const preview = usePreviewMode();

  useEffect(() => {
    if (known && i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [known, lang, i18n]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = i18n.language;
    root.dir = i18n.dir(i18n.language);
  }, [i18n, i18n.language]);

  // After a client-side navigation, start reading at the top like a new page would, unless the
  // address names a place on the page (the page brings that into view itself). Not when the app
  // starts: a prerendered page may have been scrolled before its code ran.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (!hash) window.scrollTo(0, 0);
    // Only a new page resets the scroll, not a new hash on the same page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  return (
    <>
      <Header />
      {preview.mode && (
        <Suspense fallback={null}>
          <PreviewBanner mode={preview.mode} />
        </Suspense>
      )}
      <OfflineIndicator />
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          {known ? <Outlet /> : <NotFound />}
          <ContentHydrated />
        </Suspense>
      </main>
      <Footer />
    </>
  );
}

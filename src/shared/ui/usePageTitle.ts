import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window title, so that tabs, history and screen readers name the page. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('site.name')}` : t('site.name');
  }, [title, t]);
}

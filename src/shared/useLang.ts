import { useParams } from 'react-router';
import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from '../i18n/languages';

/** The page's language, which the URL holds so that every page can be shared and toggled. */
export function useLang(): UiLanguage {
  const { lang } = useParams();
  return isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

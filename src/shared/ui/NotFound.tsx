import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../routes';
import { useLang } from '../useLang';
import { usePageTitle } from './usePageTitle';

export function NotFound() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home(lang)}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useLang } from '../../shared/useLang';
import { formatNumber, sizeParts } from './format';

/** Numbers and sizes in the page's language: "84.2 KB", "84,2 ko". */
export function useFormat() {
  const { t } = useTranslation('settings');
  const lang = useLang();
  return {
    number: (value: number) => formatNumber(value, lang),
    size: (bytes: number) => {
      const { unit, value } = sizeParts(bytes, lang);
      return t(`size.${unit}`, { value });
    },
  };
}

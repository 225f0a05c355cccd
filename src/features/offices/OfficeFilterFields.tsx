import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem, Sourced } from '../../content/catalogue';
import type { Office } from '../../content/office';
import { useLocalize } from '../../shared/ui/Text';
import { useLang } from '../../shared/useLang';
import { languageName } from './officeFormat';

interface OfficeFilterFieldsProps {
  items: readonly CatalogueItem[];
  offices: readonly Sourced<Office>[];
  values: { service?: string; language?: string; wheelchairAccessible?: boolean; open: boolean };
  onChange: (name: 'service' | 'language' | 'wheelchair' | 'open', value: string | null) => void;
}

/** Narrow the list: a service, a language spoken, open now, wheelchair accessible. */
export function OfficeFilterFields({ items, offices, values, onChange }: OfficeFilterFieldsProps) {
  const { t } = useTranslation('offices');
  const lang = useLang();
  const localize = useLocalize();
  // Only choices that some office offers, so no filter leads to an empty list by itself.
  const services = useMemo(
    () =>
      items
        .filter((item) => offices.some((office) => office.services.includes(item.id)))
        .map((item) => ({ id: item.id, title: localize(item.title) }))
        .sort((a, b) => a.title.localeCompare(b.title, lang)),
    [items, offices, localize, lang],
  );
  const languages = useMemo(
    () =>
      [...new Set(offices.flatMap((office) => office.languages))]
        .map((code) => ({ code, name: languageName(code, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [offices, lang],
  );

  return (
    <fieldset className="office-filters">
      <legend>{t('filters.legend')}</legend>
      <p className="field">
        <label htmlFor="office-service">{t('filters.service')}</label>
        <select id="office-service" value={values.service ?? ''} onChange={(event) => onChange('service', event.target.value || null)}>
          <option value="">{t('filters.anyService')}</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.title}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="office-language">{t('filters.language')}</label>
        <select
          id="office-language"
          value={values.language ?? ''}
          onChange={(event) => onChange('language', event.target.value || null)}
        >
          <option value="">{t('filters.anyLanguage')}</option>
          {languages.map((language) => (
            <option key={language.code} value={language.code}>
              {language.name}
            </option>
          ))}
        </select>
      </p>
      <label className="radio">
        <input type="checkbox" checked={values.open} onChange={(event) => onChange('open', event.target.checked ? '1' : null)} />
        {t('filters.openNow')}
      </label>
      <label className="radio">
        <input
          type="checkbox"
          checked={values.wheelchairAccessible ?? false}
          onChange={(event) => onChange('wheelchair', event.target.checked ? '1' : null)}
        />
        {t('filters.wheelchair')}
      </label>
    </fieldset>
  );
}

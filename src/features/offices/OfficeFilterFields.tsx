import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem, Sourced } from '../../content/catalogue';
import type { Office } from '../../content/office';
import { SelectField } from '../../shared/ui/SelectField';
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
        .map((item) => ({ value: item.id, label: localize(item.title) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [items, offices, localize, lang],
  );
  const languages = useMemo(
    () =>
      [...new Set(offices.flatMap((office) => office.languages))]
        .map((code) => ({ value: code, label: languageName(code, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [offices, lang],
  );

  return (
    <fieldset className="office-filters">
      <legend>{t('filters.legend')}</legend>
      <SelectField
        label={t('filters.service')}
        noChoice={t('filters.anyService')}
        options={services}
        value={values.service}
        onChange={(service) => onChange('service', service)}
      />
      <SelectField
        label={t('filters.language')}
        noChoice={t('filters.anyLanguage')}
        options={languages}
        value={values.language}
        onChange={(language) => onChange('language', language)}
      />
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

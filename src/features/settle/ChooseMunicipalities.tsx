import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../content/municipality';
import { Text, useLocalize } from '../../shared/ui/Text';
import { matchingMunicipalities } from './selection';

interface ChooseMunicipalitiesProps {
  municipalities: Pick<Municipality, 'id' | 'name' | 'region'>[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}

/** Beyond this many, a box to find a municipality by name comes before the list. */
export const FILTER_FROM = 12;

/**
 * The checkbox group that picks the municipalities to compare. With all of Ontario (444) the
 * list is long: a box narrows it by name or region, and the chosen ones always stay in view.
 */
export function ChooseMunicipalities({ municipalities, chosen, onToggle }: ChooseMunicipalitiesProps) {
  const { t } = useTranslation('settle');
  const localize = useLocalize();
  const hintId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const wanted = filter.trim();
  const shown = matchingMunicipalities(municipalities, chosen, wanted, localize);
  return (
    <fieldset className="settle-choose" aria-describedby={hintId}>
      <legend>{t('choose.legend')}</legend>
      <p className="hint" id={hintId}>
        {t('choose.hint')}
      </p>
      {municipalities.length > FILTER_FROM && (
        <p className="settle-filter">
          <label htmlFor={filterId}>{t('choose.filter')}</label>
          <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.currentTarget.value)} />
          {/* Always in the page, so a screen reader hears the count change as the person types. */}
          <span role="status" className="hint">
            {wanted ? t('choose.filtered', { count: shown.length }) : ''}
          </span>
        </p>
      )}
      <ul className="settle-choices">
        {shown.map((municipality) => (
          <li key={municipality.id}>
            <label className="settle-choice">
              <input
                type="checkbox"
                name="compare"
                value={municipality.id}
                checked={chosen.includes(municipality.id)}
                onChange={(event) => onToggle(municipality.id, event.currentTarget.checked)}
              />
              <span>
                <Text value={municipality.name} className="settle-choice-name" />{' '}
                <Text value={municipality.region} className="settle-choice-region" />
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

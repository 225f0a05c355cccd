import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../content/municipality';
import { Text } from '../../shared/ui/Text';

interface ChooseMunicipalitiesProps {
  municipalities: Pick<Municipality, 'id' | 'name' | 'region'>[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}

/** The checkbox group that picks the municipalities to compare. */
export function ChooseMunicipalities({ municipalities, chosen, onToggle }: ChooseMunicipalitiesProps) {
  const { t } = useTranslation('settle');
  const hintId = useId();
  return (
    <fieldset className="settle-choose" aria-describedby={hintId}>
      <legend>{t('choose.legend')}</legend>
      <p className="hint" id={hintId}>
        {t('choose.hint')}
      </p>
      <ul className="settle-choices">
        {municipalities.map((municipality) => (
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

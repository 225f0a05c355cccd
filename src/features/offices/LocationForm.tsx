import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostalCodeProblem } from '../../content/offices/postalCode';

interface LocationFormProps {
  postalCode: string;
  problem: PostalCodeProblem | null;
  onPostalCode: (postalCode: string) => void;
  onHere: (position: { lat: number; lng: number }) => void;
}

type GeoState = 'idle' | 'asking' | 'denied' | 'unavailable';

/**
 * Where to measure from: a postal code (looked up in a table that ships with the app, so it
 * works offline) or the device's position, asked for only when the person taps the button.
 */
export function LocationForm({ postalCode, problem, onPostalCode, onHere }: LocationFormProps) {
  const { t } = useTranslation('offices');
  const [draft, setDraft] = useState<{ from: string; text: string } | null>(null);
  const [geo, setGeo] = useState<GeoState>('idle');
  const inputId = useId();
  const errorId = useId();
  const text = draft?.from === postalCode ? draft.text : postalCode;

  function submit(event: FormEvent) {
    event.preventDefault();
    onPostalCode(text.trim());
  }

  function useMyLocation() {
    if (!('geolocation' in navigator)) {
      setGeo('unavailable');
      return;
    }
    setGeo('asking');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setGeo('idle');
        onHere({ lat: position.coords.latitude, lng: position.coords.longitude });
      },
      (error) => setGeo(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { maximumAge: 10 * 60_000, timeout: 15_000 },
    );
  }

  return (
    <form className="location-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{t('location.label')}</label>
      <p className="hint">{t('location.hint')}</p>
      {problem && (
        <p id={errorId} className="field-error">
          {t(`location.problem.${problem}`)}
        </p>
      )}
      <div className="location-row">
        <input
          id={inputId}
          className="postal-code"
          value={text}
          onChange={(event) => setDraft({ from: postalCode, text: event.target.value })}
          autoComplete="postal-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={8}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
        />
        <button type="submit">{t('location.find')}</button>
      </div>
      <p>
        <button type="button" className="secondary" onClick={useMyLocation} disabled={geo === 'asking'}>
          {geo === 'asking' ? t('location.asking') : t('location.useMine')}
        </button>
      </p>
      {(geo === 'denied' || geo === 'unavailable') && (
        <p className="notice notice-warning" role="status">
          {t(`location.${geo}`)}
        </p>
      )}
    </form>
  );
}

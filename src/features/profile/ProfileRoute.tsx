import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { IMMIGRATION_CATEGORIES } from '../../content/taxonomy';
import { MOVE_STAGES, emptyProfile, type Profile } from '../../content/profile';
import { usePersonalData } from '../../shared/personal/usePersonalData';
import { configuredMunicipalities } from '../../api/portalScope';
import { usePortalsFile } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { useLocalize } from '../../shared/ui/Text';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { SelectField } from '../../shared/ui/SelectField';
import { Choice } from './Choice';

export function ProfileRoute() {
  const personal = usePersonalData();
  return personal.ready ? <ProfileForm initial={personal.profile} /> : <Loading />;
}

function ProfileForm({ initial }: { initial: Profile | null }) {
  const { t } = useTranslation('profile');
  const lang = useLang();
  const navigate = useNavigate();
  const localize = useLocalize();
  // Named from the configuration, so choosing a city does not download every city's content.
  const municipalities = configuredMunicipalities(usePortalsFile().data?.portals ?? []);
  const { saveProfile } = usePersonalData();
  const [profile, setProfile] = useState<Profile>(initial ?? emptyProfile(lang));
  usePageTitle(t('title'));

  const change = (patch: Partial<Profile>) => setProfile((current) => ({ ...current, ...patch }));
  const household = (patch: Partial<Profile['household']>) =>
    setProfile((current) => ({ ...current, household: { ...current.household, ...patch } }));
  const planPath = paths.journey(lang, profile.stage === 'arrived' ? 'settle' : 'before');

  function submit(event: FormEvent) {
    event.preventDefault();
    saveProfile(profile);
    navigate(planPath);
  }

  function skip() {
    if (!initial) saveProfile(emptyProfile(lang));
    navigate(planPath);
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('privacy')}</p>
      <form onSubmit={submit} className="profile-form">
        <Choice
          legend={t('stage.legend')}
          name="stage"
          options={MOVE_STAGES.map((value) => ({ value, label: t(`stage.${value}`) }))}
          value={profile.stage}
          onChange={(stage) => change({ stage })}
        />

        <div className="field">
          <label htmlFor="arrival-date">
            {profile.stage === 'arrived' ? t('arrival.actual') : t('arrival.planned')}
          </label>
          <p className="hint" id="arrival-hint">
            {t('arrival.hint')}
          </p>
          <input
            id="arrival-date"
            type="date"
            aria-describedby="arrival-hint"
            value={profile.arrivalDate ?? ''}
            onChange={(event) => change({ arrivalDate: event.target.value || null })}
          />
        </div>

        <SelectField
          label={t('municipality.label')}
          noChoice={t('municipality.undecided')}
          options={municipalities.map((portal) => ({ value: portal.municipality, label: localize(portal.name) }))}
          value={profile.municipality}
          onChange={(municipality) => change({ municipality })}
        >
          <p className="hint">
            <Link to={paths.settle(lang)}>{t('municipality.compare')}</Link>
          </p>
        </SelectField>

        <Choice
          legend={t('category.legend')}
          name="category"
          options={IMMIGRATION_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
          value={profile.category}
          onChange={(category) => change({ category })}
          hint={t('category.hint')}
        />

        <fieldset>
          <legend>{t('household.legend')}</legend>
          <p className="hint">{t('household.hint')}</p>
          {(
            [
              ['spouseOrPartner', t('household.spouseOrPartner')],
              ['children0to5', t('household.children0to5')],
              ['children6to17', t('household.children6to17')],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="radio">
              <input
                type="checkbox"
                checked={profile.household[key]}
                onChange={(event) => household({ [key]: event.target.checked })}
              />
              {label}
            </label>
          ))}
        </fieldset>

        <Choice
          legend={t('drives.legend')}
          name="drives"
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
          value={profile.drives ? 'yes' : 'no'}
          onChange={(value) => change({ drives: value === 'yes' })}
        />

        <Choice
          legend={t('regulated.legend')}
          name="regulated"
          hint={t('regulated.hint')}
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
          value={profile.regulatedOccupation ? 'yes' : 'no'}
          onChange={(value) => change({ regulatedOccupation: value === 'yes' })}
        />

        <Choice
          legend={t('language.legend')}
          name="language"
          options={[
            { value: 'en', label: 'English' },
            { value: 'fr', label: 'Français' },
          ]}
          value={profile.language}
          onChange={(language) => change({ language })}
        />

        <div className="form-actions">
          <button type="submit">{t('save')}</button>
          <button type="button" className="button-secondary" onClick={skip}>
            {initial ? t('cancel') : t('skip')}
          </button>
        </div>
      </form>
    </>
  );
}

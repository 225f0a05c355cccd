import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Profile } from '../../content/profile';
import { usePortalData } from '../../shared/portals/portalQueries';
import { useLocalize } from '../../shared/ui/Text';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

/** What the plan is based on, with the way to change it. */
export function ProfileSummary({ profile }: { profile: Profile | null }) {
  const { t } = useTranslation('journey');
  const lang = useLang();
  const localize = useLocalize();
  const { catalogue } = usePortalData();

  if (!profile) {
    return (
      <div className="notice notice-info">
        <p>{t('profile.none')}</p>
        <p>
          <Link to={paths.profile(lang)}>{t('profile.start')}</Link>
        </p>
      </div>
    );
  }
  const municipality = catalogue.municipalities.find((m) => m.id === profile.municipality);
  const facts = [
    municipality ? localize(municipality.name) : t('profile.undecided'),
    profile.arrivalDate ? t('profile.arrival', { date: profile.arrivalDate }) : t('profile.noArrival'),
  ];
  return (
    <p className="profile-summary">
      {t('profile.basedOn', { facts: facts.join(' · ') })} <Link to={paths.profile(lang)}>{t('profile.change')}</Link>
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import type { Profile } from '../../content/profile';
import type { Progress } from '../../content/progress';
import { useLang } from '../../shared/useLang';
import { formatDay } from './format';

/** The gist of a plan, so a person can recognise it: where they are, when they arrive, how far along. */
export function PlanSummary({ profile, progress }: { profile: Profile | null; progress: Progress }) {
  const { t } = useTranslation('mydata');
  const lang = useLang();
  const statuses = Object.values(progress.steps).map((step) => step.status);
  const withStatus = statuses.filter((status) => status !== 'not-started').length;
  const done = statuses.filter((status) => status === 'done').length;
  return (
    <dl className="facts plan-summary">
      <dt>{t('summary.stage')}</dt>
      <dd>{profile?.stage ? t(`summary.stageValue.${profile.stage}`) : t('summary.notGiven')}</dd>
      <dt>{t('summary.arrival')}</dt>
      <dd>
        {profile?.arrivalDate ? (
          <time dateTime={profile.arrivalDate}>{formatDay(profile.arrivalDate, lang)}</time>
        ) : (
          t('summary.notGiven')
        )}
      </dd>
      <dt>{t('summary.steps')}</dt>
      <dd>
        {t('summary.stepsWithStatus', { count: withStatus })}
        {done > 0 && ` (${t('summary.done', { count: done })})`}
      </dd>
    </dl>
  );
}

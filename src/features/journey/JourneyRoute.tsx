import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { buildJourney, summarize } from '../../content/journey';
import { localDay } from '../../content/localDay';
import { emptyProfile } from '../../content/profile';
import { usePersonalData } from '../../shared/personal/usePersonalData';
import { usePortalData } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { useLocalize } from '../../shared/ui/Text';
import { NotFound } from '../../shared/ui/NotFound';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { JOURNEY_KINDS, paths, type JourneyKind } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { CalendarDownload } from './CalendarDownload';
import { JourneyStepItem } from './JourneyStepItem';
import { ProfileSummary } from './ProfileSummary';
import { StorageNotice } from './StorageNotice';
import './journey.css';

export function JourneyRoute() {
  const { kind } = useParams();
  if (kind === undefined) return <PlanForStage />;
  return JOURNEY_KINDS.includes(kind as JourneyKind) ? <JourneyPage kind={kind as JourneyKind} /> : <NotFound />;
}

/** "My plan" opens the plan for where the person is: before or after arrival. */
function PlanForStage() {
  const lang = useLang();
  const personal = usePersonalData();
  if (!personal.ready) return <Loading />;
  return <Navigate replace to={paths.journey(lang, personal.profile?.stage === 'arrived' ? 'settle' : 'before')} />;
}

function JourneyPage({ kind }: { kind: JourneyKind }) {
  const { t } = useTranslation('journey');
  const lang = useLang();
  const data = usePortalData();
  const personal = usePersonalData();
  const localizeText = useLocalize();
  // One empty profile per language, so the plan below is not recomputed on every render.
  const profile = useMemo(() => personal.profile ?? emptyProfile(lang), [personal.profile, lang]);
  const today = localDay();
  const journey = useMemo(
    () => buildJourney(data.catalogue.items, profile, personal.progress, today),
    [data.catalogue.items, profile, personal.progress, today],
  );
  const groups = kind === 'before' ? journey.preArrival : journey.settlement;
  const summary = summarize(groups);
  const title = t(kind === 'before' ? 'before.title' : 'settle.title');
  usePageTitle(title);

  if (!personal.ready) return <Loading />;

  return (
    <>
      <h1>{title}</h1>
      <nav aria-label={t('switchLabel')} className="filter-links journey-switch">
        <ul>
          {JOURNEY_KINDS.map((other) => (
            <li key={other}>
              <Link to={paths.journey(lang, other)} aria-current={other === kind ? 'page' : undefined}>
                {t(`${other}.short`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <PortalNotices data={data} />
      <StorageNotice health={personal.health} />
      <ProfileSummary profile={personal.profile} />

      {data.loading && <Loading />}
      {!data.loading && (
        <>
          <section aria-labelledby="summary-heading" className="journey-summary">
            <h2 id="summary-heading">{t('summary.heading')}</h2>
            <p className="journey-count">{t('summary.count', { done: summary.done, total: summary.total })}</p>
            <progress max={summary.total || 1} value={summary.done} aria-labelledby="summary-heading" />
            {summary.next.length > 0 ? (
              <>
                <h3>{t('summary.next')}</h3>
                <ol className="next-steps">
                  {summary.next.map((step) => (
                    <li key={step.item.id}>
                      <a href={`#step-${step.item.id}`}>{localizeText(step.item.title)}</a>
                    </li>
                  ))}
                </ol>
              </>
            ) : (
              <p>{t('summary.allDone')}</p>
            )}
          </section>

          <div className="journey-tools">
            <button type="button" onClick={() => window.print()}>
              {t('tools.print')}
            </button>
            <CalendarDownload steps={groups.flatMap((group) => group.steps)} kind={kind} />
            <Link to={paths.myData(lang)}>{t('tools.backup')}</Link>
          </div>

          {groups.map((group) => (
            <section key={group.stage} aria-labelledby={`stage-${group.stage}`}>
              <h2 id={`stage-${group.stage}`}>{t(`common:stage.${group.stage}`)}</h2>
              <ul className="journey-steps">
                {group.steps.map((step) => (
                  <JourneyStepItem key={step.item.id} step={step} steps={journey.steps} />
                ))}
              </ul>
            </section>
          ))}
          {groups.length === 0 && <p>{t('empty')}</p>}
        </>
      )}
    </>
  );
}

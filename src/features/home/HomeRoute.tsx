import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PHASES, countByTopic, itemsInPhase } from '../../content/phase';
import { TOPICS } from '../../content/taxonomy';
import { usePortalData } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { usePhase } from '../../shared/usePhase';
import { LatestNews } from './LatestNews';

export function HomeRoute() {
  const { t } = useTranslation();
  const lang = useLang();
  const phase = usePhase();
  const data = usePortalData();
  usePageTitle(undefined);

  const counts = countByTopic(itemsInPhase(data.catalogue.items, phase));
  const topics = data.loading ? TOPICS : TOPICS.filter((topic) => counts[topic] > 0);

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <PortalNotices data={data} />

      <section aria-labelledby="phase-heading">
        <h2 id="phase-heading">{t('home.phaseQuestion')}</h2>
        <ul className="choice-list">
          {PHASES.map((option) => (
            <li key={option}>
              <Link
                className="choice"
                to={paths.home(lang, { phase: option })}
                aria-current={phase === option ? 'true' : undefined}
              >
                <span className="choice-title">{t(`phase.${option}.title`)}</span>
                <span className="choice-description">{t(`phase.${option}.description`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="plan-heading" className="plan-callout">
        <h2 id="plan-heading">{t('home.planTitle')}</h2>
        <p>{t('home.planIntro')}</p>
        <p className="plan-links">
          <Link className="button-link" to={paths.profile(lang)}>
            {t('home.planStart')}
          </Link>
          <Link to={paths.journey(lang)}>{t('home.planOpen')}</Link>
          <Link to={paths.settle(lang)}>{t('home.compare')}</Link>
        </p>
      </section>

      <section aria-labelledby="find-heading">
        <h2 id="find-heading">{t('home.findTitle')}</h2>
        <ul className="find-links">
          <li>
            <Link to={paths.services(lang)}>{t('home.findServices')}</Link>
          </li>
          <li>
            <Link to={paths.offices(lang)}>{t('home.findOffices')}</Link>
          </li>
          <li>
            <Link to={paths.whoDoesWhat(lang)}>{t('home.findWho')}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{phase ? t(`phase.${phase}.topics`) : t('home.allTopics')}</h2>
        {data.loading && <Loading />}
        <ul className="topic-grid">
          {topics.map((topic) => (
            <li key={topic}>
              <Link className="topic-card" to={paths.topic(lang, topic, { phase })}>
                <span className="topic-title">{t(`topic.${topic}.label`)}</span>
                <span className="topic-description">{t(`topic.${topic}.description`)}</span>
                {!data.loading && <span className="topic-count">{t('home.stepCount', { count: counts[topic] })}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <LatestNews />
    </>
  );
}

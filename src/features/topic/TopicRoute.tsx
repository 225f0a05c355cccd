import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PHASES, itemsInPhase } from '../../content/phase';
import { STAGES, TOPICS, type Topic } from '../../content/taxonomy';
import { usePortalData } from '../../shared/portals/portalQueries';
import { JurisdictionLabel } from '../../shared/ui/JurisdictionLabel';
import { Loading } from '../../shared/ui/Loading';
import { NotFound } from '../../shared/ui/NotFound';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { Text } from '../../shared/ui/Text';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { usePhase } from '../../shared/usePhase';

const firstStage = (stages: readonly string[]) => Math.min(...stages.map((s) => STAGES.indexOf(s as never)));

export function TopicRoute() {
  const { topic } = useParams();
  return TOPICS.includes(topic as Topic) ? <TopicPage topic={topic as Topic} /> : <NotFound />;
}

function TopicPage({ topic }: { topic: Topic }) {
  const { t } = useTranslation();
  const lang = useLang();
  const phase = usePhase();
  const data = usePortalData();
  usePageTitle(t(`topic.${topic}.label`));

  const items = itemsInPhase(
    data.catalogue.items.filter((item) => item.topics.includes(topic)),
    phase,
  ).sort((a, b) => firstStage(a.stages) - firstStage(b.stages));

  return (
    <>
      <nav aria-label={t('breadcrumb.label')} className="breadcrumb">
        <ol>
          <li>
            <Link to={paths.home(lang, { phase })}>{t('breadcrumb.home')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t(`topic.${topic}.label`)}</h1>
      <p className="lead">{t(`topic.${topic}.description`)}</p>
      <PortalNotices data={data} />

      <nav aria-label={t('topicPage.filterLabel')} className="filter-links">
        <ul>
          {[undefined, ...PHASES].map((option) => (
            <li key={option ?? 'all'}>
              <Link
                to={paths.topic(lang, topic, { phase: option })}
                aria-current={phase === option ? 'true' : undefined}
              >
                {option ? t(`phase.${option}.short`) : t('topicPage.allPhases')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {data.loading && <Loading />}
      {!data.loading && items.length === 0 && <p>{t('topicPage.empty')}</p>}
      <ul className="item-list">
        {items.map((item) => (
          <li key={item.id} className="item-card">
            <h2>
              <Link to={paths.task(lang, item.id)}>
                <Text value={item.title} />
              </Link>
            </h2>
            <Text as="p" value={item.summary} />
            <p className="item-meta">
              <JurisdictionLabel jurisdiction={item.responsible.jurisdiction} />
              <Text value={item.responsible.body} />
              <span className="item-kind">{t(`kind.${item.kind}`)}</span>
              <span>{t(`stage.${item.stages[0] ?? 'ongoing'}`)}</span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

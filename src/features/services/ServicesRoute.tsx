import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { byTopic, servicesMatching } from '../../content/services';
import { JURISDICTIONS, TOPICS } from '../../content/taxonomy';
import { usePortalData } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { SelectField } from '../../shared/ui/SelectField';
import { useSearchParamChanges } from '../../shared/useSearchParamChanges';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { ServiceCard } from './ServiceCard';
import { readFilters } from './serviceFilters';
import './services.css';

/** Every service from the feeds, by topic, narrowed by topic and by responsible government. */
export function ServicesRoute() {
  const { t } = useTranslation('services');
  const lang = useLang();
  const data = usePortalData();
  const [params, change] = useSearchParamChanges();
  const filters = readFilters(params);
  usePageTitle(t('title'));

  const groups = byTopic(servicesMatching(data.catalogue.items, filters));
  const count = groups.reduce((sum, group) => sum + group.services.length, 0);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>
        <Link to={paths.whoDoesWhat(lang)}>{t('whoDoesWhatLink')}</Link>
      </p>
      <PortalNotices data={data} />

      <div className="service-filters">
        <SelectField
          label={t('filters.topic')}
          noChoice={t('filters.allTopics')}
          options={TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}.label`, { ns: 'common' }) }))}
          value={filters.topic}
          onChange={(topic) => change({ topic })}
        />
        <SelectField
          label={t('filters.jurisdiction')}
          noChoice={t('filters.allJurisdictions')}
          options={JURISDICTIONS.map((code) => ({ value: code, label: t(`jurisdiction.${code}`, { ns: 'common' }) }))}
          value={filters.jurisdiction}
          onChange={(jurisdiction) => change({ jurisdiction })}
        />
      </div>

      {data.loading ? (
        <Loading />
      ) : (
        <p role="status" className="result-count">
          {t('count', { count })}
        </p>
      )}
      {groups.map(({ topic, services }) => (
        <section key={topic} aria-labelledby={`services-${topic}`}>
          <h2 id={`services-${topic}`}>{t(`topic.${topic}.label`, { ns: 'common' })}</h2>
          <ul className="item-list">
            {services.map((service) => (
              <ServiceCard key={service.id} service={service} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

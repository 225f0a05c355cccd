import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { byTopic, servicesMatching } from '../../content/services';
import { JURISDICTIONS, TOPICS } from '../../content/taxonomy';
import { usePortalData } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useLang } from '../../shared/useLang';
import { ServiceCard } from './ServiceCard';
import { readFilters } from './serviceFilters';
import './services.css';

/** Every service from the feeds, by topic, narrowed by topic and by responsible government. */
export function ServicesRoute() {
  const { t } = useTranslation('services');
  const lang = useLang();
  const data = usePortalData();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  usePageTitle(t('title'));

  const groups = byTopic(servicesMatching(data.catalogue.items, filters));
  const count = groups.reduce((sum, group) => sum + group.services.length, 0);
  const choose = (name: 'topic' | 'jurisdiction', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>
        <Link to={`/${lang}/services/who-does-what`}>{t('whoDoesWhatLink')}</Link>
      </p>
      <PortalNotices data={data} />

      <div className="service-filters">
        <p className="field">
          <label htmlFor="service-topic">{t('filters.topic')}</label>
          <select id="service-topic" value={filters.topic ?? ''} onChange={(event) => choose('topic', event.target.value)}>
            <option value="">{t('filters.allTopics')}</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topic.${topic}.label`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor="service-jurisdiction">{t('filters.jurisdiction')}</label>
          <select
            id="service-jurisdiction"
            value={filters.jurisdiction ?? ''}
            onChange={(event) => choose('jurisdiction', event.target.value)}
          >
            <option value="">{t('filters.allJurisdictions')}</option>
            {JURISDICTIONS.map((jurisdiction) => (
              <option key={jurisdiction} value={jurisdiction}>
                {t(`jurisdiction.${jurisdiction}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </p>
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

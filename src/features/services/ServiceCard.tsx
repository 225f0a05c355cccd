import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogueItem } from '../../content/catalogue';
import { JurisdictionLabel } from '../../shared/ui/JurisdictionLabel';
import { Text } from '../../shared/ui/Text';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

/** One service: who is responsible, the ways to get it, and the promised delay if any. */
export function ServiceCard({ service }: { service: CatalogueItem }) {
  const { t } = useTranslation('services');
  const lang = useLang();
  const channels = [...new Set(service.channels.map((channel) => channel.type))];
  return (
    <li className="item-card">
      <h3>
        <Link to={paths.task(lang, service.id)}>
          <Text value={service.title} />
        </Link>
      </h3>
      <p className="item-meta">
        <JurisdictionLabel jurisdiction={service.responsible.jurisdiction} />
        <Text value={service.responsible.body} />
      </p>
      <dl className="service-facts">
        <div>
          <dt>{t('card.channels')}</dt>
          <dd>{channels.map((type) => t(`channel.${type}`, { ns: 'common' })).join(' · ')}</dd>
        </div>
        {service.serviceStandard && (
          <div>
            <dt>{t('card.standard')}</dt>
            <Text as="dd" value={service.serviceStandard} />
          </div>
        )}
      </dl>
    </li>
  );
}

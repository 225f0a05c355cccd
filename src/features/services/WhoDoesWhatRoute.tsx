import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sharedServices } from '../../content/services';
import { usePortalData } from '../../shared/portals/portalQueries';
import { JurisdictionLabel } from '../../shared/ui/JurisdictionLabel';
import { Loading } from '../../shared/ui/Loading';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { Text, useLocalize } from '../../shared/ui/Text';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import './services.css';

/**
 * Services that more than one government or agency touches, each saying plainly who is
 * responsible and who else takes part, so a person knows which door to knock on.
 */
export function WhoDoesWhatRoute() {
  const { t } = useTranslation('services');
  const lang = useLang();
  const localize = useLocalize();
  const data = usePortalData();
  usePageTitle(t('who.title'));
  const shared = sharedServices(data.catalogue.items);

  return (
    <>
      <nav aria-label={t('breadcrumb.label', { ns: 'common' })} className="breadcrumb">
        <ol>
          <li>
            <Link to={paths.services(lang)}>{t('title')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('who.title')}</h1>
      <p className="lead">{t('who.intro')}</p>
      <PortalNotices data={data} />
      {data.loading && <Loading />}
      {!data.loading && shared.length === 0 && <p>{t('who.none')}</p>}
      <ul className="item-list">
        {shared.map((service) => (
          <li key={service.id} className="item-card who-card">
            <h2>
              <Link to={paths.task(lang, service.id)}>
                <Text value={service.title} />
              </Link>
            </h2>
            <dl className="who-roles">
              <div>
                <dt>{t('who.responsible')}</dt>
                <dd>
                  <JurisdictionLabel jurisdiction={service.responsible.jurisdiction} />{' '}
                  <Text value={service.responsible.body} />
                </dd>
              </div>
              {service.partners.length > 0 && (
                <div>
                  <dt>{t('who.partners')}</dt>
                  {service.partners.map((partner) => (
                    <dd key={`${partner.jurisdiction}-${localize(partner.body)}`}>
                      <JurisdictionLabel jurisdiction={partner.jurisdiction} /> <Text value={partner.body} />
                    </dd>
                  ))}
                </div>
              )}
              {service.alsoFrom.length > 0 && (
                <div>
                  <dt>{t('who.alsoFrom')}</dt>
                  {service.alsoFrom.map((other) => (
                    <dd key={other.publisher.id}>
                      <JurisdictionLabel jurisdiction={other.publisher.jurisdiction} /> <Text value={other.publisher.name} />
                    </dd>
                  ))}
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

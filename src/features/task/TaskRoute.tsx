import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isPossiblyOutdated } from '../../content/catalogue';
import { dueDateFor } from '../../content/journey';
import { localDay } from '../../content/localDay';
import { localize } from '../../content/localize';
import { statusOf } from '../../content/stepStatus';
import { StepStatusSelect } from '../../shared/personal/StepStatusSelect';
import { usePersonalData } from '../../shared/personal/usePersonalData';
import { usePortalData } from '../../shared/portals/portalQueries';
import { DateModified } from '../../shared/ui/DateModified';
import { JurisdictionLabel } from '../../shared/ui/JurisdictionLabel';
import { Loading } from '../../shared/ui/Loading';
import { NotFound } from '../../shared/ui/NotFound';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { Text, useLocalize } from '../../shared/ui/Text';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { Channels } from './Channels';
import { DueRuleText } from './DueRuleText';
import { RelatedSteps } from './RelatedSteps';
import { SafeHtml } from './SafeHtml';

export function TaskRoute() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const localizeText = useLocalize();
  const data = usePortalData();
  const personal = usePersonalData();
  const { items, offices } = data.catalogue;
  const item = items.find((candidate) => candidate.id === id);
  usePageTitle(item ? localizeText(item.title) : undefined);

  if (!item) {
    if (data.loading) return <Loading />;
    return (
      <>
        <PortalNotices data={data} />
        <NotFound />
      </>
    );
  }

  const body = localize(item.body, lang);
  const topic = item.topics[0];
  const dependencies = items.filter((other) => item.dependsOn.includes(other.id));
  const unlocks = items.filter((other) => other.dependsOn.includes(item.id));
  const arrival = personal.profile?.arrivalDate;
  const personalDue = item.due && arrival ? dueDateFor(item.due, arrival, localDay()) : null;
  const servingOffices = offices.filter((office) => office.services.includes(item.id));

  return (
    <article>
      <nav aria-label={t('breadcrumb.label')} className="breadcrumb">
        <ol>
          <li>
            <Link to={paths.home(lang)}>{t('breadcrumb.home')}</Link>
          </li>
          {topic && (
            <li>
              <Link to={paths.topic(lang, topic)}>{t(`topic.${topic}.label`)}</Link>
            </li>
          )}
        </ol>
      </nav>
      <Text as="h1" value={item.title} />
      <Text as="p" className="lead" value={item.summary} />
      <PortalNotices data={data} />

      {personal.ready && (
        <div className="step-personal">
          <StepStatusSelect id={item.id} status={statusOf(personal.progress, item.id)} title={localizeText(item.title)} />
          {personalDue && <p className="due">{t('task.personalDue', { date: personalDue })}</p>}
        </div>
      )}

      {body.lang !== lang && (
        <p className="notice notice-info">{t('task.languageFallback', { language: t(`languageName.${body.lang}`) })}</p>
      )}
      {isPossiblyOutdated(item.dateModified, new Date()) && (
        <p className="notice notice-warning">{t('task.possiblyOutdated', { date: item.dateModified })}</p>
      )}
      {item.verify && (
        <div className="notice notice-warning">
          <p>{t('task.verify')}</p>
        </div>
      )}

      <section aria-labelledby="responsible-heading" className="responsible">
        <h2 id="responsible-heading">{t('task.responsible')}</h2>
        <p>
          <JurisdictionLabel jurisdiction={item.responsible.jurisdiction} /> <Text value={item.responsible.body} />
        </p>
        {item.partners.length > 0 && (
          <>
            <h3>{t('task.partners')}</h3>
            <ul>
              {item.partners.map((partner, index) => (
                <li key={index}>
                  <JurisdictionLabel jurisdiction={partner.jurisdiction} /> <Text value={partner.body} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('task.about')}</h2>
        <SafeHtml html={body.text} lang={body.lang === lang ? undefined : body.lang} />
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('task.how')}</h2>
        <Channels channels={item.channels} offices={servingOffices} />
      </section>

      <dl className="facts">
        {item.due && (
          <>
            <dt>{t('task.due')}</dt>
            <dd>
              <DueRuleText rule={item.due} />
            </dd>
          </>
        )}
        {item.fees && (
          <>
            <dt>{t('task.fees')}</dt>
            <dd>
              <Text value={item.fees} />
            </dd>
          </>
        )}
        {item.serviceStandard && (
          <>
            <dt>{t('task.serviceStandard')}</dt>
            <dd>
              <Text value={item.serviceStandard} />
            </dd>
          </>
        )}
      </dl>

      {item.documents.length > 0 && (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{t('task.documents')}</h2>
          <ul>
            {item.documents.map((document, index) => (
              <Text as="li" key={index} value={document} />
            ))}
          </ul>
        </section>
      )}

      <RelatedSteps id="depends-heading" heading={t('task.dependsOn')} steps={dependencies} />
      <RelatedSteps id="unlocks-heading" heading={t('task.unlocks')} steps={unlocks} />

      <footer className="provenance">
        <p>
          {t('task.source')}{' '}
          <a href={localizeText(item.source)}>
            <Text value={item.publisher.name} />
          </a>
        </p>
        <Text as="p" className="attribution" value={item.publisher.attribution} />
        {item.alsoFrom.length > 0 && (
          <>
            <p>{t('task.alsoFrom')}</p>
            <ul>
              {item.alsoFrom.map((other) => (
                <li key={other.id}>
                  <a href={localizeText(other.source)}>
                    <Text value={other.publisher.name} />
                  </a>{' '}
                  ({other.dateModified})
                </li>
              ))}
            </ul>
          </>
        )}
        <DateModified date={item.dateModified} />
      </footer>
    </article>
  );
}

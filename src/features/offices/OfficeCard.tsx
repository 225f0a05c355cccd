import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Sourced } from '../../content/catalogue';
import type { LocalizedText } from '../../content/localized';
import type { Office } from '../../content/office';
import type { Weekday } from '../../content/taxonomy';
import { Text } from '../../shared/ui/Text';
import { paths, officeAnchor } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { OfficeHours } from './OfficeHours';
import { kilometres, languageName } from './officeFormat';
import { PhoneLink } from '../../shared/ui/PhoneLink';

interface OfficeCardProps {
  office: Sourced<Office> & { distanceKm?: number };
  /** Whether it is open now; undefined when its hours are not published. */
  open: boolean | undefined;
  today: Weekday;
  /** The steps of the catalogue the office helps with, for links to them. */
  services: { id: string; title: LocalizedText }[];
}

const oneLine = (office: Office) =>
  `${office.address.street}, ${office.address.city}, ${office.address.province} ${office.address.postalCode}`;

export function OfficeCard({ office, open, today, services }: OfficeCardProps) {
  const { t } = useTranslation('offices');
  const lang = useLang();
  const directions = `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(oneLine(office))}`;
  return (
    <li className="office-card" id={officeAnchor(office.id)}>
      <h2>
        <Text value={office.name} />
      </h2>
      <p className="office-meta">
        <span className="office-kind">{t(`officeKind.${office.kind}`, { ns: 'common' })}</span>
        {office.distanceKm !== undefined && (
          <span className="office-distance">{t('distance', { distance: kilometres(office.distanceKm, lang) })}</span>
        )}
        {open !== undefined && <span className={open ? 'office-open' : 'office-closed'}>{open ? t('openNow') : t('closedNow')}</span>}
      </p>
      <p className="office-address">{oneLine(office)}</p>
      <p className="office-actions">
        {office.phone && <PhoneLink className="button-link" phone={office.phone} label={t('call', { phone: office.phone })} />}
        <a href={directions} target="_blank" rel="noreferrer">
          {t('directions')}
        </a>
        {office.url && (
          <a href={office.url[lang] ?? office.url.en ?? Object.values(office.url)[0]} target="_blank" rel="noreferrer">
            {t('website')}
          </a>
        )}
      </p>
      <OfficeHours hours={office.hours} today={today} />
      {services.length > 0 && (
        <div className="office-services">
          <h3>{t('services')}</h3>
          <ul>
            {services.map((service) => (
              <li key={service.id}>
                <Link to={paths.task(lang, service.id)}>
                  <Text value={service.title} />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl className="office-facts">
        <div>
          <dt>{t('languages')}</dt>
          <dd>{office.languages.map((code) => languageName(code, lang)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('access.title')}</dt>
          <dd>
            {office.wheelchairAccessible ? t('access.yes') : t('access.notStated')}
            {office.accessibility && (
              <>
                {' '}
                <Text value={office.accessibility} />
              </>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

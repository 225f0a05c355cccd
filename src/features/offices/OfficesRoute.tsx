import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortOfficesByDistance } from '../../content/offices/distance';
import { filterOffices } from '../../content/offices/filters';
import { isOpenAt, todayInToronto } from '../../content/offices/hours';
import type { LocalizedText } from '../../content/localized';
import { parsePostalCode } from '../../content/offices/postalCode';
import { usePortalData } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useScrollToHash } from '../../shared/useScrollToHash';
import { useSearchParamChanges } from '../../shared/useSearchParamChanges';
import { LocationForm } from './LocationForm';
import { OfficeCard } from './OfficeCard';
import { OfficeFilterFields } from './OfficeFilterFields';
import './offices.css';

/**
 * Offices near me: every office of every portal (a person may look beyond their own city; from
 * a snapshot of all of Ontario, those of their own municipality and of province-wide sources),
 * nearest first from a postal code or the device's position, narrowed by what they need.
 * It is a list, so it works offline and on any screen; there is no map to download.
 */
export function OfficesRoute() {
  const { t } = useTranslation('offices');
  const data = usePortalData('all');
  const [params, update] = useSearchParamChanges();
  const [here, setHere] = useState<{ lat: number; lng: number } | null>(null);
  usePageTitle(t('title'));

  const near = params.get('near') ?? '';
  const parsed = near ? parsePostalCode(near) : null;
  const origin = here ?? (parsed?.ok ? parsed.centroid : null);
  const filters = {
    service: params.get('service') ?? undefined,
    language: params.get('language') ?? undefined,
    wheelchairAccessible: params.get('wheelchair') === '1' || undefined,
    open: params.get('open') === '1',
  };
  const now = new Date();
  const today = todayInToronto(now);

  const offices = useMemo(() => {
    const kept = filterOffices(data.catalogue.offices, {
      service: filters.service,
      language: filters.language,
      wheelchairAccessible: filters.wheelchairAccessible,
      openAt: filters.open ? now : undefined,
    });
    return origin ? sortOfficesByDistance(kept, origin) : kept;
    // `now` changes each render; the list follows the filters and the place, not the clock.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.catalogue.offices, filters.service, filters.language, filters.wheelchairAccessible, filters.open, origin]);

  // An office names the steps it helps with by id; merged ones live on as another item's "also from".
  const items = data.catalogue.items;
  const services = useMemo(() => {
    const byId = new Map<string, { id: string; title: LocalizedText }>();
    for (const item of items) {
      const entry = { id: item.id, title: item.title };
      byId.set(item.id, entry);
      for (const other of item.alsoFrom) byId.set(other.id, entry);
    }
    return byId;
  }, [items]);
  const servicesOf = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => services.get(id) ?? []))];

  // A search result links to one office: show it once the list is drawn.
  useScrollToHash(!data.loading);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <PortalNotices data={data} />
      <LocationForm
        postalCode={parsed?.ok ? parsed.normalized : near}
        problem={parsed && !parsed.ok ? parsed.reason : null}
        onPostalCode={(postalCode) => {
          setHere(null);
          update({ near: postalCode || null });
        }}
        onHere={(position) => {
          setHere(position);
          update({ near: null });
        }}
      />
      <OfficeFilterFields
        items={data.catalogue.items}
        offices={data.catalogue.offices}
        values={filters}
        onChange={(name, value) => update({ [name]: value })}
      />
      {data.loading ? (
        <Loading />
      ) : (
        <p role="status" className="result-count">
          {origin
            ? t(here ? 'countNearHere' : 'countNear', {
                count: offices.length,
                place: parsed?.ok ? parsed.normalized : '',
              })
            : t('count', { count: offices.length })}
        </p>
      )}
      <ol className="office-list-results">
        {offices.map((office) => (
          <OfficeCard
            key={office.id}
            office={office}
            open={office.hours.length > 0 ? isOpenAt(office, now) : undefined}
            today={today}
            services={servicesOf(office.services)}
          />
        ))}
      </ol>
      <p className="hint">{t('credit')}</p>
    </>
  );
}

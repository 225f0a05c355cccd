import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { configuredMunicipalities, portalsInScope } from '../../api/portalScope';
import { queryClient } from '../../shared/portals/queryClient';
import { fromSnapshot, snapshotCatalogueQuery } from '../../shared/portals/snapshotQueries';
import { usePersonalData } from '../../shared/personal/usePersonalData';
import { offlineSaving } from '../../shared/portals/persistence';
import { usePortalsFile } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { PersistentStorage } from './PersistentStorage';
import { SavedSummary } from './SavedSummary';
import { SaveForOffline } from './SaveForOffline';
import { SaveScope } from './SaveScope';
import { useSavedContent } from './useSavedContent';
import { useSaveForOffline } from './useSaveForOffline';
import './settings.css';

/** Offline settings: save the person's portals on the device, and ask the browser to keep them. */
export function SettingsRoute() {
  const { t } = useTranslation('settings');
  usePageTitle(t('title'));
  const file = usePortalsFile();
  const { run, save, finished } = useSaveForOffline();
  const savingOff = useSyncExternalStore(offlineSaving.subscribe, offlineSaving.isOff, () => false);
  const { profile } = usePersonalData();
  const [includeOthers, setIncludeOthers] = useState(false);
  const configured = file.data?.portals ?? [];
  const municipality = profile?.municipality ?? null;
  const snapshot = file.data?.snapshot;
  // From a deployed snapshot each source is saved as the snapshot holds it: one host, already adapted.
  const portals = useMemo(() => {
    const inScope = portalsInScope(file.data?.portals ?? [], includeOthers ? 'all' : 'mine', municipality);
    return snapshot ? inScope.map((portal) => fromSnapshot(portal, snapshot)) : inScope;
  }, [file.data, includeOthers, municipality, snapshot]);
  const cities = configuredMunicipalities(configured);
  const mine = cities.find((portal) => portal.municipality === municipality);
  const contents = useSavedContent(portals);

  return (
    <div className="settings">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {savingOff && (
        <div className="notice notice-warning" role="status">
          <h2>{t('savingOff.title')}</h2>
          <p>{t('savingOff.body')}</p>
        </div>
      )}
      {file.isPending ? (
        <Loading label={t('loadingSources')} />
      ) : file.error ? (
        <div className="notice notice-error" role="alert">
          <p>{t('configError')}</p>
        </div>
      ) : (
        <>
          <SaveScope
            municipality={mine?.name ?? null}
            otherCount={cities.length - (mine ? 1 : 0)}
            includeOthers={includeOthers}
            onIncludeOthers={setIncludeOthers}
          />
          <SaveForOffline
            portals={portals}
            run={run}
            anySaved={contents.some((content) => content !== undefined)}
            onSave={() => {
              void save(portals);
              // Pages read a snapshot's merged catalogues, not its sources: save those too.
              if (!snapshot) return;
              const places = includeOthers ? [municipality, ...cities.map((city) => city.municipality)] : [municipality];
              for (const place of new Set(places)) void queryClient.fetchQuery(snapshotCatalogueQuery(snapshot, place)).catch(() => undefined);
            }}
          />
          <SavedSummary portals={portals} contents={contents} failed={run?.failed ?? {}} />
        </>
      )}
      <PersistentStorage refresh={finished} />
    </div>
  );
}

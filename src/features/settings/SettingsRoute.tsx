import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { configuredMunicipalities, portalsInScope } from '../../api/portalScope';
import { SNAPSHOT_PORTAL } from '../../shared/portals/snapshotQueries';
import { usePersonalData } from '../../shared/personal/usePersonalData';
import { offlineSaving } from '../../shared/portals/persistence';
import { usePortalsFile } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { PersistentStorage } from './PersistentStorage';
import { SavedSummary } from './SavedSummary';
import { SaveForOffline } from './SaveForOffline';
import { SaveScope } from './SaveScope';
import { catalogueJobs, portalJobs } from './saveJobs';
import { catalogueRows, portalRows } from './savedRows';
import { useSavedCatalogues, useSavedContent } from './useSavedContent';
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
  const portals = useMemo(
    () => portalsInScope(file.data?.portals ?? [], includeOthers ? 'all' : 'mine', municipality),
    [file.data, includeOthers, municipality],
  );
  const cities = configuredMunicipalities(configured);
  const mine = cities.find((portal) => portal.municipality === municipality);
  // From a deployed snapshot a place's pages read its one merged catalogue, its sources included.
  const places = useMemo(
    () => [...new Set(includeOthers ? [municipality, ...cities.map((city) => city.municipality)] : [municipality])],
    [includeOthers, municipality, cities],
  );
  const jobs = useMemo(() => (snapshot ? catalogueJobs(snapshot, places) : portalJobs(portals)), [snapshot, places, portals]);
  const contents = useSavedContent(snapshot ? [] : portals);
  const catalogues = useSavedCatalogues(snapshot, places);
  const failed = run?.failed ?? {};
  const summary = snapshot ? catalogueRows(portals, catalogues, failed, SNAPSHOT_PORTAL.name) : portalRows(portals, contents, failed);

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
      ) : file.error && !file.data ? (
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
          <SaveForOffline sources={jobs.length} run={run} anySaved={summary.rows.some((row) => row.saved)} onSave={() => void save(jobs)} />
          <SavedSummary rows={summary.rows} totalBytes={summary.totalBytes} />
        </>
      )}
      <PersistentStorage refresh={finished} />
    </div>
  );
}

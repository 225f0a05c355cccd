import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { offlineSaving } from '../../shared/portals/persistence';
import { usePortalsFile } from '../../shared/portals/portalQueries';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { PersistentStorage } from './PersistentStorage';
import { SavedSummary } from './SavedSummary';
import { SaveForOffline } from './SaveForOffline';
import { useSavedContent } from './useSavedContent';
import { useSaveForOffline } from './useSaveForOffline';
import './settings.css';

/** Offline settings: save every portal's content on the device, and ask the browser to keep it. */
export function SettingsRoute() {
  const { t } = useTranslation('settings');
  usePageTitle(t('title'));
  const file = usePortalsFile();
  const { run, save, finished } = useSaveForOffline();
  const savingOff = useSyncExternalStore(offlineSaving.subscribe, offlineSaving.isOff, () => false);
  const portals = file.data?.portals ?? [];
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
          <SaveForOffline
            portals={portals}
            run={run}
            anySaved={contents.some((content) => content !== undefined)}
            onSave={() => void save(portals)}
          />
          <SavedSummary portals={portals} contents={contents} failed={run?.failed ?? {}} />
        </>
      )}
      <PersistentStorage refresh={finished} />
    </div>
  );
}

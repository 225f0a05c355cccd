import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { offlineSaving } from '../shared/portals/persistence';

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);

/** Says when the page works from saved content, or cannot save any for later. */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribeOnline, () => onlineManager.isOnline(), () => true);
  const savingOff = useSyncExternalStore(offlineSaving.subscribe, offlineSaving.isOff, () => false);
  return (
    <>
      {!online && (
        <p className="offline-indicator" role="status">
          {t('connectivity.offline')}
        </p>
      )}
      {savingOff && (
        <p className="offline-indicator offline-saving-off" role="status">
          {t('connectivity.savingOff')}
        </p>
      )}
    </>
  );
}

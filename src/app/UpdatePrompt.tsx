import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { appUpdate } from './serviceWorker';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(appUpdate.subscribe, appUpdate.isWaiting, () => false);
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.available')}</p>
      <button type="button" onClick={() => appUpdate.apply()}>
        {t('update.reload')}
      </button>
    </div>
  );
}

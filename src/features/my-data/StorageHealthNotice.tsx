import { useTranslation } from 'react-i18next';
import type { StorageHealth } from '../../shared/personal/personalStore';

/**
 * Says when the plan is not safely kept on the device. The live region is always there, so
 * saving that fails during the visit is announced too.
 */
export function StorageHealthNotice({ health }: { health: StorageHealth }) {
  const { t } = useTranslation('mydata');
  return (
    <div role="status">
      {health !== 'ok' && (
        <div className={`notice ${health === 'unavailable' ? 'notice-warning' : 'notice-info'}`}>
          <h2>{t(`health.${health}Title`)}</h2>
          <p>{t(`health.${health}`)}</p>
        </div>
      )}
    </div>
  );
}

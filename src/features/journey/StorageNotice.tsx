import { useTranslation } from 'react-i18next';
import type { StorageHealth } from '../../shared/personal/personalStore';

export function StorageNotice({ health }: { health: StorageHealth }) {
  const { t } = useTranslation('journey');
  if (health === 'ok') return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>{t(`storage.${health}`)}</p>
    </div>
  );
}

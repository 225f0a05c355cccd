import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonalData } from '../../shared/personal/usePersonalData';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { DownloadBackup } from './DownloadBackup';
import { PlanSummary } from './PlanSummary';
import { RestoreBackup } from './RestoreBackup';
import { StorageHealthNotice } from './StorageHealthNotice';
import './my-data.css';

/** "Take it with you": what is kept on this device, a backup to download, and a backup to restore. */
export function MyDataRoute() {
  const { t } = useTranslation('mydata');
  const personal = usePersonalData();
  const currentId = useId();
  usePageTitle(t('title'));

  return (
    <div className="my-data">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('noCopy')}</p>
      {personal.ready ? (
        <>
          <StorageHealthNotice health={personal.health} />
          <section aria-labelledby={currentId}>
            <h2 id={currentId}>{t('current.title')}</h2>
            <PlanSummary profile={personal.profile} progress={personal.progress} />
          </section>
          <DownloadBackup profile={personal.profile} progress={personal.progress} />
          <RestoreBackup />
        </>
      ) : (
        <Loading />
      )}
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName, createBackup } from '../../content/backup';
import type { Profile } from '../../content/profile';
import type { Progress } from '../../content/progress';
import { saveFile } from '../../shared/saveFile';

export function DownloadBackup({ profile, progress }: { profile: Profile | null; progress: Progress }) {
  const { t } = useTranslation('mydata');
  const headingId = useId();
  const [saved, setSaved] = useState<string | null>(null);

  function download() {
    const now = new Date();
    const name = backupFileName(now);
    saveFile(name, `${JSON.stringify(createBackup(profile, progress, now), null, 2)}\n`, 'application/json');
    setSaved(name);
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('download.title')}</h2>
      <p>{t('download.body')}</p>
      <button type="button" onClick={download}>
        {t('download.button')}
      </button>
      <p role="status" className="download-status">
        {saved && t('download.done', { file: saved })}
      </p>
    </section>
  );
}

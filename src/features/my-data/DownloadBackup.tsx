import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName, createBackup } from '../../content/backup';
import type { Profile } from '../../content/profile';
import type { Progress } from '../../content/progress';

function saveFile(name: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: give them time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

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

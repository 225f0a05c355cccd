import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './useFormat';
import type { SaveRun } from './useSaveForOffline';

interface SaveForOfflineProps {
  /** How many downloads a save makes: the portals, or the snapshot's one catalogue a place. */
  sources: number;
  run: SaveRun | null;
  /** Something is saved already: the button then gets the latest version. */
  anySaved: boolean;
  onSave: () => void;
}

function Outcome({ run }: { run: SaveRun }) {
  const { t } = useTranslation('settings');
  const { number } = useFormat();
  if (run.running) return <p>{t('save.saving')}</p>;
  const saved = run.saved.length;
  if (saved === run.sources) {
    return <p className="notice notice-success">{t('save.doneAll', { count: saved, total: number(saved) })}</p>;
  }
  if (saved === 0) return <p className="notice notice-error">{t('save.doneNone')}</p>;
  return (
    <p className="notice notice-warning">
      {t('save.donePartial', { count: run.sources, saved: number(saved), total: number(run.sources) })}
    </p>
  );
}

/** The "Save for offline" button, and while it works a progress bar with what has arrived. */
export function SaveForOffline({ sources, run, anySaved, onSave }: SaveForOfflineProps) {
  const { t } = useTranslation('settings');
  const { number, size } = useFormat();
  const headingId = useId();
  const progressId = useId();
  const progressTextId = useId();

  const partial = run ? Object.values(run.partial).reduce((sum, fraction) => sum + fraction, 0) : 0;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('save.title')}</h2>
      <p>{t('save.body', { count: sources, sources: number(sources) })}</p>
      <p>{t('save.wifi')}</p>
      <button type="button" onClick={onSave} disabled={run?.running}>
        {t('save.button')}
      </button>
      {anySaved && <p className="hint">{t('save.again')}</p>}
      {run && (
        <div className="save-progress">
          <label htmlFor={progressId}>{t('save.progressLabel')}</label>
          <progress
            id={progressId}
            max={run.sources}
            value={Math.min(run.settled + partial, run.sources)}
            aria-describedby={progressTextId}
          />
          <p id={progressTextId} className="save-progress-text">
            {t('save.sources', { count: run.sources, done: number(run.settled), total: number(run.sources) })}
            <span aria-hidden="true"> · </span>
            {t('counts.items', { count: run.items, value: number(run.items) })}
            <span aria-hidden="true"> · </span>
            {size(run.bytes)}
          </p>
        </div>
      )}
      {/* Always present, so that the end of a save is announced. */}
      <div role="status" className="save-outcome">
        {run && <Outcome run={run} />}
      </div>
    </section>
  );
}

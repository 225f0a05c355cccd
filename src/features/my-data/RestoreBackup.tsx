import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseBackup, type BackupErrorCode, type ParsedBackup } from '../../content/backup';
import { usePersonalData } from '../../shared/personal/usePersonalData';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { formatMoment } from './format';
import { PlanSummary } from './PlanSummary';

type Restorable = Extract<ParsedBackup, { ok: true }>;

type RestoreState =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'error'; file: string; code: BackupErrorCode | 'unreadable'; fields: string[] }
  | { step: 'preview' | 'restoring'; file: string; backup: Restorable }
  | { step: 'done' };

/**
 * Reads a backup file, shows what it holds, and replaces the plan on the device only once the
 * person confirms. A file with any problem changes nothing.
 */
export function RestoreBackup() {
  const { t } = useTranslation('mydata');
  const lang = useLang();
  const { replace, flushed, health } = usePersonalData();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  // Only the latest file chosen may set the state, however long the others take to read.
  const attempts = useRef(0);

  // Whatever replaces the form gets focus, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (state.step === 'preview' || state.step === 'done') result.current?.focus();
  }, [state.step]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const field = event.currentTarget;
    const file = field.files?.[0];
    if (!file) return;
    const attempt = ++attempts.current;
    setState({ step: 'reading', file: file.name });
    let text: string | null = null;
    try {
      text = await file.text();
    } catch {
      text = null;
    }
    // Cleared so that choosing the same file again, perhaps fixed, reads it again.
    field.value = '';
    if (attempt !== attempts.current) return;
    if (text === null) {
      setState({ step: 'error', file: file.name, code: 'unreadable', fields: [] });
      return;
    }
    const parsed = parseBackup(text);
    setState(
      parsed.ok
        ? { step: 'preview', file: file.name, backup: parsed }
        : { step: 'error', file: file.name, code: parsed.error.code, fields: parsed.error.fields },
    );
  }

  async function confirm(file: string, backup: Restorable) {
    attempts.current++;
    setState({ step: 'restoring', file, backup });
    replace(backup.profile, backup.progress);
    await flushed();
    setState({ step: 'done' });
  }

  function cancel() {
    setState({ step: 'idle' });
    input.current?.focus();
  }

  if (state.step === 'done') {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('restore.title')}</h2>
        <div className="notice notice-success" role="status">
          <h3 ref={result} tabIndex={-1}>
            {t('restore.success.title')}
          </h3>
          <p>{health === 'unavailable' ? t('restore.success.visitOnly') : t('restore.success.saved')}</p>
          <p>
            <Link to={paths.journey(lang)}>{t('restore.success.link')}</Link>
          </p>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('restore.title')}</h2>
      <p>{t('restore.body')}</p>
      <div className="file-field">
        <label htmlFor={inputId}>{t('restore.label')}</label>
        <p className="hint" id={hintId}>
          {t('restore.hint')}
        </p>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/json,.json"
          aria-describedby={hintId}
          disabled={state.step === 'restoring'}
          onChange={(event) => void choose(event)}
        />
      </div>

      {state.step === 'reading' && (
        <p className="loading" role="status">
          {t('restore.reading')}
        </p>
      )}

      {state.step === 'error' && (
        <div className="notice notice-error" role="alert">
          <h3>{t('restore.error.title')}</h3>
          <p>{t(`restore.error.${state.code}`, { file: state.file })}</p>
          <p>
            <strong>{t('restore.error.nothingChanged')}</strong> {t('restore.error.tryAgain')}
          </p>
          {state.fields.length > 0 && (
            <details>
              <summary>{t('restore.error.details')}</summary>
              {/* The core words these in English, for whoever helps fix the file. */}
              <ul className="backup-fields" lang={lang === 'en' ? undefined : 'en'}>
                {state.fields.map((field) => (
                  <li key={field}>
                    <code>{field}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      {(state.step === 'preview' || state.step === 'restoring') && (
        <div className="backup-preview">
          <h3 ref={result} tabIndex={-1}>
            {t('restore.preview.title')}
          </h3>
          <p className="backup-source">
            {t('restore.preview.file', { file: state.file })}
            {state.backup.exportedAt && (
              <>
                <br />
                {t('restore.preview.made', { date: formatMoment(state.backup.exportedAt, lang) })}
              </>
            )}
          </p>
          <PlanSummary profile={state.backup.profile} progress={state.backup.progress} />
          <p className="notice notice-warning">{t('restore.preview.replaces')}</p>
          <div className="actions">
            <button type="button" disabled={state.step === 'restoring'} onClick={() => void confirm(state.file, state.backup)}>
              {t('restore.preview.confirm')}
            </button>
            <button type="button" className="button-secondary" disabled={state.step === 'restoring'} onClick={cancel}>
              {t('restore.preview.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

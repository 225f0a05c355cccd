import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shared/useLang';
import type { DraftInputError } from './draftInput';
import type { DraftField, InputState } from './useDraft';

const FIELD_ID: Record<DraftField, string> = { file: 'draft-file', paste: 'draft-paste', url: 'draft-url' };

function useErrorText() {
  const { t } = useTranslation('preview');
  const lang = useLang();
  return (error: DraftInputError) => {
    if (error.code === 'too-large') {
      const value = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(error.bytes / 1024 / 1024);
      return t('error.too-large', { size: t('error.megabytes', { value }) });
    }
    if (error.code === 'http') return t('error.http', { status: error.status });
    return t(`error.${error.code}`);
  };
}

/**
 * The canada.ca error summary: a box at the top of the page that takes the focus, so a
 * keyboard or screen reader user hears what went wrong, and links to the field to fix.
 */
export function ErrorSummary({ field, error }: { field: DraftField; error: DraftInputError }) {
  const { t } = useTranslation('preview');
  const errorText = useErrorText();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [field, error]);

  function goToField(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const target = document.getElementById(FIELD_ID[field]);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  return (
    <div ref={box} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('error.summary')}</h2>
      <ul>
        <li>
          <a href={`#${FIELD_ID[field]}`} onClick={goToField}>
            {errorText(error)}
          </a>
        </li>
      </ul>
    </div>
  );
}

interface LoadDraftProps {
  input: InputState;
  feedParam: string | null;
  pasted: string;
  onPastedChange: (text: string) => void;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  onAddress: (value: string) => void;
}

/** The three ways to give a draft: a file, a paste, or the address it can be fetched from. */
export function LoadDraft({ input, feedParam, pasted, onPastedChange, onFile, onPaste, onAddress }: LoadDraftProps) {
  const { t } = useTranslation('preview');
  const errorText = useErrorText();
  const [address, setAddress] = useState(feedParam ?? '');
  const [shownParam, setShownParam] = useState(feedParam);
  // The address field follows the address bar (Back, a colleague's link), not only typing.
  if (feedParam !== shownParam) {
    setShownParam(feedParam);
    if (feedParam) setAddress(feedParam);
  }
  const errorOf = (field: DraftField) => (input.step === 'error' && input.field === field ? input.error : null);
  const busy = input.step === 'reading' || input.step === 'fetching';

  const described = (field: DraftField) =>
    [`${FIELD_ID[field]}-hint`, errorOf(field) ? `${FIELD_ID[field]}-error` : null].filter(Boolean).join(' ');

  const fieldError = (field: DraftField) => {
    const error = errorOf(field);
    return (
      error && (
        <p className="field-error" id={`${FIELD_ID[field]}-error`}>
          {errorText(error)}
        </p>
      )
    );
  };

  function submitPaste(event: FormEvent) {
    event.preventDefault();
    onPaste(pasted);
  }

  function submitAddress(event: FormEvent) {
    event.preventDefault();
    onAddress(address);
  }

  return (
    <section className="preview-load" aria-labelledby="load-title">
      <h2 id="load-title">{t('load.title')}</h2>
      <p className="hint">{t('load.limit')}</p>

      <div className={`load-method${errorOf('file') ? ' has-error' : ''}`}>
        <label htmlFor={FIELD_ID.file}>{t('load.file.label')}</label>
        <p className="hint" id={`${FIELD_ID.file}-hint`}>
          {t('load.file.hint')}
        </p>
        {fieldError('file')}
        <input
          id={FIELD_ID.file}
          type="file"
          accept="application/json,.json"
          aria-describedby={described('file')}
          aria-invalid={errorOf('file') ? true : undefined}
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again, perhaps fixed, reads it again.
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </div>

      <form className={`load-method${errorOf('paste') ? ' has-error' : ''}`} noValidate onSubmit={submitPaste}>
        <label htmlFor={FIELD_ID.paste}>{t('load.paste.label')}</label>
        <p className="hint" id={`${FIELD_ID.paste}-hint`}>
          {t('load.paste.hint')}
        </p>
        {fieldError('paste')}
        <textarea
          id={FIELD_ID.paste}
          rows={8}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          value={pasted}
          aria-describedby={described('paste')}
          aria-invalid={errorOf('paste') ? true : undefined}
          onChange={(event) => onPastedChange(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {t('load.paste.submit')}
        </button>
      </form>

      <form className={`load-method${errorOf('url') ? ' has-error' : ''}`} noValidate onSubmit={submitAddress}>
        <label htmlFor={FIELD_ID.url}>{t('load.url.label')}</label>
        <p className="hint" id={`${FIELD_ID.url}-hint`}>
          {t('load.url.hint')}
        </p>
        {fieldError('url')}
        <div className="address-field">
          <input
            id={FIELD_ID.url}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={address}
            aria-describedby={described('url')}
            aria-invalid={errorOf('url') ? true : undefined}
            onChange={(event) => setAddress(event.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t('load.url.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

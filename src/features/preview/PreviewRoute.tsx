import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { ErrorSummary, LoadDraft } from './LoadDraft';
import { Report } from './Report';
import { offsetOf } from './reportFile';
import { useDraft } from './useDraft';
import { useValidation } from './useValidation';
import './preview.css';

/**
 * How far down a text box the character at `offset` is drawn: the text before it is laid out
 * in a copy of the box (same width, font and wrapping) and measured.
 */
function topOf(box: HTMLTextAreaElement, offset: number): number {
  const style = getComputedStyle(box);
  const copy = document.createElement('div');
  const padStart = parseFloat(style.paddingInlineStart) || 0;
  const padEnd = parseFloat(style.paddingInlineEnd) || 0;
  Object.assign(copy.style, {
    position: 'absolute',
    visibility: 'hidden',
    insetBlockStart: '0',
    boxSizing: 'content-box',
    inlineSize: `${box.clientWidth - padStart - padEnd}px`,
    paddingInline: '0',
    paddingBlock: style.paddingBlockStart + ' 0',
    font: style.font,
    lineHeight: style.lineHeight,
    letterSpacing: style.letterSpacing,
    tabSize: style.tabSize,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    wordBreak: style.wordBreak,
  });
  copy.textContent = box.value.slice(0, offset);
  // A last line that holds only the part before the spot still counts as a line.
  copy.append(document.createTextNode('\u200b'));
  document.body.append(copy);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
  const top = copy.scrollHeight - lineHeight;
  copy.remove();
  return top;
}

/**
 * The publishers' preview: a draft feed, read and checked on this device, with its report, what
 * it covers, what it changes, and the whole app showing it as a newcomer would see it.
 */
export function PreviewRoute() {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const { draft, input, feedParam, chooseFile, paste, openAddress, remove } = useDraft();
  const validation = useValidation(draft);
  const [pasted, setPasted] = useState('');
  const [removed, setRemoved] = useState(false);
  usePageTitle(t('title'));

  // A problem in a pasted draft can be shown in the box it was pasted in.
  const locate =
    draft?.origin.kind === 'paste' && draft.text === pasted
      ? (line: number, column: number) => {
          const box = document.getElementById('draft-paste');
          if (!(box instanceof HTMLTextAreaElement)) return;
          const offset = offsetOf(pasted, line, column);
          box.focus();
          box.setSelectionRange(offset, Math.min(pasted.length, offset + 1));
          // Selecting does not scroll the box: bring the spot to its middle, so it can be seen.
          box.scrollTop = Math.max(0, topOf(box, offset) - box.clientHeight / 2);
        }
      : undefined;

  async function removeDraft() {
    await remove();
    setPasted('');
    setRemoved(true);
  }

  return (
    <div className="preview-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('privacy')}</p>
      <p>
        <Link to={paths.noticeCodes(lang)}>{t('notices')}</Link>
      </p>

      {input.step === 'error' && <ErrorSummary field={input.field} error={input.error} />}

      <LoadDraft
        input={input}
        feedParam={feedParam}
        pasted={pasted}
        onPastedChange={setPasted}
        onFile={(file) => {
          setRemoved(false);
          void chooseFile(file);
        }}
        onPaste={(text) => {
          setRemoved(false);
          paste(text);
        }}
        onAddress={(value) => {
          setRemoved(false);
          openAddress(value);
        }}
      />

      {removed && !draft && (
        <p className="notice notice-info" role="status">
          {t('load.removed')}
        </p>
      )}
      {input.step === 'reading' && <Loading label={t('load.reading')} />}
      {input.step === 'fetching' && <Loading label={t('load.fetching', { url: input.url })} />}
      {input.step !== 'error' && validation.step === 'checking' && <Loading label={t('load.checking')} />}
      {validation.step === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t('load.failed', { reason: validation.reason })}
        </p>
      )}
      {validation.step === 'done' && (
        <Report
          draft={validation.draft}
          result={validation.result}
          published={validation.published}
          onLocate={locate}
          onRemove={() => void removeDraft()}
        />
      )}
    </div>
  );
}

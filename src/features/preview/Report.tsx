import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Feed } from '../../content/feed';
import type { ValidationResult } from '../../content/validation/validateFeed';
import { previewStore } from '../../shared/preview/draftStore';
import { usePreviewMode } from '../../shared/preview/usePreviewMode';
import { Text, useLocalize } from '../../shared/ui/Text';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { ChangesView } from './ChangesView';
import { CoverageView } from './CoverageView';
import { ProblemList } from './ProblemList';
import { saveFile } from '../../shared/saveFile';
import { reportFileName, reportJson } from './reportFile';
import type { Draft } from './useDraft';

/** Steps listed in "Preview is on" before the list stops: the plan and search show the rest. */
const LISTED_STEPS = 20;

function ReportTitle({ draft }: { draft: Draft }) {
  const { t } = useTranslation('preview');
  const { origin } = draft;
  if (origin.kind === 'file') return <>{t('source.file', { name: origin.name })}</>;
  if (origin.kind === 'url') return <>{t('source.url', { url: origin.url })}</>;
  return <>{t('source.paste')}</>;
}

function Summary({ result, published }: { result: ValidationResult; published: Feed[] }) {
  const { t } = useTranslation('preview');
  const localize = useLocalize();
  const { summary } = result;
  const { counts } = summary;
  const line = [
    t('summary.errors', { count: counts.error }),
    t('summary.warnings', { count: counts.warning }),
    t('summary.notes', { count: counts.info }),
  ].join(', ');
  const verdict = !result.feed ? 'rejected' : counts.error > 0 ? 'hasErrors' : 'clean';
  return (
    <>
      <p className="report-counts">{line}</p>
      <p className={`notice ${verdict === 'clean' ? 'notice-success' : verdict === 'rejected' ? 'notice-error' : 'notice-warning'}`}>
        {t(`summary.${verdict}`)}
      </p>
      <dl className="facts report-facts">
        <dt>{t('summary.publisher')}</dt>
        <dd>
          {summary.publisher ? (
            <>
              {localize(summary.publisher.name)} (<code>{summary.publisher.id}</code>,{' '}
              {t(`jurisdiction.${summary.publisher.jurisdiction}`, { ns: 'common', defaultValue: summary.publisher.jurisdiction })})
            </>
          ) : (
            t('summary.noPublisher')
          )}
        </dd>
        <dt>{t('summary.kept')}</dt>
        <dd>
          {[
            t('summary.items', { ...summary.items, count: summary.items.kept }),
            t('summary.offices', { ...summary.offices, count: summary.offices.kept }),
            t('summary.municipalities', { ...summary.municipalities, count: summary.municipalities.kept }),
          ].join(' · ')}
        </dd>
        <dt>{t('summary.languages')}</dt>
        <dd>
          {summary.languages.length
            ? summary.languages.map((code) => t(`languageName.${code}`, { ns: 'common', defaultValue: code })).join(', ')
            : t('summary.noLanguages')}
        </dd>
        <dt>{t('summary.asOf')}</dt>
        <dd>{summary.asOf}</dd>
        {summary.schemaVersion && (
          <>
            <dt>{t('summary.schemaVersion')}</dt>
            <dd>{summary.schemaVersion}</dd>
          </>
        )}
        {summary.generatedAt && (
          <>
            <dt>{t('summary.generatedAt')}</dt>
            <dd>{summary.generatedAt}</dd>
          </>
        )}
      </dl>
      <p className="hint">{t('summary.checkedWith', { count: published.length })}</p>
    </>
  );
}

function PreviewOn({ feed, focus }: { feed: Feed; focus: boolean }) {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const localize = useLocalize();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const places = [
    ['home', paths.home(lang)],
    ['plan', paths.journey(lang, 'settle')],
    ['services', paths.services(lang)],
    ['offices', paths.offices(lang)],
    ['settle', paths.settle(lang)],
  ] as const;
  return (
    <div className="notice notice-warning preview-on">
      <h3 ref={heading} tabIndex={-1}>
        {t('previewOn.title')}
      </h3>
      <p>{t('previewOn.body', { publisher: localize(feed.publisher.name) })}</p>
      <p>
        {t('previewOn.where')}{' '}
        {places.map(([key, path], i) => (
          <span key={key}>
            {i > 0 && ' · '}
            <Link to={path}>{t(`previewOn.${key}`)}</Link>
          </span>
        ))}
      </p>
      {feed.municipalities.length > 0 && <p className="hint">{t('previewOn.planHint')}</p>}
      {feed.items.length > 0 && (
        <>
          <p>{t('previewOn.steps')}</p>
          <ul className="preview-steps">
            {feed.items.slice(0, LISTED_STEPS).map((item) => (
              <li key={item.id}>
                <Link to={paths.task(lang, item.id)}>
                  <Text value={item.title} />
                </Link>
              </li>
            ))}
          </ul>
          {feed.items.length > LISTED_STEPS && <p>…</p>}
        </>
      )}
    </div>
  );
}

interface ReportProps {
  draft: Draft;
  result: ValidationResult;
  published: Feed[];
  onLocate?: (line: number, column: number) => void;
  onRemove: () => void;
}

/** The report on one draft: summary, problems, coverage and changes, and the way into the preview. */
export function Report({ draft, result, published, onLocate, onRemove }: ReportProps) {
  const { t } = useTranslation('preview');
  const preview = usePreviewMode();
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const previewing = preview.mode !== null && result.feed !== null && preview.mode.publisher.id === result.feed.publisher.id;
  // "Preview is on" goes away when the banner's "Leave the preview" is used here: say so.
  const [wasPreviewing, setWasPreviewing] = useState(previewing);
  const [left, setLeft] = useState(false);
  if (previewing !== wasPreviewing) {
    setWasPreviewing(previewing);
    setLeft(!previewing);
  }

  // The report on a draft just given takes the focus, so keyboard and screen reader users land
  // on it; one found on the device when the page opens leaves the page at its top.
  useEffect(() => {
    if (!draft.fresh || !heading.current) return;
    heading.current.focus({ preventScroll: true });
    heading.current.scrollIntoView({ block: 'start' });
  }, [draft, result]);

  function seeAsNewcomer() {
    if (!result.feed) return;
    void previewStore.start(result.feed);
    setStarted(true);
  }

  function download() {
    const name = reportFileName(result);
    saveFile(name, reportJson(result), 'application/json');
    setSaved(name);
  }

  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" ref={heading} tabIndex={-1}>
        <ReportTitle draft={draft} />
      </h2>
      <Summary result={result} published={published} />

      <p className="hint see-hint" id="see-hint">
        {t('actions.seeHint')}
      </p>
      <div className="actions">
        <button type="button" disabled={!result.feed} aria-describedby="see-hint" onClick={seeAsNewcomer}>
          {t('actions.seeAsNewcomer')}
        </button>
        <button type="button" className="button-secondary" onClick={download}>
          {t('actions.download')}
        </button>
      </div>
      <p role="status" className="download-status">
        {saved && t('actions.downloaded', { file: saved })}
      </p>
      <p role="status" className="download-status">
        {left && t('previewOn.left')}
      </p>
      {previewing && preview.mode && <PreviewOn feed={preview.mode.feed} focus={started} />}

      <nav className="report-toc" aria-label={t('toc.label')}>
        <ul>
          <li>
            <a href="#problems-title">{t('toc.problems')}</a>
          </li>
          {result.feed && (
            <>
              <li>
                <a href="#coverage-title">{t('toc.coverage')}</a>
              </li>
              <li>
                <a href="#changes-title">{t('toc.changes')}</a>
              </li>
            </>
          )}
        </ul>
      </nav>

      <ProblemList result={result} onLocate={onLocate} />
      {result.feed && <CoverageView feed={result.feed} published={published} />}
      {result.feed && <ChangesView feed={result.feed} published={published} />}

      <p className="remove-draft">
        <button type="button" className="button-secondary" onClick={onRemove}>
          {t('load.remove')}
        </button>
      </p>
    </section>
  );
}

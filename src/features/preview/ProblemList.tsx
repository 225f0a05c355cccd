import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notice, Severity } from '../../content/validation/notice';
import type { ValidationResult } from '../../content/validation/validateFeed';
import { useSearchParamChanges } from '../../shared/useSearchParamChanges';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { MessageText } from './MessageText';
import { SEVERITY_ORDER, groupNotices, readSeverities, writeSeverities } from './noticeGroups';
import { useNoticeDefinitions } from './useNoticeDefinitions';

function Occurrence({ notice, onLocate }: { notice: Notice; onLocate?: (line: number, column: number) => void }) {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const { line, column } = notice;
  const where = line !== undefined && column !== undefined ? t('problems.line', { line, column }) : null;
  return (
    <li className="occurrence">
      <p className="occurrence-message">
        <MessageText text={notice.message[lang]} />
      </p>
      <dl className="occurrence-facts">
        {notice.id && (
          <div>
            <dt>{t('problems.entry')}</dt>
            <dd>
              <code>{notice.id}</code>
            </dd>
          </div>
        )}
        {where && (
          <div>
            <dt>{t('problems.where')}</dt>
            <dd>
              {onLocate && line !== undefined && column !== undefined ? (
                <button type="button" className="link-button" onClick={() => onLocate(line, column)}>
                  {where}
                </button>
              ) : (
                where
              )}
            </dd>
          </div>
        )}
        {notice.path && (
          <div>
            <dt>{t('problems.path')}</dt>
            <dd>
              <code>{notice.path}</code>
            </dd>
          </div>
        )}
        {notice.suggestion !== undefined && (
          <div>
            <dt>{t('problems.suggestion')}</dt>
            <dd>
              <code className="suggestion">{notice.suggestion}</code>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/**
 * The notices by code, each with its documented title and a link to what it means, the first
 * occurrences with their place in the file, and a filter by severity kept in the address.
 */
export function ProblemList({ result, onLocate }: { result: ValidationResult; onLocate?: (line: number, column: number) => void }) {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const definitions = useNoticeDefinitions();
  const [params, change] = useSearchParamChanges();
  // The router applies a new address in a transition: the boxes follow the click at once.
  const [shown, setShown] = useState(() => readSeverities(params.get('show')));
  const groups = groupNotices(result.notices, shown);
  const { counts } = result.summary;
  const shownCount = groups.reduce((sum, group) => sum + group.count, 0);

  function toggle(severity: Severity, on: boolean) {
    const next = on ? [...shown, severity] : shown.filter((other) => other !== severity);
    setShown(next);
    change({ show: writeSeverities(next) });
  }

  return (
    <section aria-labelledby="problems-title">
      <h2 id="problems-title">{t('problems.title')}</h2>
      {result.notices.length === 0 ? (
        <p>{t('problems.none')}</p>
      ) : (
        <fieldset className="severity-filter">
          <legend>{t('problems.show')}</legend>
          {SEVERITY_ORDER.map((severity) => (
            <label key={severity} className="checkbox">
              <input
                type="checkbox"
                checked={shown.includes(severity)}
                onChange={(event) => toggle(severity, event.currentTarget.checked)}
              />
              {t(`problems.filter.${severity}`, { count: counts[severity] })}
            </label>
          ))}
        </fieldset>
      )}
      {/* Says what a change of the filter did: the list below changes out of sight. */}
      {result.notices.length > 0 && (
        <p role="status" className="filter-status">
          {groups.length === 0
            ? t('problems.hidden')
            : t('problems.showing', { shown: shownCount, total: result.notices.length })}
        </p>
      )}
      {groups.map((group) => {
        const definition = definitions?.get(group.code);
        const headingId = `problem-${group.code}`;
        return (
          <section key={group.code} className={`notice-group notice-group-${group.severity}`} aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span className={`severity severity-${group.severity}`}>{t(`problems.severity.${group.severity}`)}</span>{' '}
              {definition ? definition.title[lang] : group.code}{' '}
              <span className="occurrence-count">({t('problems.occurrences', { count: group.count })})</span>
            </h3>
            <p className="notice-code">
              {t('problems.code')}{' '}
              <Link to={paths.noticeCodes(lang, { code: group.code })}>
                <code>{group.code}</code>
              </Link>
            </p>
            {definition && (
              <p className="notice-description">
                <MessageText text={definition.description[lang]} />
              </p>
            )}
            <ol className="occurrences">
              {group.shown.map((notice, i) => (
                <Occurrence key={`${notice.path}-${i}`} notice={notice} onLocate={onLocate} />
              ))}
            </ol>
            {group.more > 0 && <p className="more">{t('problems.more', { count: group.more })}</p>}
          </section>
        );
      })}
    </section>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { NoticeDefinition } from '../../content/validation/notice';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { useScrollToHash } from '../../shared/useScrollToHash';
import { MessageText } from './MessageText';
import { SEVERITY_ORDER } from './noticeGroups';
import { useNoticeDefinitions } from './useNoticeDefinitions';
import './preview.css';

function Definition({ definition }: { definition: NoticeDefinition }) {
  const { t } = useTranslation('preview');
  const lang = useLang();
  return (
    <section id={definition.code} className="notice-definition" aria-labelledby={`${definition.code}-title`} tabIndex={-1}>
      <h3 id={`${definition.code}-title`}>
        <code>{definition.code}</code>
      </h3>
      <p className="notice-definition-title">
        <span className={`severity severity-${definition.severity}`}>{t(`problems.severity.${definition.severity}`)}</span>{' '}
        <strong>{definition.title[lang]}</strong>
      </p>
      <p>
        <MessageText text={definition.description[lang]} />
      </p>
      <p className="example-label">{t('definitions.example')}</p>
      {/* Feeds are JSON, written with English keys in either language. */}
      {definition.example.trim() ? (
        <pre className="example" lang="en">
          <code>{definition.example}</code>
        </pre>
      ) : (
        <p className="example example-empty">{t('definitions.emptyExample')}</p>
      )}
    </section>
  );
}

/** Every notice code the validator can report: what it means, its severity and an example. */
export function NoticeCodesRoute() {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const definitions = useNoticeDefinitions();
  usePageTitle(t('definitions.title'));
  useScrollToHash(definitions !== null);
  const { hash } = useLocation();
  // Arriving from a code in the report, keyboard and screen reader users start at that code,
  // not at the top of the page (the section is focusable for this).
  useEffect(() => {
    if (!definitions || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target?.classList.contains('notice-definition')) target.focus({ preventScroll: true });
  }, [definitions, hash]);
  const list = definitions ? [...definitions.values()] : [];

  return (
    <div className="preview-page">
      <nav aria-label={t('breadcrumb.label', { ns: 'common' })} className="breadcrumb">
        <ol>
          <li>
            <Link to={paths.home(lang)}>{t('breadcrumb.home', { ns: 'common' })}</Link>
          </li>
          <li>
            <Link to={paths.preview(lang)}>{t('definitions.back')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('definitions.title')}</h1>
      <p className="lead">{t('definitions.intro')}</p>
      <p>{t('definitions.severities')}</p>
      {!definitions ? (
        <Loading label={t('definitions.loading')} />
      ) : (
        <>
          <p>{t('definitions.count', { count: list.length })}</p>
          {SEVERITY_ORDER.map((severity) => {
            const group = list.filter((definition) => definition.severity === severity);
            if (group.length === 0) return null;
            return (
              <section key={severity} aria-labelledby={`definitions-${severity}`}>
                <h2 id={`definitions-${severity}`}>
                  {t(`definitions.groups.${severity}`)} ({group.length})
                </h2>
                {group.map((definition) => (
                  <Definition key={definition.code} definition={definition} />
                ))}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}

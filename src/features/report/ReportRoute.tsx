import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REPORT_REASONS, type ProblemReport } from '../../api/problemReport';
import { personalInfoIn, type PersonalInfoKind } from '../../content/report/personalInfo';
import { reportedPage } from '../../content/report/reportedPage';
import { PROBLEM_REPORT_MUTATION_KEY, type QueuedReport } from '../../shared/portals/queryClient';
import { usePortalsFile } from '../../shared/portals/portalQueries';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

type Reason = ProblemReport['reason'];

/** The feedback service answered and refused the report: trying again will not help. */
const isRefusal = (error: Error | null) => {
  const status = (error as (Error & { status?: number }) | null)?.status;
  return status !== undefined && status >= 400 && status < 500;
};

export function ReportRoute() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const page = reportedPage(params.get('page')) ?? paths.home(lang);
  const portalsFile = usePortalsFile({ whole: false });
  const [reason, setReason] = useState<Reason | null>(null);
  const [comment, setComment] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  // The comment the person was warned about: sent as it is if they choose to send it again.
  const [warned, setWarned] = useState<{ comment: string; kinds: PersonalInfoKind[] } | null>(null);
  const warning = useRef<HTMLDivElement>(null);
  const commentId = useId();
  usePageTitle(t('report.title'));

  // The function comes from the mutation defaults, so a report queued offline survives a reload.
  const send = useMutation<void, Error, QueuedReport>({ mutationKey: PROBLEM_REPORT_MUTATION_KEY });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setMissingReason(true);
      return;
    }
    const kinds = personalInfoIn(comment);
    if (kinds.length > 0 && warned?.comment !== comment) {
      setWarned({ comment, kinds });
      // Moved to, so a screen reader reads it and the keyboard is next to the comment.
      requestAnimationFrame(() => warning.current?.focus());
      return;
    }
    send.mutate({
      url: portalsFile.data?.feedback.url ?? '/portals/feedback',
      report: { page, reason, comment: comment.trim(), lang, submittedAt: new Date().toISOString() },
    });
  }

  if (send.isPaused) {
    return (
      <>
        <h1>{t('report.queuedTitle')}</h1>
        <p role="status" className="notice notice-info">
          {t('report.queued')}
        </p>
        <p>
          <Link to={page}>{t('report.back')}</Link>
        </p>
      </>
    );
  }

  if (send.isSuccess) {
    return (
      <>
        <h1>{t('report.thanksTitle')}</h1>
        <p role="status">{t('report.thanks')}</p>
        <p>
          <Link to={page}>{t('report.back')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t('report.title')}</h1>
      <p className="lead">{t('report.intro')}</p>
      <p>
        {t('report.aboutPage')} <Link to={page}>{page}</Link>
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset aria-describedby={missingReason ? 'reason-error' : undefined}>
          <legend>{t('report.reasonLegend')}</legend>
          {missingReason && (
            <p id="reason-error" className="field-error">
              {t('report.reasonRequired')}
            </p>
          )}
          {REPORT_REASONS.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name="reason"
                value={option}
                checked={reason === option}
                onChange={() => {
                  setReason(option);
                  setMissingReason(false);
                }}
              />
              {t(`report.reason.${option}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={commentId}>{t('report.commentLabel')}</label>
        <p className="hint" id={`${commentId}-hint`}>
          {t('report.commentHint')}
        </p>
        {warned && (
          <div ref={warning} id={`${commentId}-warning`} className="notice notice-warning" role="alert" tabIndex={-1}>
            <p>
              <strong>{t('report.personalTitle')}</strong>{' '}
              {t('report.personalFound', { kinds: warned.kinds.map((kind) => t(`report.personal.${kind}`)).join(t('report.listSeparator')) })}
            </p>
            <p>{t('report.personalHow')}</p>
          </div>
        )}
        <textarea
          id={commentId}
          rows={5}
          maxLength={2000}
          value={comment}
          aria-describedby={warned ? `${commentId}-hint ${commentId}-warning` : `${commentId}-hint`}
          onChange={(e) => setComment(e.target.value)}
        />
        {send.isError && (
          <p className="notice notice-error" role="alert">
            {t(isRefusal(send.error) ? 'report.refused' : 'report.failed')}
          </p>
        )}
        <button type="submit" disabled={send.isPending}>
          {send.isPending ? t('report.sending') : warned?.comment === comment ? t('report.sendAnyway') : t('report.submit')}
        </button>
      </form>
    </>
  );
}

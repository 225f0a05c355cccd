import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortalsFile } from '../../shared/portals/portalQueries';
import { PROBLEM_REPORT_MUTATION_KEY, type QueuedReport } from '../../shared/portals/queryClient';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

/**
 * After a search that found nothing: what the person was looking for goes to the feedback
 * queue, like a problem report (and queued the same way when offline).
 */
export function TellUsWhatYouWanted({ query }: { query: string }) {
  const { t } = useTranslation('search');
  const lang = useLang();
  const portalsFile = usePortalsFile({ whole: false });
  const [comment, setComment] = useState(query);
  const fieldId = useId();
  const send = useMutation<void, Error, QueuedReport>({ mutationKey: PROBLEM_REPORT_MUTATION_KEY });

  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate({
      url: portalsFile.data?.feedback.url ?? '/portals/feedback',
      report: {
        page: paths.search(lang, { q: query }),
        reason: 'missing',
        comment: comment.trim(),
        lang,
        submittedAt: new Date().toISOString(),
      },
    });
  }

  if (send.isPaused) return <p role="status" className="notice notice-info">{t('tellUs.queued')}</p>;
  if (send.isSuccess) return <p role="status" className="notice notice-success">{t('tellUs.thanks')}</p>;

  return (
    <form className="tell-us" onSubmit={submit}>
      <h2>{t('tellUs.title')}</h2>
      <label htmlFor={fieldId}>{t('tellUs.label')}</label>
      <p className="hint">{t('tellUs.hint')}</p>
      <textarea id={fieldId} rows={3} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />
      {send.isError && (
        <p className="notice notice-error" role="alert">
          {t('tellUs.failed')}
        </p>
      )}
      <button type="submit" disabled={send.isPending || !comment.trim()}>
        {t('tellUs.send')}
      </button>
    </form>
  );
}

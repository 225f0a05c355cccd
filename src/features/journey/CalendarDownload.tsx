import { useTranslation } from 'react-i18next';
import { buildIcs } from '../../content/ics';
import type { JourneyStep } from '../../content/journey';
import { useLocalize } from '../../shared/ui/Text';

/** A calendar file of the steps that have a due date, for the person's own calendar app. */
export function CalendarDownload({ steps, kind }: { steps: JourneyStep[]; kind: string }) {
  const { t } = useTranslation('journey');
  const localize = useLocalize();
  const dated = steps.filter((step) => step.dueDate && step.status !== 'done' && step.status !== 'not-for-me');
  if (dated.length === 0) return null;

  function download() {
    const ics = buildIcs(
      dated.map((step) => ({
        uid: step.item.id,
        date: step.dueDate ?? '',
        summary: localize(step.item.title),
        description: localize(step.item.summary),
        url: localize(step.item.source),
      })),
      { calendarName: t('calendar.name'), now: new Date() },
    );
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `no-wrong-door-${kind}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }

  return (
    <button type="button" className="button-secondary" onClick={download}>
      {t('tools.calendar', { count: dated.length })}
    </button>
  );
}

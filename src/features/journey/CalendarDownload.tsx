import { useTranslation } from 'react-i18next';
import { buildIcs } from '../../content/ics';
import type { JourneyStep } from '../../content/journey';
import { useLocalize } from '../../shared/ui/Text';
import { saveFile } from '../../shared/saveFile';

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
    saveFile(`no-wrong-door-${kind}.ics`, ics, 'text/calendar;charset=utf-8');
  }

  return (
    <button type="button" className="button-secondary" onClick={download}>
      {t('tools.calendar', { count: dated.length })}
    </button>
  );
}

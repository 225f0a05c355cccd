import { useTranslation } from 'react-i18next';
import type { Office } from '../../content/office';
import { WEEKDAYS, type Weekday } from '../../content/taxonomy';
import { useLang } from '../../shared/useLang';
import { clockTime, weekdayName } from './officeFormat';

/** The week's hours, one line a day, today's marked (in Ontario time, where the office is). */
export function OfficeHours({ hours, today }: { hours: Office['hours']; today: Weekday }) {
  const { t } = useTranslation('offices');
  const lang = useLang();
  if (hours.length === 0) return <p className="office-hours-none">{t('hours.none')}</p>;
  return (
    <table className="office-hours">
      <caption className="visually-hidden">{t('hours.caption')}</caption>
      <tbody>
        {WEEKDAYS.map((day) => {
          const spans = hours.filter((span) => span.days.includes(day));
          const isToday = day === today;
          return (
            <tr key={day} className={isToday ? 'today' : undefined} aria-current={isToday ? 'date' : undefined}>
              <th scope="row">
                {weekdayName(day, lang)}
                {isToday && <span className="today-label"> {t('hours.today')}</span>}
              </th>
              <td>
                {spans.length === 0
                  ? t('hours.closed')
                  : spans
                      .map((span) => t('hours.span', { opens: clockTime(span.opens, lang), closes: clockTime(span.closes, lang) }))
                      .join(', ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

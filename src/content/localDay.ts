const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The calendar day (YYYY-MM-DD) a moment falls on where the person is. Due dates and "saved
 * on" dates are about the person's own calendar, not UTC: near midnight the two differ.
 */
export function localDay(moment: Date = new Date()): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

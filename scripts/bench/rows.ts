/** One line of the `npm run bench` table: a figure and the budget it must keep. */
export interface BenchRow {
  /** What was measured, in words a reader of the table understands. */
  measure: string;
  value: number;
  unit: 'KB' | 'MB' | 'ms' | 's' | '%' | 'score' | '';
  /** `max`: the value must not exceed the budget; `min`: it must reach it. */
  budget: { max: number } | { min: number };
  /** How the figure was obtained (runs, median, page). */
  note?: string;
}

export function withinBudget(row: BenchRow): boolean {
  return 'max' in row.budget ? row.value <= row.budget.max : row.value >= row.budget.min;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The value at quantile `q` (0 to 1), nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function format(value: number, unit: BenchRow['unit']): string {
  const digits = unit === '' ? 3 : unit === 'score' || (unit === 'ms' && value >= 100) ? 0 : unit === 's' ? 2 : 1;
  return `${value.toFixed(digits)}${unit && unit !== 'score' ? ` ${unit}` : ''}`;
}

/** The table as plain text, one row a line, with a verdict column. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [
    row.measure,
    format(row.value, row.unit),
    'max' in row.budget ? `≤ ${format(row.budget.max, row.unit)}` : `≥ ${format(row.budget.min, row.unit)}`,
    withinBudget(row) ? 'ok' : 'OVER BUDGET',
    row.note ?? '',
  ]);
  const header = ['measure', 'value', 'budget', 'verdict', 'how'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => (line[i] ?? '').length)));
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

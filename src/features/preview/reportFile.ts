import type { ValidationReport, ValidationResult } from '../../content/validation/validateFeed';

/** The report as the command prints it with --json: the summary and every notice, no feed. */
export function reportJson({ summary, notices }: ValidationResult): string {
  const report: ValidationReport = { summary, notices };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function reportFileName({ summary }: Pick<ValidationResult, 'summary'>): string {
  return `feed-report-${summary.publisher?.id ?? 'draft'}-${summary.asOf}.json`;
}

/** The offset in `text` of a 1-based line and column, as the validator reports them. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

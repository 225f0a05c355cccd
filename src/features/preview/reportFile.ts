import type { ValidationReport, ValidationResult } from '../../content/validation/validateFeed';

/** The report as the command prints it with --json: the summary and every notice, no feed. */
export function reportJson({ summary, notices }: ValidationResult): string {
  const report: ValidationReport = { summary, notices };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function reportFileName({ summary }: Pick<ValidationResult, 'summary'>): string {
  return `feed-report-${summary.publisher?.id ?? 'draft'}-${summary.asOf}.json`;
}

/** Offers a file to save, made on the device: nothing goes over the network. */
export function saveFile(name: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: give them time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
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

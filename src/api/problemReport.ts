import { z } from 'zod';

export const REPORT_REASONS = ['wrong', 'outdated', 'broken-link', 'unclear', 'missing', 'other'] as const;

/** A "Report a problem" message. It carries no personal data: the form asks for none. */
export const ProblemReport = z.object({
  page: z.string().min(1).max(500),
  reason: z.enum(REPORT_REASONS),
  comment: z.string().max(2_000).default(''),
  lang: z.string(),
  submittedAt: z.iso.datetime(),
});
export type ProblemReport = z.infer<typeof ProblemReport>;

export async function sendProblemReport(url: string, report: ProblemReport): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ProblemReport.parse(report)),
  });
  if (!response.ok) throw Object.assign(new Error(`The feedback service answered HTTP ${response.status}`), { status: response.status });
}

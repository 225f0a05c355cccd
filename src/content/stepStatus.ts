import type { Progress } from './progress';

// Kept apart from the progress schema: pages read statuses before the validation library loads.
export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'not-for-me'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export function statusOf(progress: Progress, id: string): StepStatus {
  return progress.steps[id]?.status ?? 'not-started';
}

/** Steps the person has closed, either done or set aside as not for them. */
export function isClosed(status: StepStatus): boolean {
  return status === 'done' || status === 'not-for-me';
}

import { z } from 'zod';
import { ItemId } from './item';

export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'not-for-me'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const PROGRESS_VERSION = 1;

/** The person's status for each step they have touched; untouched steps are "not started". */
export const Progress = z.object({
  version: z.literal(PROGRESS_VERSION),
  steps: z.record(ItemId, z.object({ status: z.enum(STEP_STATUSES), updatedAt: z.iso.datetime() })).default({}),
});
export type Progress = z.infer<typeof Progress>;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, steps: {} };
}

export function statusOf(progress: Progress, id: string): StepStatus {
  return progress.steps[id]?.status ?? 'not-started';
}

/** Steps the person has closed, either done or set aside as not for them. */
export function isClosed(status: StepStatus): boolean {
  return status === 'done' || status === 'not-for-me';
}

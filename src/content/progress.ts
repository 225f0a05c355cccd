import { z } from 'zod';
import { ItemId } from './item';
import { STEP_STATUSES } from './stepStatus';

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

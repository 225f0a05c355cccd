import { z } from 'zod';
import { IMMIGRATION_CATEGORIES } from './taxonomy';
import { IsoDate } from './localized';

export const PROFILE_VERSION = 1;

/** Where the person is in their move. */
export const MOVE_STAGES = ['exploring', 'approved', 'arrived'] as const;
export type MoveStage = (typeof MOVE_STAGES)[number];

/**
 * What the journey engine needs to know about a person. It never leaves the device, and
 * every field is optional in practice: an empty profile still gets a useful general plan.
 */
export const Profile = z.object({
  version: z.literal(PROFILE_VERSION),
  stage: z.enum(MOVE_STAGES).nullable().default(null),
  /** Planned or actual arrival date. */
  arrivalDate: IsoDate.nullable().default(null),
  /** Municipality id, or null while undecided. */
  municipality: z.string().nullable().default(null),
  category: z.enum(IMMIGRATION_CATEGORIES).nullable().default(null),
  household: z
    .object({
      spouseOrPartner: z.boolean().default(false),
      children0to5: z.boolean().default(false),
      children6to17: z.boolean().default(false),
    })
    .default({ spouseOrPartner: false, children0to5: false, children6to17: false }),
  drives: z.boolean().default(false),
  regulatedOccupation: z.boolean().default(false),
  /** Preferred official language for content and reminders. */
  language: z.enum(['en', 'fr']).default('en'),
});
export type Profile = z.infer<typeof Profile>;

export function emptyProfile(language: 'en' | 'fr' = 'en'): Profile {
  return Profile.parse({ version: PROFILE_VERSION, language });
}

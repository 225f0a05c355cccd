import { z } from 'zod';
import {
  CHANNEL_TYPES,
  HOUSEHOLD_TRAITS,
  IMMIGRATION_CATEGORIES,
  ITEM_KINDS,
  OFFICE_KINDS,
  STAGES,
  TOPICS,
} from './taxonomy';
import { HttpsUrl, IsoDate, LanguageCode, LocalizedText, LocalizedUrl } from './localized';
import { Jurisdiction } from './publisher';

export const ItemId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be lowercase letters and digits separated by dots or hyphens');

export const ResponsibleBody = z.object({
  jurisdiction: Jurisdiction,
  /** The body that delivers it, e.g. "Service Canada", "ServiceOntario", "City of Ottawa". */
  body: LocalizedText,
});

export const Channel = z.object({
  type: z.enum(CHANNEL_TYPES),
  url: LocalizedUrl.optional(),
  phone: z.string().optional(),
  /** For in-person and kiosk channels: the kinds of office that offer this service. */
  officeKinds: z.array(z.enum(OFFICE_KINDS)).default([]),
  note: LocalizedText.optional(),
});
export type Channel = z.infer<typeof Channel>;

/** When a step falls due, computed from the person's arrival date. */
export const DueRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('within-days-of-arrival'), days: z.number().int().positive() }),
  z.object({ type: z.literal('before-arrival') }),
  /** A yearly deadline such as the April 30 tax filing date. */
  z.object({
    type: z.literal('yearly'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
]);
export type DueRule = z.infer<typeof DueRule>;

export const Audience = z.object({
  /** Empty means every immigration category. */
  categories: z.array(z.enum(IMMIGRATION_CATEGORIES)).default([]),
  /** The step applies only to households with all of these traits. */
  requires: z.array(z.enum(HOUSEHOLD_TRAITS)).default([]),
});

export const Item = z.object({
  id: ItemId,
  /** A task is something to do; a guide is something to know. */
  kind: z.enum(ITEM_KINDS),
  /**
   * The common service definition this item describes ("sin", "ohip"): items from different
   * publishers with the same serviceId describe one service and are merged, not repeated.
   */
  serviceId: ItemId.optional(),
  title: LocalizedText,
  summary: LocalizedText,
  /** HTML; sanitised before display. */
  body: LocalizedText,
  topics: z.array(z.enum(TOPICS)).min(1, 'needs at least one topic'),
  stages: z.array(z.enum(STAGES)).min(1, 'needs at least one stage'),
  audience: Audience.default({ categories: [], requires: [] }),
  responsible: ResponsibleBody,
  /** Other governments or agencies that help with the same service. */
  partners: z.array(ResponsibleBody).default([]),
  channels: z.array(Channel).min(1, 'needs at least one channel'),
  serviceStandard: LocalizedText.optional(),
  fees: LocalizedText.optional(),
  documents: z.array(LocalizedText).default([]),
  dependsOn: z.array(ItemId).default([]),
  due: DueRule.optional(),
  /** Shown as "check the official page" when the source itself says the rule may change. */
  verify: z.boolean().default(false),
  /** Municipality ids this item is limited to; empty means everywhere in Ontario. */
  municipalities: z.array(z.string()).default([]),
  source: LocalizedUrl,
  dateModified: IsoDate,
  languages: z.array(LanguageCode).min(1, 'needs at least one language'),
});
export type Item = z.infer<typeof Item>;
export type ItemInput = z.input<typeof Item>;

export { HttpsUrl };

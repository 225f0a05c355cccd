import { z } from 'zod';
import { OFFICE_KINDS, WEEKDAYS } from './taxonomy';
import { HttpsUrl, IsoDate, LanguageCode, LocalizedText, LocalizedUrl } from './localized';
import { ItemId } from './item';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');

export const OpeningHours = z.object({
  days: z.array(z.enum(WEEKDAYS)).min(1),
  opens: Time,
  closes: Time,
});

export const Office = z.object({
  id: ItemId,
  kind: z.enum(OFFICE_KINDS),
  name: LocalizedText,
  address: z.object({
    street: z.string().min(1),
    city: z.string().min(1),
    province: z.string().length(2),
    postalCode: z.string().regex(/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, 'must be a Canadian postal code such as K1P 1J1'),
  }),
  coordinates: z.object({
    lat: z.number().min(41).max(57),
    lng: z.number().min(-96).max(-74),
  }),
  hours: z.array(OpeningHours).default([]),
  phone: z.string().optional(),
  url: LocalizedUrl.optional(),
  /** Ids of the tasks this office serves in person. */
  services: z.array(ItemId).default([]),
  languages: z.array(LanguageCode).min(1),
  accessibility: LocalizedText.optional(),
  /**
   * Whether a wheelchair user can get in and be served, for the "wheelchair accessible" filter,
   * which free text cannot drive. Leave it out when the publisher has not checked: the app then
   * says "not stated" rather than guessing either way.
   */
  wheelchairAccessible: z.boolean().optional(),
  municipality: z.string().min(1),
  source: HttpsUrl,
  dateModified: IsoDate,
});
export type Office = z.infer<typeof Office>;
export type OfficeInput = z.input<typeof Office>;

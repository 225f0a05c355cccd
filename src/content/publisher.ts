import { z } from 'zod';
import { JURISDICTIONS } from './taxonomy';
import { HttpsUrl, LocalizedText, LocalizedUrl } from './localized';

export const Jurisdiction = z.enum(JURISDICTIONS);

export const Licence = z.object({
  name: LocalizedText,
  url: HttpsUrl,
});

/** Who publishes a feed: a department, a province, a municipality or a settlement agency. */
export const Publisher = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
  name: LocalizedText,
  jurisdiction: Jurisdiction,
  licence: Licence,
  /** The words a re-user must show, e.g. "Contains information licensed under…". */
  attribution: LocalizedText,
  homepage: LocalizedUrl,
  /**
   * The first part of this publisher's ids ("ca" in ca.sin) when it is not the publisher id,
   * so the validator can tell another publisher's id from a typo.
   */
  idPrefix: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens').optional(),
});
export type Publisher = z.infer<typeof Publisher>;

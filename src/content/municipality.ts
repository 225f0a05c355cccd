import { z } from 'zod';
import { IsoDate, LocalizedText, LocalizedUrl } from './localized';

export const Municipality = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
  name: LocalizedText,
  region: LocalizedText,
  population: z.number().int().positive(),
  /** The census year the population comes from. */
  populationYear: z.number().int().min(1900),
  /** Designated under Ontario's French Language Services Act. */
  frenchLanguageServices: z.boolean(),
  portal: LocalizedUrl,
  dateModified: IsoDate,
});
export type Municipality = z.infer<typeof Municipality>;
export type MunicipalityInput = z.input<typeof Municipality>;

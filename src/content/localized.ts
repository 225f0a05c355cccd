import { z } from 'zod';

/**
 * A schema-level message overrides the per-parse one, so formats that carry their own message
 * must still say "is required" when the field is absent.
 */
export const unlessMissing =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : message;

/** BCP 47 primary language subtag, e.g. "en", "fr", "ar", "zh". */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en" or "fr"');
export type LanguageCode = z.infer<typeof LanguageCode>;

export const OFFICIAL_LANGUAGES = ['en', 'fr'] as const;

/**
 * Text in one or more languages. Government content is published in English and French; a
 * publisher may omit one (a municipal page in English only), and the UI then says so.
 */
export const LocalizedText = z
  .record(LanguageCode, z.string().trim().min(1, 'must not be empty'))
  .refine((value) => Object.keys(value).length > 0, 'needs text in at least one language');
export type LocalizedText = z.infer<typeof LocalizedText>;

export const HttpsUrl = z.url({ protocol: /^https?$/, error: unlessMissing('must be a web address starting with https://') });

/** The same page in each language it exists in (Canada.ca keeps an English and a French twin). */
export const LocalizedUrl = z
  .record(LanguageCode, HttpsUrl)
  .refine((value) => Object.keys(value).length > 0, 'needs an address in at least one language');
export type LocalizedUrl = z.infer<typeof LocalizedUrl>;

/** A calendar date written YYYY-MM-DD, as in the "Date modified" line of government pages. */
export const IsoDate = z.iso.date({ error: unlessMissing('must be a date written YYYY-MM-DD') });

/**
 * What in a comment looks like personal information, so the report form can warn before sending
 * it to a publisher. A hint for the person, not a filter: it errs towards asking.
 */
export type PersonalInfoKind = 'email' | 'phone' | 'sin' | 'uci' | 'postal-code';

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
// North American numbers: 613-555-0123, (613) 555 0123, +1 613.555.0123, 6135550123.
const PHONE = /(?:\+?1[\s.-]?)?\(?\b[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]?\d{4}\b/;
// A Social Insurance Number: nine digits, often as 3-3-3.
const SIN = /\b\d{3}[\s-]?\d{3}[\s-]?\d{3}\b/;
// IRCC's Unique Client Identifier (8 or 10 digits, often 0000-0000 or 00-0000-0000), or an
// application number (a letter and nine or more digits), or a number named as such.
const UCI = /\b(?:\d{4}-\d{4}|\d{2}-\d{4}-\d{4}|\d{8}|\d{10}|[A-Z]\d{9,11})\b|\b(?:UCI|IUC|client ID|file number|num[ée]ro de dossier)\b/i;
// A Canadian postal code: K1A 0B1 (no D, F, I, O, Q or U; W and Z never first).
const POSTAL_CODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][\s-]?\d[ABCEGHJ-NPRSTV-Z]\d\b/i;

const CHECKS: [PersonalInfoKind, RegExp][] = [
  ['email', EMAIL],
  ['phone', PHONE],
  ['sin', SIN],
  ['uci', UCI],
  ['postal-code', POSTAL_CODE],
];

/** The kinds of personal information `text` seems to hold, each once, in a fixed order. */
export function personalInfoIn(text: string): PersonalInfoKind[] {
  return CHECKS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

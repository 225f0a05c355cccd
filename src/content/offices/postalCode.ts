import { fsaCentroid, type LatLng } from './fsaCentroids';

/**
 * Why a postal code was refused, so the UI can say what to fix:
 * - format: not a Canadian postal code (or FSA) at all;
 * - not-ontario: a Canadian code from another province or territory;
 * - unknown-area: an Ontario code whose area we have no location for (business-only FSAs such as
 *   M5X, or codes not in use).
 */
export type PostalCodeProblem = 'format' | 'not-ontario' | 'unknown-area';

export type ParsedPostalCode =
  | {
      ok: true;
      /** "K1P 1J1", or just "K1P" when only the area was given. */
      normalized: string;
      fsa: string;
      /** Where distances are measured from: the FSA's centroid, never the exact address. */
      centroid: LatLng;
    }
  | { ok: false; reason: PostalCodeProblem };

// Canada Post never uses D, F, I, O, Q or U (too easily misread), nor W or Z as the first letter.
const FSA = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]$/;
const LDU = /^\d[ABCEGHJ-NPRSTV-Z]\d$/;
const ONTARIO_FIRST_LETTERS = 'KLMNP';

/**
 * Reads a postal code the way people type it ("K1P 1J1", "k1p1j1", " K1P-1J1 ") or just its
 * first three characters ("K1P"), and finds its area's centroid.
 */
export function parsePostalCode(input: string): ParsedPostalCode {
  const compact = input.toUpperCase().replace(/[\s-]+/g, '');
  const fsa = compact.slice(0, 3);
  const ldu = compact.slice(3);
  if (!FSA.test(fsa) || (ldu !== '' && !LDU.test(ldu))) return { ok: false, reason: 'format' };
  if (!ONTARIO_FIRST_LETTERS.includes(fsa.charAt(0))) return { ok: false, reason: 'not-ontario' };
  const centroid = fsaCentroid(fsa);
  if (!centroid) return { ok: false, reason: 'unknown-area' };
  return { ok: true, normalized: ldu ? `${fsa} ${ldu}` : fsa, fsa, centroid };
}

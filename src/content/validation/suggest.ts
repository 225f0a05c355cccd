import { distance } from 'fastest-levenshtein';

/**
 * The known value nearest to a mistyped one ("ca.sni" → "ca.sin"), or undefined when nothing
 * is close enough to be a likely typo.
 */
export function closest(value: string, known: Iterable<string>): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word, at least one edit and at most three: beyond that it is another word.
  const allowed = Math.min(3, Math.max(1, Math.floor(value.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

import { normalizeTerm, wordSpans } from './normalize';

/** A piece of displayed text, to be wrapped in <mark> when `match` is true. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into matched and unmatched pieces. A word matches when its normalised form is
 * one of `terms` (a result's `terms`, or any words: they are normalised here too), so "sante"
 * marks "Santé" and the original accents stay in the output. Whole words only: a result's terms
 * are already the whole indexed words its prefixes and typos matched.
 */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  const wanted = new Set(terms.flatMap((term) => normalizeTerm(term) ?? []));
  const segments: HighlightSegment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last && !last.match && !match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  let done = 0;
  if (wanted.size > 0) {
    for (const span of wordSpans(text)) {
      const term = normalizeTerm(span.word);
      if (term === null || !wanted.has(term)) continue;
      push(text.slice(done, span.start), false);
      push(span.word, true);
      done = span.end;
    }
  }
  push(text.slice(done), false);
  return segments;
}

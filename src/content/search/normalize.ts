/**
 * How text becomes search terms. The index, the query and the highlighter all go through these
 * functions, so a word is found and marked exactly when it was indexed.
 */

/**
 * A word is a run of letters, digits and combining marks. Digit groups joined by hyphens or dots
 * ("9-1-1", "1-800-267-8097") stay one word, so "911" finds "9-1-1" and a phone number typed
 * with or without its hyphens finds the same steps.
 */
const WORD = /\p{N}+(?:[-‐‑–.]\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;
const DIGIT_SEPARATORS = /[-‐‑–.]/g;
const COMBINING_MARKS = /\p{M}+/gu;
/** NFD leaves these ligatures whole; French writes "œ" where a keyboard types "oe". */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae' };
const LIGATURE = /[œæ]/g;

/**
 * Words too common to tell steps apart, in both official languages: every French text contains
 * "de" and "la", so leaving them in would let a two-letter query return the whole catalogue.
 * Both lists apply to every text because a person may type either language in either UI. Words
 * that mean something else in the other language are left out ("son"), unless they would flood
 * results ("an", a year in French, is in a third of the English texts as an article).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'into', 'is', 'it', 'its',
  'of', 'on', 'or', 'that', 'the', 'their', 'them', 'there', 'they', 'this', 'to', 'was', 'were', 'will',
  'with', 'you', 'your', 'if', 'can', 'do', 'does', 'not', 'no', 'we', 'our', 'my', 'me', 'an', 'up',
  // French (elided articles "l’", "d’", "s’" are single letters, which are dropped anyway)
  'au', 'aux', 'ce', 'ces', 'cet', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'en', 'est',
  'et', 'il', 'ils', 'la', 'le', 'les', 'leur', 'leurs', 'ou', 'par', 'pour', 'qu', 'que', 'qui', 'se',
  'ses', 'sur', 'une', 'un', 'vos', 'votre', 'vous', 'nous', 'notre', 'nos', 'mes', 'ne', 'pas', 'lui',
  'si', 'sa', 'ni',
]);

/** Case- and accent-free form of one word: "Santé" → "sante", "ŒUVRE" → "oeuvre", "9-1-1" → "911". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURE, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(DIGIT_SEPARATORS, '');
}

/**
 * The search term for one word, or null when the word carries no meaning on its own: single
 * characters (mostly French elisions, "l’" and "d’") and stop words.
 */
export function normalizeTerm(word: string): string | null {
  const term = foldWord(word);
  return term.length < 2 || STOP_WORDS.has(term) ? null : term;
}

/** One word of a text with where it sits, for the highlighter to mark the original characters. */
export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0],
  }));
}

/** The words of a text, before normalisation: MiniSearch's `tokenize`. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The search terms of a text, in order, repeats kept (a phrase needs its order). */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap((word) => normalizeTerm(word) ?? []);
}

const TAG = /<[^>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Body text without its markup, for indexing only (never for display, which goes through the
 * sanitiser). A regular expression is enough here and works in Node, where there is no
 * DOMParser: a tag left half-stripped costs at most a stray search term.
 */
export function stripHtml(html: string): string {
  return html.replace(TAG, ' ').replace(ENTITY, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith('#')) return NAMED_ENTITIES[lower] ?? entity;
    const codePoint = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}

/**
 * What a typed query asks for: its normalised terms, with known names and their synonyms
 * recognised as whole phrases so that "health card" means OHIP, not any text with "card".
 */
import { analyze } from './normalize';
import { QUERY_REWRITES, SYNONYM_GROUPS } from './synonyms';

/** One part of a query that every result must match (or, as a fallback, any part). */
export type Clause =
  /** A word the person typed, matched with prefix and typo tolerance by its length. */
  | { kind: 'term'; term: string }
  /**
   * A known name or its synonyms. Each alternative is a phrase whose words must all appear;
   * alternatives are exact, because a synonym is a whole word the person did not type.
   */
  | { kind: 'synonyms'; phrase: string[]; alternatives: string[][] };

export interface ParsedQuery {
  /** The normalised words of the query, after rewrites: what the person asked for. */
  terms: string[];
  clauses: Clause[];
}

interface PhraseTable {
  /** Phrases by their first word, longest first, so the longest known phrase wins. */
  byFirstWord: Map<string, { words: string[]; key: string }[]>;
}

const phraseKey = (words: readonly string[]) => words.join(' ');

function phraseTable(phrases: Iterable<string[]>): PhraseTable {
  const byFirstWord = new Map<string, { words: string[]; key: string }[]>();
  for (const words of phrases) {
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first) ?? [];
    if (!list.some((entry) => entry.key === phraseKey(words))) list.push({ words, key: phraseKey(words) });
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/** The longest known phrase starting at `start`, if any. */
function phraseAt(table: PhraseTable, words: readonly string[], start: number) {
  const candidates = table.byFirstWord.get(words[start] ?? '') ?? [];
  return candidates.find((candidate) => candidate.words.every((word, i) => words[start + i] === word));
}

/**
 * Drops alternatives that contain another one ("Ontario health card" when "health card" is
 * there): every word of an alternative must match, so the longer one finds nothing more and
 * would only add its extra words to what gets highlighted.
 */
function withoutSupersets(alternatives: string[][]): string[][] {
  return alternatives.filter(
    (words) => !alternatives.some((other) => other !== words && other.length < words.length && other.every((word) => words.includes(word))),
  );
}

/** Entries of every group, normalised once; a phrase in two groups gets both groups' entries. */
const alternativesByPhrase = new Map<string, string[][]>();
for (const group of SYNONYM_GROUPS) {
  const entries = group.map(analyze).filter((words) => words.length > 0);
  for (const words of entries) {
    const merged = new Map((alternativesByPhrase.get(phraseKey(words)) ?? []).map((known) => [phraseKey(known), known]));
    for (const entry of entries) merged.set(phraseKey(entry), entry);
    alternativesByPhrase.set(phraseKey(words), [...merged.values()]);
  }
}
for (const [key, alternatives] of alternativesByPhrase) alternativesByPhrase.set(key, withoutSupersets(alternatives));
const synonymTable = phraseTable([...alternativesByPhrase.keys()].map((key) => key.split(' ')));

const rewrites = new Map(Object.entries(QUERY_REWRITES).map(([from, to]) => [phraseKey(analyze(from)), analyze(to)]));
const rewriteTable = phraseTable([...rewrites.keys()].map((key) => key.split(' ')));

function applyRewrites(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const match = phraseAt(rewriteTable, words, i);
    if (match) {
      out.push(...(rewrites.get(match.key) ?? match.words));
      i += match.words.length;
    } else {
      out.push(words[i] ?? '');
      i += 1;
    }
  }
  return out;
}

export function parseQuery(query: string): ParsedQuery {
  const terms = applyRewrites(analyze(query));
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < terms.length; ) {
    const match = phraseAt(synonymTable, terms, i);
    const clause: Clause = match
      ? { kind: 'synonyms', phrase: match.words, alternatives: alternativesByPhrase.get(match.key) ?? [match.words] }
      : { kind: 'term', term: terms[i] ?? '' };
    i += match ? match.words.length : 1;
    // A repeated word adds nothing to an AND and would only double its weight.
    const key = clause.kind === 'term' ? clause.term : phraseKey(clause.phrase);
    if (!seen.has(key)) clauses.push(clause);
    seen.add(key);
  }
  return { terms: [...new Set(terms)], clauses };
}

/** Every search term the query expands to, typed or synonym, for tests and debugging. */
export function expandedTerms(parsed: ParsedQuery): string[] {
  return [
    ...new Set(parsed.clauses.flatMap((clause) => (clause.kind === 'term' ? [clause.term] : clause.alternatives.flat()))),
  ];
}

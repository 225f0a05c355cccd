import type { Query, SearchOptions as EngineSearchOptions, SearchResult } from 'minisearch';
import { parseQuery, type Clause } from './query';
import type { IndexedField, SearchIndex, SearchKind, SearchLanguage, StoredHit } from './searchIndex';

export interface SearchOptions {
  /** The UI language: its text weighs a little more, the other language's text is still searched. */
  lang: SearchLanguage;
  /** Most results kept in each group; the counts still tell how many matched. */
  limit?: number;
}

type HitOf<K extends SearchKind> = Extract<StoredHit, { kind: K }> & {
  score: number;
  /** The indexed terms that matched, normalised (lowercase, no accents): pass them to `highlight`. */
  terms: string[];
};
export type ItemHit = HitOf<'task' | 'guide'>;
export type OfficeHit = HitOf<'office'>;
export type SearchHit = ItemHit | OfficeHit;

export interface SearchResults {
  /** The query's words, normalised, stop words dropped: what the search looked for. */
  terms: string[];
  /**
   * False when no document matched every word and the results are those matching any of them:
   * the UI can say "no result has all your words".
   */
  matchedAllTerms: boolean;
  /** Best first in each group; "services" are tasks. */
  groups: { task: ItemHit[]; guide: ItemHit[]; office: OfficeHit[] };
  /** How many documents of each kind matched, before `limit`. */
  counts: Record<SearchKind, number>;
}

const DEFAULT_LIMIT = 20;

/** Title over summary over body; names and places count about as much as a summary. */
const FIELD_WEIGHT: Record<IndexedField, number> = {
  title_en: 5,
  title_fr: 5,
  summary_en: 2,
  summary_fr: 2,
  body_en: 1,
  body_fr: 1,
  meta: 1.5,
  related: 0.5,
};
/** Enough to order two equal matches by the UI language, not enough to hide the other language. */
const UI_LANGUAGE_WEIGHT = 1.25;

function boosts(lang: SearchLanguage): Record<string, number> {
  return Object.fromEntries(
    Object.entries(FIELD_WEIGHT).map(([field, weight]) => [field, field.endsWith(`_${lang}`) ? weight * UI_LANGUAGE_WEIGHT : weight]),
  );
}

/**
 * Tolerance grows with the word: a two-letter word must match exactly (or "ca" would find every
 * word starting with "ca"), prefixes start at three letters (typing "hea" shows health), typos
 * at five letters, one edit per five letters ("helth" finds health, "sin" never finds "son").
 * A word the content itself contains is taken as spelled on purpose: "mentoring" must not
 * also find "entering".
 */
const PREFIX_FROM = 3;
const FUZZY_FROM = 5;
const FUZZINESS = 0.2;
const MAX_EDITS = 2;

function clauseQuery(clause: Clause, vocabulary: ReadonlySet<string>): Query {
  if (clause.kind === 'term') {
    const { term } = clause;
    return {
      queries: [term],
      prefix: term.length >= PREFIX_FROM,
      fuzzy: term.length >= FUZZY_FROM && !vocabulary.has(term) ? FUZZINESS : false,
    };
  }
  return {
    combineWith: 'OR',
    prefix: false,
    fuzzy: false,
    queries: clause.alternatives.map((words): Query => (words.length === 1 ? (words[0] ?? '') : { combineWith: 'AND', queries: words })),
  };
}

const emptyResults = (terms: string[]): SearchResults => ({
  terms,
  matchedAllTerms: true,
  groups: { task: [], guide: [], office: [] },
  counts: { task: 0, guide: 0, office: 0 },
});

function group(results: readonly SearchResult[], limit: number, terms: string[], matchedAllTerms: boolean): SearchResults {
  const grouped = emptyResults(terms);
  grouped.matchedAllTerms = matchedAllTerms;
  for (const result of results) {
    const stored = result['hit'] as StoredHit;
    grouped.counts[stored.kind] += 1;
    const hit = { ...stored, score: result.score, terms: result.terms };
    if (hit.kind === 'office') {
      if (grouped.groups.office.length < limit) grouped.groups.office.push(hit);
    } else {
      const list = grouped.groups[hit.kind];
      if (list.length < limit) list.push(hit);
    }
  }
  return grouped;
}

/**
 * Searches tasks, guides and offices in both languages. Every word (or known phrase, with its
 * synonyms) must match; when nothing matches them all, results matching any are returned with
 * `matchedAllTerms: false`.
 */
export function search(index: SearchIndex, query: string, { lang, limit = DEFAULT_LIMIT }: SearchOptions): SearchResults {
  const parsed = parseQuery(query);
  if (parsed.clauses.length === 0) return emptyResults(parsed.terms);
  const options: EngineSearchOptions = { boost: boosts(lang), maxFuzzy: MAX_EDITS };
  const clauses = parsed.clauses.map((clause) => clauseQuery(clause, index.vocabulary));
  const all = index.engine.search({ combineWith: 'AND', queries: clauses }, options);
  if (all.length > 0 || clauses.length === 1) return group(all, limit, parsed.terms, true);
  return group(index.engine.search({ combineWith: 'OR', queries: clauses }, options), limit, parsed.terms, false);
}

/**
 * The offline search index over a merged catalogue: every task, guide and office, in English and
 * French at once, so a query in either language finds a step whatever the UI language.
 */
import MiniSearch from 'minisearch';
import type { Catalogue, CatalogueItem, Sourced } from '../catalogue';
import type { LocalizedText } from '../localized';
import type { Office } from '../office';
import { normalizeTerm, stripHtml, tokenize } from './normalize';

export type SearchKind = 'task' | 'guide' | 'office';
export type SearchLanguage = 'en' | 'fr';

/** What a result needs to be shown without going back to the catalogue. */
export type StoredHit =
  | {
      kind: 'task' | 'guide';
      id: string;
      title: LocalizedText;
      summary: LocalizedText;
      /** Municipality ids the item is limited to; empty means all of Ontario. */
      scope: string[];
    }
  | {
      kind: 'office';
      id: string;
      title: LocalizedText;
      /** The municipality id the office is in. */
      municipality: string;
      /** Street and city, as printed on the office page. */
      address: string;
    };

/**
 * Title, summary and body are indexed per language, so a match in the UI language can weigh a
 * little more than the same match in the other language, and so each language's text keeps its
 * own length for BM25. `meta` holds names that are the same in both languages or language-free
 * (responsible body, topics, address, city); `related` holds text about the document rather
 * than from it (an office's services, other publishers' titles for the same step).
 */
const INDEXED_FIELDS = [
  'title_en',
  'title_fr',
  'summary_en',
  'summary_fr',
  'body_en',
  'body_fr',
  'meta',
  'related',
] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

interface SearchDocument {
  /** Kind and id: an item and an office may share an id, documents may not. */
  key: string;
  hit: StoredHit;
  text: Record<IndexedField, string>;
}

/**
 * The engine's options. Query strings reach the engine already split and normalised (see
 * `search`), so running the same `processTerm` on them again changes nothing. While indexing,
 * each distinct word is normalised once: a catalogue repeats a few thousand words hundreds of
 * thousands of times, and normalising (NFD, regular expressions) was a third of the build.
 * The same map gives the vocabulary for free.
 */
function engineOptions(termsByWord: Map<string, string | null>) {
  return {
    idField: 'key',
    fields: [...INDEXED_FIELDS],
    storeFields: ['hit'],
    extractField: (document: SearchDocument, field: string): unknown =>
      field === 'key' ? document.key : field === 'hit' ? document.hit : document.text[field as IndexedField],
    tokenize: (text: string) => tokenize(text),
    processTerm: (word: string, field?: string) => {
      // No field name: the engine is reading a query, whose words must not grow the vocabulary.
      if (field === undefined) return normalizeTerm(word);
      let term = termsByWord.get(word);
      if (term === undefined) {
        term = normalizeTerm(word);
        termsByWord.set(word, term);
      }
      return term;
    },
    // Nothing is ever removed from this index; it is rebuilt when the catalogue changes.
    autoVacuum: false,
  } satisfies ConstructorParameters<typeof MiniSearch<SearchDocument>>[0];
}

export interface SearchIndex {
  readonly engine: MiniSearch<SearchDocument>;
  /** Every indexed term: a word found here is spelled as the content spells it. */
  readonly vocabulary: ReadonlySet<string>;
  readonly documentCount: number;
}

/** Every language's text of a localized value, one per line. */
const allLanguages = (text: LocalizedText | undefined): string => (text ? Object.values(text).join('\n') : '');
/** Topic and office-kind codes read as words: "status-documents" is found by "documents". */
const codeWords = (codes: readonly string[]): string => codes.map((code) => code.replaceAll('-', ' ')).join('\n');

function municipalityNames(catalogue: Catalogue): Map<string, string> {
  return new Map(catalogue.municipalities.map((m) => [m.id, `${allLanguages(m.name)}\n${codeWords([m.id])}`]));
}

function itemDocument(item: CatalogueItem, places: Map<string, string>): SearchDocument {
  return {
    key: `${item.kind}:${item.id}`,
    hit: { kind: item.kind, id: item.id, title: item.title, summary: item.summary, scope: item.scope },
    text: {
      title_en: item.title.en ?? '',
      title_fr: item.title.fr ?? '',
      summary_en: item.summary.en ?? '',
      summary_fr: item.summary.fr ?? '',
      body_en: stripHtml(item.body.en ?? ''),
      body_fr: stripHtml(item.body.fr ?? ''),
      meta: [
        allLanguages(item.responsible.body),
        ...item.partners.map((partner) => allLanguages(partner.body)),
        codeWords(item.topics),
        ...item.scope.map((id) => places.get(id) ?? id),
      ].join('\n'),
      related: item.alsoFrom.map((other) => allLanguages(other.title)).join('\n'),
    },
  };
}

function officeDocument(office: Sourced<Office>, places: Map<string, string>, servedBy: Map<string, LocalizedText>): SearchDocument {
  const { street, city, postalCode } = office.address;
  return {
    key: `office:${office.id}`,
    hit: { kind: 'office', id: office.id, title: office.name, municipality: office.municipality, address: `${street}, ${city}` },
    text: {
      title_en: office.name.en ?? '',
      title_fr: office.name.fr ?? '',
      summary_en: '',
      summary_fr: '',
      body_en: office.accessibility?.en ?? '',
      body_fr: office.accessibility?.fr ?? '',
      meta: [street, city, postalCode, codeWords([office.kind]), places.get(office.municipality) ?? office.municipality].join('\n'),
      // "Where can I get a health card" should also lead to the counters that issue it.
      related: office.services.map((id) => allLanguages(servedBy.get(id))).join('\n'),
    },
  };
}

/** Titles by every id an item is known by, including the ids merged into it from other feeds. */
function titlesById(items: readonly CatalogueItem[]): Map<string, LocalizedText> {
  return new Map(items.flatMap((item) => [[item.id, item.title] as const, ...item.alsoFrom.map((other) => [other.id, item.title] as const)]));
}

function searchDocuments(catalogue: Catalogue): SearchDocument[] {
  const places = municipalityNames(catalogue);
  const titles = titlesById(catalogue.items);
  return [
    ...catalogue.items.map((item) => itemDocument(item, places)),
    ...catalogue.offices.map((office) => officeDocument(office, places, titles)),
  ];
}

export function buildSearchIndex(catalogue: Catalogue): SearchIndex {
  const termsByWord = new Map<string, string | null>();
  const engine = new MiniSearch<SearchDocument>(engineOptions(termsByWord));
  engine.addAll(searchDocuments(catalogue));
  const vocabulary = new Set<string>();
  for (const term of termsByWord.values()) if (term !== null) vocabulary.add(term);
  return { engine, vocabulary, documentCount: engine.documentCount };
}

import type { LocalizedText } from './localized';

export interface Localized {
  text: string;
  /** The language the text is actually in; differs from the one asked for on fallback. */
  lang: string;
}

/** The order in which to fall back when a text is missing in the person's language. */
export function fallbackChain(lang: string): string[] {
  const primary = lang.split('-')[0] ?? lang;
  return [...new Set([lang, primary, 'en', 'fr'])];
}

export function localize(text: LocalizedText, lang: string): Localized {
  for (const candidate of fallbackChain(lang)) {
    const value = text[candidate];
    if (value !== undefined) return { text: value, lang: candidate };
  }
  const [first] = Object.entries(text);
  // The schema guarantees at least one language, so `first` exists for validated content.
  return first ? { text: first[1], lang: first[0] } : { text: '', lang };
}

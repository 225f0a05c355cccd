/** Case- and accent-free text, to compare names that sources write in different ways. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();

/** A part of an id made from a source's own id or name: "Centre d’accueil & services" → "centre-d-accueil-and-services". */
export function slug(text: string): string {
  return fold(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

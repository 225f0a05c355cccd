// Phone numbers as feeds write them and as a phone dials them: one module for the validator and the pages.

const SERVICE_CODES = new Set(['211', '311', '411', '511', '611', '711', '811', '911']);
const EXTENSION = /^(.*?)[\s,;]*(?:;?ext=|extension|ext\.?|poste|x)\s*(\d{1,7})$/i;
// Spaces of every kind, dots, hyphens and dashes (pasted from word processors), brackets.
export const SEPARATORS = /[\s.\-\u2010-\u2015()]/g;
const NANP = /^(?:\+?1)?([2-9]\d{2}[2-9]\d{6})$/;

export function splitExtension(phone: string): { main: string; extension?: string } {
  const match = EXTENSION.exec(phone.trim());
  return match?.[1] && match[2] ? { main: match[1], extension: match[2] } : { main: phone.trim() };
}

/**
 * The `tel:` value of a phone number as written in a feed ("+16135551234", "+16135551234;ext=22",
 * "311"), or null when it is not one North American number or service code.
 */
export function dialable(phone: string): string | null {
  const { main, extension } = splitExtension(phone);
  const compact = main.replace(SEPARATORS, '');
  if (extension === undefined && SERVICE_CODES.has(compact)) return compact;
  const national = NANP.exec(compact)?.[1];
  if (!national) return null;
  return `+1${national}${extension === undefined ? '' : `;ext=${extension}`}`;
}

/** A dialable number written the way Ontario governments print it: 613-555-1234, 1-800-555-1234. */
export function printed(tel: string): string {
  const match = /^\+1(\d{3})(\d{3})(\d{4})(?:;ext=(\d+))?$/.exec(tel);
  if (!match) return tel;
  const [, area = '', exchange = '', line = '', extension] = match;
  const tollFree = /^8(\d)\1$/.test(area);
  return `${tollFree ? '1-' : ''}${area}-${exchange}-${line}${extension ? ` ext. ${extension}` : ''}`;
}


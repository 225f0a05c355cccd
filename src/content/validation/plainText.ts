import { Parser } from 'htmlparser2';

// Tags that break a line: their text never runs into the next block's ("forms</p><p>Next").
const BLOCK_TAGS = new Set(['address', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'section', 'table', 'td', 'th', 'tr', 'ul']);

/** The text a reader sees in an HTML fragment: entities decoded, inline tags dropped, blocks apart. */
export function plainText(html: string): string {
  let text = '';
  const breakAt = (name: string) => {
    if (BLOCK_TAGS.has(name)) text += ' ';
  };
  const parser = new Parser({ ontext: (chunk) => (text += chunk), onopentagname: breakAt, onclosetag: breakAt });
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, ' ').trim();
}

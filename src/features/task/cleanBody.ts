import type { DOMPurify } from 'dompurify';
import { BODY_ATTRIBUTES, BODY_LINK_SCHEMES, BODY_TAGS } from '../../content/bodyHtml';

const withLinkRules = new WeakSet<DOMPurify>();
// DOMPurify's hooks take no arguments of ours; this holds the words of the body being cleaned.
let newTabWords = '';

/**
 * Every link leaves nothing of this page behind it (`rel="noopener noreferrer"`), and a link the
 * publisher opens in a new tab says so in its text, for a reader and a screen reader alike.
 */
function addLinkRules(purifier: DOMPurify): void {
  if (withLinkRules.has(purifier)) return;
  withLinkRules.add(purifier);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const link = node as Element;
    link.setAttribute('rel', 'noopener noreferrer');
    if (link.getAttribute('target') !== '_blank') return link.removeAttribute('target');
    link.appendChild(link.ownerDocument.createTextNode(` (${newTabWords})`));
  });
}

/** A publisher's body reduced to the allow-list, its links made safe to follow. */
export function cleanBody(purifier: DOMPurify, html: string, { newTab }: { newTab: string }): string {
  addLinkRules(purifier);
  newTabWords = newTab;
  return purifier.sanitize(html, { ALLOWED_TAGS: BODY_TAGS, ALLOWED_ATTR: BODY_ATTRIBUTES, ADD_URI_SAFE_ATTR: ['target'], ALLOWED_URI_REGEXP: BODY_LINK_SCHEMES });
}

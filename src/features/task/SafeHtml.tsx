import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanBody } from './cleanBody';

// DOMPurify needs a DOM. The browser's is used where there is one; the build, rendering pages in
// Node, hands it a purifier over jsdom's (scripts/prerender.ts), so a prerendered page is cleaned
// exactly as the app cleans it.
let purifier: Purifier = DOMPurify;

/** Outside a browser: the purifier to clean publisher HTML with. */
export function setPurifier(instance: Purifier): void {
  if (!instance.isSupported) throw new Error('This purifier cannot clean HTML here: it has no DOM');
  purifier = instance;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Publisher HTML reduced to a few harmless tags: feeds come from outside this app. */
export function SafeHtml({ html, lang }: { html: string; lang?: string }) {
  const { t } = useTranslation();
  const newTab = t('content.opensNewTab');
  const clean = useMemo(
    () =>
      // Where nothing can clean it, the text shows as text: never publisher markup as it came.
      purifier.isSupported ? cleanBody(purifier, html, { newTab }) : escapeText(html),
    [html, newTab],
  );
  return <div className="content-body" lang={lang} dangerouslySetInnerHTML={{ __html: clean }} />;
}

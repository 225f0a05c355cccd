// Turns the app shell (dist/index.html) and a page as React rendered it at build time into that
// page's own HTML: readable before any JavaScript arrives, styled without another request,
// carrying the data it was rendered from so the app hydrates it without fetching, and running
// the app's code only once it has been painted: the code downloads beside the page, but its
// first long task does not hold back the first paint.

import { PAGE_DATA_FLAG, PAGE_DATA_ID } from '../../src/app/pageData.ts';

export interface CapturedPage {
  /** What React rendered inside #root. */
  rootHtml: string;
  /** The query cache the page was rendered from (TanStack's dehydrated state), if any. */
  data?: unknown;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Every stylesheet the page had, by address, with its text. */
  stylesheets: ReadonlyArray<{ href: string; css: string }>;
  /**
   * The page is used through its links alone (the splash page at `/`): its code is asked for
   * only once it is painted, so on a slow connection the code does not compete with the page.
   */
  codeAfterPaint?: boolean;
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>\s*/g;
// The app's entry in the shell's head. What it preloads, and index.html's own script that
// preloads the opened page's chunk (scripts/vite/pagePreloads.ts), stay: downloading is not
// running, and the code is then there when the page has been painted.
const APP_CODE = /<script type="module"[^>]*><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*>\s*/g;

/**
 * Puts the app's entry back into the head once the page has been painted (or at once where paint
 * is not reported, or the tab is hidden and would never paint). Script elements are created anew:
 * scripts parsed inside a template never run.
 */
export const START_APP_CODE = `(function(){var started=false;function start(){if(started)return;started=true;
var nodes=document.getElementById('app-code').content.children;
for(var i=0;i<nodes.length;i++){var from=nodes[i],to=document.createElement(from.localName);
for(var j=0;j<from.attributes.length;j++)to.setAttribute(from.attributes[j].name,from.attributes[j].value);
to.textContent=from.textContent;document.head.appendChild(to)}}
if(document.visibilityState!=='visible')return start();
try{new PerformanceObserver(function(list,observer){observer.disconnect();start()}).observe({type:'paint',buffered:true})}catch(e){return start()}
setTimeout(start,1000)})()`;
const START_APP = `<script>${START_APP_CODE}</script>`;

/**
 * The text of the `<style>` element that carries a stylesheet: the Content-Security-Policy allows
 * each by its hash (scripts/hosting/buildFacts.ts), so both must write it the same way.
 */
export const inlineStyleText = (css: string) => css.replace(/<\/style/gi, '<\\/style');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// JSON inside <script> ends at the first `</script`; `<` escaped, publisher text cannot end it.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function prerenderedPage(shell: string, page: CapturedPage): string {
  const [head, body] = splitAt(shell, '</head>');
  if (!body.includes('<div id="root"></div>')) throw new Error('The app shell has no empty <div id="root">');
  const code: string[] = [];
  const headWithoutCode = head.replace(APP_CODE, (tag) => {
    code.push(tag.trim());
    // Asked for now, beside the page, and run from the cache once it is started.
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    return src && !page.codeAfterPaint ? `<link rel="modulepreload" crossorigin href="${src}">\n` : '';
  });
  const headToPaint = page.codeAfterPaint ? headWithoutCode.replace(MODULE_PRELOAD, '') : headWithoutCode;
  const linked = new Set<string>();
  const headWithoutLinks = headToPaint.replace(STYLESHEET_LINK, (_tag, href: string) => {
    linked.add(href);
    return '';
  });
  // The shell's stylesheets first, in their order, then those the page's own code added.
  const ordered = [
    ...[...linked].map((href) => page.stylesheets.find((sheet) => sheet.href === href) ?? missing(href)),
    ...page.stylesheets.filter((sheet) => !linked.has(sheet.href)),
  ];
  // Each names its address: the app tells Vite's loader of lazy chunks that it is there
  // (src/app/inlinedStyles.ts), or the loader would download it again before running the page.
  const styles = ordered
    .map((sheet) => `<style data-href="${escapeAttribute(sheet.href)}">${inlineStyleText(sheet.css)}</style>`)
    .join('\n');
  return (
    headWithoutLinks
      .replace(/<html[^>]*>/, `<html lang="${escapeAttribute(page.lang)}" dir="${page.dir}"${page.data === undefined ? '' : ` ${PAGE_DATA_FLAG}`}>`)
      .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeText(page.title)}</title>`)
      .replace(/\s*$/, `\n${styles}\n<template id="app-code">${code.join('')}</template>\n</head>`) +
    body
      .replace('<div id="root"></div>', () => `<div id="root">${page.rootHtml}</div>`)
      .replace('</body>', () => `${pageData(page.data)}${START_APP}\n</body>`)
  );
}

// A data block, never run: the Content-Security-Policy has nothing to allow for it.
const pageData = (data: unknown) =>
  data === undefined ? '' : `<script type="application/json" id="${PAGE_DATA_ID}">${scriptJson(data)}</script>\n`;

function splitAt(html: string, marker: string): [string, string] {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`The app shell has no ${marker}`);
  return [html.slice(0, at), html.slice(at + marker.length)];
}

function missing(href: string): never {
  throw new Error(`The page did not load the shell's stylesheet ${href}`);
}

import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { PAGE_DATA_FLAG, readPageData } from '../../src/app/pageData';
import { prerenderedPage, type CapturedPage } from './prerenderedPage';

// The shape `vite build` gives dist/index.html: entry script, module preloads, stylesheets and
// index.html's own inline script that preloads the opened page's chunk.
const SHELL = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <title>No Wrong Door</title>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-B.js">
    <link rel="stylesheet" crossorigin href="/assets/shared-C.css">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
    <script>(function(){preloadPage()})()</script>
  <link rel="manifest" href="/manifest.webmanifest"></head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const PAGE: CapturedPage = {
  rootHtml: '<main><h1>Apply for OHIP</h1></main>',
  title: 'Apply for OHIP – No Wrong Door',
  lang: 'fr',
  dir: 'ltr',
  stylesheets: [
    { href: '/assets/index-D.css', css: '.index{}' },
    { href: '/assets/TaskRoute-E.css', css: '.task{}' },
    { href: '/assets/shared-C.css', css: '.shared{}' },
  ],
};

// The parts of the page the tests read; the page as a browser runs it is tested in e2e/prerender.spec.ts.
function parts(html: string) {
  const template = /<template id="app-code">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
  const outside = html.replace(template, '');
  const [head = '', body = ''] = outside.split('</head>');
  return {
    head,
    body,
    template,
    lang: /<html lang="([^"]*)" dir="([^"]*)"[^>]*>/.exec(html)?.slice(1),
    title: /<title>([\s\S]*?)<\/title>/.exec(html)?.[1],
    styles: [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]),
  };
}

describe('prerenderedPage', () => {
  it('puts the drawn page in #root with its language and title', () => {
    const page = parts(prerenderedPage(SHELL, PAGE));
    expect(page.body).toContain('<div id="root"><main><h1>Apply for OHIP</h1></main></div>');
    expect(page.lang).toEqual(['fr', 'ltr']);
    expect(page.title).toBe('Apply for OHIP – No Wrong Door');
  });

  it('inlines every stylesheet, the shell’s in their order first, each with its address, and links none', () => {
    const page = parts(prerenderedPage(SHELL, PAGE));
    expect(page.styles).toEqual(['.shared{}', '.index{}', '.task{}']);
    expect([...page.head.matchAll(/<style data-href="([^"]+)">/g)].map((match) => match[1])).toEqual([
      '/assets/shared-C.css',
      '/assets/index-D.css',
      '/assets/TaskRoute-E.css',
    ]);
    expect(page.head).not.toContain('rel="stylesheet"');
    expect(page.head).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });

  it('downloads the app’s code beside the page, and runs it only after the first paint', () => {
    const page = parts(prerenderedPage(SHELL, PAGE));
    // Asked for at once: the entry, what it imports, and the opened page's chunk (the inline script).
    expect(page.head).toContain('<link rel="modulepreload" crossorigin href="/assets/index-A.js">');
    expect(page.head).toContain('<link rel="modulepreload" crossorigin href="/assets/shared-B.js">');
    expect(page.head).toContain('<script>(function(){preloadPage()})()</script>');
    // Run later: the entry waits in the template for the starter.
    expect(page.head).not.toContain('<script type="module"');
    expect(page.template.trim()).toBe('<script type="module" crossorigin src="/assets/index-A.js"></script>');
    const scripts = [...page.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain("observe({type:'paint',buffered:true})");
    expect(scripts[0]).toContain("document.visibilityState!=='visible'");
    expect(page.body.indexOf('<script>')).toBeGreaterThan(page.body.indexOf('<div id="root">'));
  });

  it('asks for the code of a page used through its links alone only once it is painted', () => {
    const page = parts(prerenderedPage(SHELL, { ...PAGE, codeAfterPaint: true }));
    expect(page.head).not.toContain('modulepreload');
    expect(page.head).not.toContain('<script type="module"');
    expect(page.template.trim()).toBe('<script type="module" crossorigin src="/assets/index-A.js"></script>');
    expect(page.body).toContain("observe({type:'paint',buffered:true})");
  });

  it('cannot be cut short by page text or styles', () => {
    const html = prerenderedPage(SHELL, {
      ...PAGE,
      title: 'Tom & Jerry <b>',
      stylesheets: [...PAGE.stylesheets, { href: '/x.css', css: 'a::after{content:"</style><script>"}' }],
    });
    const page = parts(html);
    expect(page.title).toBe('Tom &amp; Jerry &lt;b>');
    expect(page.styles).toHaveLength(4);
    expect(page.styles[3]).toBe('a::after{content:"<\\/style><script>"}');
  });

  it('carries the data it was rendered from, as data the app reads back and no text can end', () => {
    const data = { queries: [{ queryKey: ['portal'], state: { data: { title: 'A </script><script>alert(1)</script> & more' } } }], mutations: [] };
    const html = prerenderedPage(SHELL, { ...PAGE, data });
    const page = parts(html);
    // A data block, not code: the body's only script is still the starter.
    expect([...page.body.matchAll(/<script>/g)]).toHaveLength(1);
    const blocks = [...page.body.matchAll(/<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]?.[1] ?? '')).toEqual(data);
    // Read as the app reads it, in a document the HTML parser built.
    const document = new JSDOM(html).window.document;
    expect(readPageData(document)).toEqual(data);
    // Only the head's preloads and the starter are code; the head knows the page brings data.
    expect(document.querySelectorAll('script:not([type])')).toHaveLength(2);
    expect(document.documentElement.hasAttribute(PAGE_DATA_FLAG)).toBe(true);
  });

  it('carries no data block when the page was rendered without data', () => {
    const html = prerenderedPage(SHELL, PAGE);
    expect(html).not.toContain('page-data');
    expect(new JSDOM(html).window.document.documentElement.hasAttribute(PAGE_DATA_FLAG)).toBe(false);
  });

  it('refuses a shell it cannot fill and a page missing the shell’s stylesheet', () => {
    expect(() => prerenderedPage(SHELL.replace('<div id="root"></div>', ''), PAGE)).toThrow(/id="root"/);
    expect(() => prerenderedPage(SHELL, { ...PAGE, stylesheets: PAGE.stylesheets.filter((sheet) => !sheet.href.includes('shared')) })).toThrow(
      /shared-C\.css/,
    );
  });
});

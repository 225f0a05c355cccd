// Prerenders the pages every first visitor reads the same: React renders each in Node, from the
// portals (or the deployed snapshot) the preview server answers as a browser would find them,
// and the page is saved as HTML beside the app shell with the data it was rendered from. A first
// visit reads the page before any JavaScript arrives and the app hydrates it, as it stands, as
// soon as its code has run; the service worker serves the shell afterwards. No browser is needed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { build, preview, type Manifest } from 'vite';
import type * as Renderer from '../src/app/renderPage';
import { SPLASH_FILE } from './hosting/headerRules';
import { writeRedirectsFile } from './hosting/redirectsFile';
import { PAGE_MODULES } from './vite/pagePreloads';
import { writeHeadersFile } from './vite/hostingHeaders';
import { precompress, precompressFiles } from './precompress';
import { prerenderedPage } from './prerender/prerenderedPage';
import { OUT_DIR } from './outDir';

const SPLASH_MODULE = 'src/features/splash/SplashRoute.tsx';

/** Builds the renderer (src/app/renderPage.tsx) for Node, beside the build it renders. */
async function buildRenderer(outDir: string): Promise<typeof Renderer> {
  const rendererDir = resolve(`node_modules/.cache/renderer-${outDir.replace(/[^\w-]/g, '_')}`);
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    define: { __BUILD_ID__: JSON.stringify('prerender') },
    build: { ssr: 'src/app/renderPage.tsx', outDir: rendererDir, emptyOutDir: true, minify: false },
  });
  return (await import(pathToFileURL(join(rendererDir, 'renderPage.js')).href)) as typeof Renderer;
}

/** The stylesheets a page's own module brings, through everything it imports, from the build's manifest. */
function stylesheetsOf(manifest: Manifest, module: string | undefined): string[] {
  const found = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) return;
    for (const css of chunk.css ?? []) found.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  if (module) visit(module);
  return [...found];
}

function pageModule(path: string): string | undefined {
  if (path === '/') return SPLASH_MODULE;
  const rest = path.replace(/^\/[^/]+/, '');
  return PAGE_MODULES.find((page) => new RegExp(page.pattern).test(rest))?.module;
}

function write(outDir: string, path: string, html: string): void {
  // `/` cannot be the folder's index.html: that is the app shell, which every other address is
  // answered with. Hosts answer `/` with the splash page instead (scripts/hosting/).
  if (path === '/') return writeFileSync(join(outDir, SPLASH_FILE), html);
  const dir = join(outDir, path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
}

/** Prerenders the build in `outDir`; returns how many pages. */
export async function prerender(outDir = OUT_DIR): Promise<number> {
  const renderer = await buildRenderer(outDir);
  const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  // Every page inlines the same few stylesheets: read each once.
  const sheets = new Map<string, string>();
  const css = (href: string): string => {
    const text = sheets.get(href) ?? readFileSync(join(outDir, href), 'utf8');
    sheets.set(href, text);
    return text;
  };
  const server = await preview({ preview: { port: 4390, strictPort: false }, build: { outDir }, logLevel: 'silent' });
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('The preview server did not say where it listens');
    await renderer.startRendering({ address: base, purifier: DOMPurify(new JSDOM('').window) });
    // What the portals answered is addressed from the build's server; the pages are served elsewhere.
    const origin = new URL(base).origin;
    const unplaced = (text: string) => text.replaceAll(`${origin}/`, '/');
    const pages = await renderer.pagesToRender();
    for (const path of pages) {
      try {
        const page = await renderer.renderPage(path);
        const stylesheets = stylesheetsOf(manifest, pageModule(path)).map((href) => ({ href, css: css(href) }));
        const data = JSON.parse(unplaced(JSON.stringify(page.state))) as unknown;
        // The splash page is a door in each language: links, nothing that needs the app's code.
        const codeAfterPaint = path === '/';
        write(outDir, path, prerenderedPage(shell, { rootHtml: unplaced(page.html), title: page.title, lang: page.lang, dir: page.dir, stylesheets, data, codeAfterPaint }));
      } catch (error) {
        throw new Error(`Could not prerender ${path}`, { cause: error });
      }
    }
    for (const [query, error] of renderer.readFailures()) console.warn(`Prerendered without ${query}: ${error.message}`);
    for (const language of new Set(pages.map((path) => path.split('/')[1] ?? ''))) {
      if (language) await precompress(join(outDir, language));
    }
    await precompressFiles([join(outDir, SPLASH_FILE)]);
    writeRedirectsFile(outDir);
    // The splash page is a new top-level file: `_headers` names it now that it exists.
    writeHeadersFile(outDir);
    return pages.length;
  } finally {
    await server.close();
  }
}

// Prerenders the pages a newcomer reaches by following links from the home pages: the built app
// draws each one in Chromium, from the portals the preview server answers, and the page is saved
// as HTML beside the app shell. A first visit then reads the page before any JavaScript arrives;
// the service worker keeps serving the shell afterwards, so later visits are unchanged.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { isPrerenderedPath } from '../src/shared/routes';
import { SPLASH_FILE } from './hosting/headerRules';
import { writeRedirectsFile } from './hosting/redirectsFile';
import { writeHeadersFile } from './vite/hostingHeaders';
import { precompress, precompressFiles } from './precompress';
import { prerenderedPage, type CapturedPage } from './prerender/prerenderedPage';
import { OUT_DIR } from './outDir';

// What's new is linked from the home pages only once the news have arrived, after they are drawn.
const START_PAGES = ['/', '/en/', '/fr/', '/en/news', '/fr/news'];
// Most of a page's time is waiting for the network to fall quiet, so pages overlap well.
const PARALLEL = 8;
const BROWSERS = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

interface Drawn extends Omit<CapturedPage, 'stylesheets'> {
  stylesheets: string[];
  links: string[];
}

async function draw(page: Page, url: string): Promise<Drawn> {
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  // A quiet network alone is not a drawn page: on a busy machine the app's code can still be
  // running after 500 ms without a request, and the page would be saved empty, without links.
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  // Nor is a page still saying "Loading": its content (the news, a portal's feed) may come after
  // the heading, later than a busy machine's quiet moment.
  await page.locator('main .loading').waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
  return await page.evaluate(() => {
    const root = document.getElementById('root')?.cloneNode(true) as HTMLElement | undefined;
    // What the browser alone knows (its preferred language, on the splash page) is not the page's.
    for (const element of root?.querySelectorAll('[data-browser-only]') ?? []) element.remove();
    for (const element of root?.querySelectorAll('[data-suggested]') ?? []) element.removeAttribute('data-suggested');
    // Until the app runs, a control would do nothing, and what was typed or chosen in it would be
    // lost when the app draws the page again: it waits, disabled, looking as it will (global.css).
    // Links work as they are.
    for (const control of root?.querySelectorAll('input, select, textarea, button') ?? []) {
      control.setAttribute('disabled', '');
      control.setAttribute('data-until-app', '');
    }
    return {
      rootHtml: root?.innerHTML ?? '',
      title: document.title,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir === 'rtl' ? ('rtl' as const) : ('ltr' as const),
      stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
        (link) => new URL(link.href).pathname,
      ),
      links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .map((anchor) => new URL(anchor.href))
        .filter((target) => target.origin === location.origin)
        .map((target) => target.pathname),
    };
  });
}

function write(outDir: string, path: string, shell: string, drawn: Drawn, css: (href: string) => string): void {
  const stylesheets = drawn.stylesheets.map((href) => ({ href, css: css(href) }));
  const html = prerenderedPage(shell, { ...drawn, stylesheets });
  // `/` cannot be the folder's index.html: that is the app shell, which every other address is
  // answered with. Hosts answer `/` with the splash page instead (scripts/hosting/).
  if (path === '/') return writeFileSync(join(outDir, SPLASH_FILE), html);
  const dir = join(outDir, path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
}

/** Prerenders the build in `outDir`; returns how many pages, or 0 where no Chromium is found. */
export async function prerender(outDir = OUT_DIR): Promise<number> {
  const executablePath = BROWSERS.find((path) => path && existsSync(path));
  if (!executablePath) {
    console.warn('No Chromium found (set CHROME_PATH): pages are not prerendered, and show once their code has run.');
    return 0;
  }
  const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
  // Every page inlines the same few stylesheets: read each once.
  const sheets = new Map<string, string>();
  const css = (href: string): string => {
    const text = sheets.get(href) ?? readFileSync(join(outDir, href), 'utf8');
    sheets.set(href, text);
    return text;
  };
  const server = await preview({ preview: { port: 4390, strictPort: false }, build: { outDir }, logLevel: 'silent' });
  const base = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
  try {
    if (!base) throw new Error('The preview server did not say where it listens');
    const seen = new Set(START_PAGES);
    const queue = [...START_PAGES];
    let drawing = 0;
    const worker = async (): Promise<void> => {
      // No profile and nothing saved is ever put on this device: each page is drawn as a first
      // visitor sees it, though portal content saved by the previous page spares a download.
      const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-CA' });
      const page = await context.newPage();
      for (;;) {
        const path = queue.shift();
        // An empty queue is the end only once no page being drawn can add to it.
        if (path === undefined) {
          if (drawing === 0) return context.close();
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        drawing++;
        try {
          const drawn = await draw(page, new URL(path, base).href);
          try {
            write(outDir, path, shell, drawn, css);
          } catch (error) {
            throw new Error(`Could not prerender ${path}`, { cause: error });
          }
          for (const link of drawn.links) {
            // Only the pages that read the same for everyone on a first visit (the route manifest's list).
            if (seen.has(link) || !isPrerenderedPath(link)) continue;
            seen.add(link);
            queue.push(link);
          }
        } finally {
          drawing--;
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    for (const language of new Set([...seen].map((path) => path.split('/')[1] ?? ''))) {
      if (language) await precompress(join(outDir, language));
    }
    await precompressFiles([join(outDir, SPLASH_FILE)]);
    writeRedirectsFile(outDir);
    // The splash page is a new top-level file: `_headers` names it now that it exists.
    writeHeadersFile(outDir);
    return seen.size;
  } finally {
    await browser.close();
    await server.close();
  }
}

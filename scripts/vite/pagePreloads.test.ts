import { describe, expect, it } from 'vitest';
import { pages } from '../../src/app/router';
import { paths, type PageName } from '../../src/shared/routes';
import { PAGE_DATA_FLAG } from '../../src/app/pageData';
import { PAGE_MODULES, preloadScript, type PreloadMap } from './pagePreloads';

/** Runs the inline script as a browser would at `pathname`; returns the hrefs it asked for. */
function preloadsAt(pathname: string, map: PreloadMap, { prerendered = false } = {}): string[] {
  const head: { href: string; rel: string }[] = [];
  const document = {
    // A prerendered page's <html> says that it carries its data (src/app/pageData.ts).
    documentElement: { hasAttribute: (name: string) => prerendered && name === PAGE_DATA_FLAG },
    createElement: () => ({ rel: '', href: '', crossOrigin: null as string | null }),
    head: { appendChild: (link: { href: string; rel: string }) => head.push(link) },
  };
  new Function('location', 'document', preloadScript(map))({ pathname }, document);
  expect(head.every((link) => link.rel === 'modulepreload')).toBe(true);
  return head.map((link) => link.href);
}

const map: PreloadMap = {
  languages: {
    en: { common: ['/en.js'], journey: ['/en-journey.js'] },
    fr: { common: ['/fr.js'], journey: ['/fr-journey.js'] },
  },
  pages: PAGE_MODULES.map((page) => [
    page.pattern,
    [`/${page.module.split('/').pop()}`],
    page.namespace ?? null,
    page.dataFirst ?? false,
  ]),
  data: ['/data.js'],
};

describe('page preloads', () => {
  it.each(PAGE_MODULES)('$page: the module the router loads lazily, with the same strings and data needs', async (listed) => {
    const routed = pages[listed.page];
    expect({ namespace: listed.namespace, dataFirst: listed.dataFirst ?? false }).toEqual({
      namespace: routed.namespace,
      dataFirst: routed.dataFirst,
    });
    // The same module, not a look-alike: the router's own import, loaded here, is the listed file.
    const module = (await import(/* @vite-ignore */ `../../${listed.module}`)) as unknown;
    expect(await routed.load()).toBe(module);
  });

  // An address of each page, as the app links to it.
  const linked: Record<PageName, string> = {
    home: paths.home('en', { phase: 'arrived' }),
    topic: paths.topic('en', 'health'),
    task: paths.task('en', 'ca.sin'),
    report: paths.report('en', { page: '/en/tasks/ca.sin' }),
    profile: paths.profile('en'),
    journey: paths.journey('en'),
    settle: paths.settle('en', { compare: ['ottawa', 'toronto'] }),
    myData: paths.myData('en'),
    settings: paths.settings('en'),
    services: paths.services('en'),
    whoDoesWhat: paths.whoDoesWhat('en'),
    offices: paths.offices('en', { near: 'K1P 1J1' }),
    search: paths.search('en', { q: 'health card' }),
    preview: paths.preview('en'),
    noticeCodes: paths.noticeCodes('en'),
    news: paths.news('en'),
  };

  it.each(PAGE_MODULES)('$page: asks for the page’s own chunk at its address, with or without a final slash', ({ page, module }) => {
    const pathname = new URL(linked[page], 'https://nowrongdoor.example').pathname;
    const chunk = `/${module.split('/').pop()}`;
    expect(preloadsAt(pathname, map)).toContain(chunk);
    expect(preloadsAt(`${pathname}/`, map)).toContain(chunk);
  });

  it('asks for the language, the opened page and its strings, and the data code if it paints data first', () => {
    expect(preloadsAt('/fr/tasks/on.ohip', map)).toEqual(['/fr.js', '/TaskRoute.tsx', '/data.js']);
    expect(preloadsAt('/en/journey/settle', map)).toEqual(['/en.js', '/JourneyRoute.tsx', '/en-journey.js']);
    expect(preloadsAt('/fr/journey', map)).toEqual(['/fr.js', '/JourneyRoute.tsx', '/fr-journey.js']);
    expect(preloadsAt('/en', map)).toEqual(['/en.js', '/HomeRoute.tsx']);
    expect(preloadsAt('/fr/preview', map)).toEqual(['/fr.js', '/PreviewRoute.tsx']);
    expect(preloadsAt('/en/preview/notices', map)).toEqual(['/en.js', '/NoticeCodesRoute.tsx']);
  });

  it('asks for no data code on a prerendered page, which brings its data', () => {
    expect(preloadsAt('/fr/tasks/on.ohip', map, { prerendered: true })).toEqual(['/fr.js', '/TaskRoute.tsx']);
  });

  it('asks for nothing it cannot know: no language in the address, or a language it lacks', () => {
    expect(preloadsAt('/', map)).toEqual([]);
    expect(preloadsAt('/de/tasks/on.ohip', map)).toEqual([]);
  });

  it('asks for no page chunk at an unknown page', () => {
    expect(preloadsAt('/en/nowhere', map)).toEqual(['/en.js']);
  });
});

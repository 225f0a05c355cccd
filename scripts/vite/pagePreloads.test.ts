import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_MODULES, preloadScript, type PreloadMap } from './pagePreloads';

const router = readFileSync(new URL('../../src/app/router.tsx', import.meta.url), 'utf8');

/** Runs the inline script as a browser would at `pathname`; returns the hrefs it asked for. */
function preloadsAt(pathname: string, map: PreloadMap): string[] {
  const head: { href: string; rel: string }[] = [];
  const document = {
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
  it('lists exactly the pages the router loads lazily, with the same strings and data needs', () => {
    const describe = (module: string, namespace: string | undefined, dataFirst: boolean) =>
      `${module} ${namespace ?? '-'} ${dataFirst ? 'data first' : ''}`;
    const routerPages = [...router.matchAll(/import\('\.\.\/(features\/[^']+)'\), \(m\) => m\.\w+(?:, (\{[^}]*\}))?\)/g)].map(
      ([, module, options = '']) =>
        describe(`src/${module}.tsx`, /namespace: '(\w+)'/.exec(options)?.[1], /dataFirst: true/.test(options)),
    );
    expect(routerPages).toHaveLength(PAGE_MODULES.length);
    const listed = PAGE_MODULES.map((page) => describe(page.module, page.namespace, page.dataFirst ?? false));
    expect(listed.sort()).toEqual(routerPages.sort());
  });

  it('asks for the language, the opened page and its strings, and the data code if it paints data first', () => {
    expect(preloadsAt('/fr/tasks/on.ohip', map)).toEqual(['/fr.js', '/TaskRoute.tsx', '/data.js']);
    expect(preloadsAt('/en/journey/settle', map)).toEqual(['/en.js', '/JourneyRoute.tsx', '/en-journey.js']);
    expect(preloadsAt('/fr/journey', map)).toEqual(['/fr.js', '/JourneyRoute.tsx', '/fr-journey.js']);
    expect(preloadsAt('/en', map)).toEqual(['/en.js', '/HomeRoute.tsx']);
    expect(preloadsAt('/fr/preview', map)).toEqual(['/fr.js', '/PreviewRoute.tsx']);
    expect(preloadsAt('/en/preview/notices', map)).toEqual(['/en.js', '/NoticeCodesRoute.tsx']);
  });

  it('asks for nothing it cannot know: no language in the address, or a language it lacks', () => {
    expect(preloadsAt('/', map)).toEqual([]);
    expect(preloadsAt('/de/tasks/on.ohip', map)).toEqual([]);
  });

  it('asks for no page chunk at an unknown page', () => {
    expect(preloadsAt('/en/nowhere', map)).toEqual(['/en.js']);
  });
});

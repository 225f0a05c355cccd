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
  languages: { en: ['/en.js'], fr: ['/fr.js'] },
  pages: PAGE_MODULES.map(([pattern, module]) => [pattern, [`/${module.split('/').pop()}`]]),
  data: ['/data.js'],
};

describe('page preloads', () => {
  it('lists exactly the pages the router loads lazily', () => {
    const lazyModules = [...router.matchAll(/import\('\.\.\/(features\/[^']+)'\)/g)].map((match) => `src/${match[1]}.tsx`);
    expect(PAGE_MODULES.map(([, module]) => module).sort()).toEqual(lazyModules.sort());
  });

  it('asks for the language, the data code and the opened page', () => {
    expect(preloadsAt('/fr/tasks/on.ohip', map)).toEqual(['/fr.js', '/data.js', '/TaskRoute.tsx']);
    expect(preloadsAt('/en/journey/settle', map)).toEqual(['/en.js', '/data.js', '/JourneyRoute.tsx']);
    expect(preloadsAt('/en', map)).toEqual(['/en.js', '/data.js', '/HomeRoute.tsx']);
  });

  it('asks for nothing it cannot know: no language in the address, or a language it lacks', () => {
    expect(preloadsAt('/', map)).toEqual([]);
    expect(preloadsAt('/de/tasks/on.ohip', map)).toEqual([]);
  });

  it('asks for no page chunk at an unknown page', () => {
    expect(preloadsAt('/en/nowhere', map)).toEqual(['/en.js', '/data.js']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { PAGE_NAMES, ROUTES, paths } from '../shared/routes';
import { pageNeedsDataFirst, routes } from './router';

// The router reads the browser's languages as it is built; Node has no navigator.
vi.hoisted(() => vi.stubGlobal('navigator', { languages: ['fr-CA', 'en-CA'] }));

describe('the router', () => {
  it('declares a route for every page of the manifest, at its pattern, and no other', () => {
    const language = routes.find((route) => route.path === '/:lang');
    const declared = (language?.children ?? []).filter((route) => route.path !== '*').map((route) => (route.index ? '' : route.path));
    expect(declared.sort()).toEqual(PAGE_NAMES.map((name) => ROUTES[name]).sort());
    expect(routes.map((route) => route.path)).toEqual(['/', '/:lang']);
  });

  it('sends "/" to the home page in the browser’s language', () => {
    const root = routes.find((route) => route.path === '/');
    expect((root?.element as { props?: { to?: string } } | undefined)?.props?.to).toBe(paths.home('fr'));
  });

  it('loads the portals beside the code of the pages that paint their content first', () => {
    expect(pageNeedsDataFirst(paths.task('en', 'ca.sin'))).toBe(true);
    expect(pageNeedsDataFirst(paths.topic('fr', 'health'))).toBe(true);
    expect(pageNeedsDataFirst(paths.whoDoesWhat('en'))).toBe(true);
    expect(pageNeedsDataFirst(paths.home('en'))).toBe(false);
    expect(pageNeedsDataFirst(paths.journey('en', 'settle'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { PAGE_NAMES, ROUTES, paths } from '../shared/routes';
import { pageNeedsDataFirst, routes } from './router';

describe('the router', () => {
  it('declares a route for every page of the manifest, at its pattern, and no other', () => {
    const language = routes.find((route) => route.path === '/:lang');
    const declared = (language?.children ?? []).filter((route) => route.path !== '*').map((route) => (route.index ? '' : route.path));
    expect(declared.sort()).toEqual(PAGE_NAMES.map((name) => ROUTES[name]).sort());
    expect(routes.map((route) => route.path)).toEqual(['/', '/:lang']);
  });

  it('answers "/" with the splash page, not a redirect, and loads its code before the first render', () => {
    const root = routes.find((route) => route.path === '/') as (typeof routes)[number] & { preload?: unknown };
    expect(typeof root?.preload).toBe('function');
    const element = root?.element as { props?: { to?: string } } | undefined;
    expect(element?.props?.to).toBeUndefined();
    // It shows no portal content, so it loads none first.
    expect(pageNeedsDataFirst('/')).toBe(false);
  });

  it('loads the portals beside the code of the pages that paint their content first', () => {
    expect(pageNeedsDataFirst(paths.task('en', 'ca.sin'))).toBe(true);
    expect(pageNeedsDataFirst(paths.topic('fr', 'health'))).toBe(true);
    expect(pageNeedsDataFirst(paths.whoDoesWhat('en'))).toBe(true);
    expect(pageNeedsDataFirst(paths.home('en'))).toBe(false);
    expect(pageNeedsDataFirst(paths.journey('en', 'settle'))).toBe(false);
  });
});

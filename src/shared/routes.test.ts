import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { JOURNEY_KINDS, PAGE_NAMES, PRERENDERED_PAGES, ROUTES, isPrerenderedPath, officeAnchor, paths, type PageName } from './routes';

const BASE = 'https://nowrongdoor.example';
/** The parameters the router reads from `path` at `pattern` (under `/:lang`), or undefined where it does not match. */
function paramsAt(pattern: string, path: string) {
  const page = pattern ? { path: pattern } : { index: true };
  return matchRoutes([{ path: '/:lang', children: [page] }], path)?.find((match) => match.route === page)?.params;
}
const url = (path: string) => new URL(path, BASE);

describe('the page addresses', () => {
  it('keep the addresses the app has always linked to', () => {
    expect(paths.home('en')).toBe('/en');
    expect(paths.home('fr', { phase: 'arrived' })).toBe('/fr?phase=arrived');
    expect(paths.topic('en', 'health')).toBe('/en/topics/health');
    expect(paths.topic('en', 'health', { phase: 'preparing' })).toBe('/en/topics/health?phase=preparing');
    expect(paths.task('fr', 'on.ohip')).toBe('/fr/tasks/on.ohip');
    expect(paths.report('en')).toBe('/en/report');
    expect(paths.profile('en')).toBe('/en/profile');
    expect(paths.journey('en')).toBe('/en/journey');
    expect(paths.settle('en')).toBe('/en/where-to-settle');
    expect(paths.myData('fr')).toBe('/fr/my-data');
    expect(paths.settings('en')).toBe('/en/settings');
    expect(paths.services('en')).toBe('/en/services');
    expect(paths.whoDoesWhat('en')).toBe('/en/services/who-does-what');
    expect(paths.offices('en')).toBe('/en/offices');
    expect(paths.search('en')).toBe('/en/search');
    expect(paths.preview('en')).toBe('/en/preview');
    expect(paths.noticeCodes('en')).toBe('/en/preview/notices');
    expect(paths.news('fr')).toBe('/fr/news');
  });

  it('leave an id with dots as it is, and encode one that needs it as a single segment', () => {
    expect(paths.task('en', 'ca.sin')).toBe('/en/tasks/ca.sin');
    expect(paths.task('en', 'a/b c?d#e')).toBe('/en/tasks/a%2Fb%20c%3Fd%23e');
    expect(paramsAt(ROUTES.task, paths.task('en', 'a/b c?d#e'))?.id).toBe('a/b c?d#e');
    expect(paramsAt(ROUTES.topic, paths.topic('en', 'health'))?.topic).toBe('health');
  });

  it('open the plan for where the person is without a kind, or the plan asked for', () => {
    expect(paths.journey('en', undefined)).toBe('/en/journey');
    expect(JOURNEY_KINDS.map((kind) => paths.journey('fr', kind))).toEqual(['/fr/journey/before', '/fr/journey/settle']);
  });

  it('encode a search, a postal code and a reported page as query values', () => {
    expect(paths.search('en', { q: 'carte santé & SIN' })).toBe('/en/search?q=carte%20sant%C3%A9%20%26%20SIN');
    expect(url(paths.search('en', { q: 'carte santé & SIN' })).searchParams.get('q')).toBe('carte santé & SIN');
    expect(url(paths.search('en', { q: 'a+b=c' })).searchParams.get('q')).toBe('a+b=c');
    expect(url(paths.offices('en', { near: 'K1P 1J1' })).searchParams.get('near')).toBe('K1P 1J1');
    const page = '/fr/topics/health?phase=arrived&x=1';
    expect(paths.report('fr', { page })).toBe('/fr/report?page=%2Ffr%2Ftopics%2Fhealth%3Fphase%3Darrived%26x%3D1');
    expect([...url(paths.report('fr', { page })).searchParams]).toEqual([['page', page]]);
  });

  it('keep the commas of a comparison readable, and tell an empty one from none', () => {
    expect(paths.settle('en', { compare: ['ottawa', 'greater-sudbury'] })).toBe('/en/where-to-settle?compare=ottawa,greater-sudbury');
    expect(paths.settle('en', { compare: [] })).toBe('/en/where-to-settle?compare=');
    expect(paths.settle('en', { compare: undefined })).toBe('/en/where-to-settle');
    expect(paths.settle('en', { compare: ['ottawa', 'île d’orléans'] })).toBe('/en/where-to-settle?compare=ottawa,%C3%AEle%20d%E2%80%99orl%C3%A9ans');
  });

  it('name the element to bring into view', () => {
    expect(paths.offices('en', { office: 'on.office.kanata-hazeldean' })).toBe('/en/offices#office-on.office.kanata-hazeldean');
    expect(officeAnchor('on.office.kanata-hazeldean')).toBe('office-on.office.kanata-hazeldean');
    expect(paths.offices('en', { near: 'K1P 1J1', office: 'x' })).toBe('/en/offices?near=K1P%201J1#office-x');
    expect(paths.noticeCodes('en', { code: 'body_script' })).toBe('/en/preview/notices#body_script');
    expect(decodeURIComponent(url(paths.noticeCodes('en', { code: 'a b#c' })).hash.slice(1))).toBe('a b#c');
  });

  it('leave out a query value not given', () => {
    expect(paths.home('en', { phase: undefined })).toBe('/en');
    expect(paths.topic('en', 'health', { phase: undefined })).toBe('/en/topics/health');
    expect(paths.search('en', { q: undefined })).toBe('/en/search');
    expect(paths.report('en', {})).toBe('/en/report');
  });
});

// An address for each page, built from the sample values of its parameters.
const samples: Record<PageName, [string, Record<string, string>]> = {
  home: [paths.home('en'), {}],
  topic: [paths.topic('en', 'health'), { topic: 'health' }],
  task: [paths.task('en', 'ca.sin'), { id: 'ca.sin' }],
  report: [paths.report('en'), {}],
  profile: [paths.profile('en'), {}],
  journey: [paths.journey('en', 'settle'), { kind: 'settle' }],
  settle: [paths.settle('en'), {}],
  myData: [paths.myData('en'), {}],
  settings: [paths.settings('en'), {}],
  services: [paths.services('en'), {}],
  whoDoesWhat: [paths.whoDoesWhat('en'), {}],
  offices: [paths.offices('en'), {}],
  search: [paths.search('en'), {}],
  preview: [paths.preview('en'), {}],
  noticeCodes: [paths.noticeCodes('en'), {}],
  news: [paths.news('en'), {}],
};

describe('every page in the manifest', () => {
  it.each(PAGE_NAMES)('%s: has a builder whose address its own pattern matches, with the values given', (name) => {
    const [path, params] = samples[name];
    expect(paramsAt(ROUTES[name], path)).toEqual({ lang: 'en', ...params });
    // No other page's pattern claims the address.
    const others = PAGE_NAMES.filter((other) => other !== name && paramsAt(ROUTES[other], path) !== undefined);
    expect(others).toEqual([]);
  });

  it('has no pattern twice', () => {
    expect(new Set(Object.values(ROUTES)).size).toBe(PAGE_NAMES.length);
  });
});

describe('the prerendered pages', () => {
  it('are pages of the manifest', () => {
    for (const page of PRERENDERED_PAGES) expect(PAGE_NAMES).toContain(page);
  });

  it.each([
    '/en/',
    '/fr/',
    '/en/journey',
    '/fr/journey/before',
    '/en/journey/settle',
    '/en/topics/health',
    '/en/tasks/ca.sin',
    '/fr/tasks/on.ohip',
    '/en/services',
    '/fr/services/who-does-what',
    '/en/news',
  ])('%s is prerendered', (path) => {
    expect(isPrerenderedPath(path)).toBe(true);
  });

  it.each([
    // The home page's own links (`/en`) lead to the start page `/en/`, drawn already.
    '/en',
    '/en/tasks/ca.sin/',
    '/en/tasks/',
    '/en/tasks/a/b',
    '/en/profile',
    '/en/my-data',
    '/en/settings',
    '/en/report',
    '/en/where-to-settle',
    '/en/offices',
    '/en/search',
    '/en/preview',
    '/en/preview/notices',
    '/en/nowhere',
    '/portals/portals.json',
    '/',
  ])('%s is not', (path) => {
    expect(isPrerenderedPath(path)).toBe(false);
  });

  it('are the manifest’s list, by the address the app links to (the home page with its slash)', () => {
    const prerendered = PAGE_NAMES.filter((name) => isPrerenderedPath(name === 'home' ? `${samples.home[0]}/` : samples[name][0]));
    expect(prerendered.sort()).toEqual([...PRERENDERED_PAGES].sort());
  });
});

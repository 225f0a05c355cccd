// The app's pages: the one list of their addresses. The router (src/app/router.tsx) declares its
// routes from these patterns, every in-app link is built by `paths`, and the build reads the same
// list for its page preloads (scripts/vite/pagePreloads.ts) and its prerendered pages
// (scripts/prerender.ts). Plain TypeScript with type-only imports, so Node can run it too.
import type { Phase } from '../content/phase';
import type { Topic } from '../content/taxonomy';
import type { UiLanguage } from '../i18n/languages';

/** The plans the journey page shows: before arrival, and settling in. */
export const JOURNEY_KINDS = ['before', 'settle'] as const;
export type JourneyKind = (typeof JOURNEY_KINDS)[number];

/**
 * Each page's address after `/:lang`, as the router matches it: `:name` is a parameter, `:name?`
 * an optional one. The home page is the empty pattern, the language's own address.
 */
export const ROUTES = {
  home: '',
  topic: 'topics/:topic',
  task: 'tasks/:id',
  report: 'report',
  profile: 'profile',
  journey: 'journey/:kind?',
  settle: 'where-to-settle',
  myData: 'my-data',
  settings: 'settings',
  services: 'services',
  whoDoesWhat: 'services/who-does-what',
  offices: 'offices',
  search: 'search',
  preview: 'preview',
  noticeCodes: 'preview/notices',
  news: 'news',
} as const;

export type PageName = keyof typeof ROUTES;
export const PAGE_NAMES = Object.keys(ROUTES) as PageName[];

/**
 * The pages that read the same for everyone on a first visit, which the build prerenders. The
 * others show what the device holds (profile, saved data, settings), answer a query or a
 * location, compare every city, or are the publishers' preview.
 */
export const PRERENDERED_PAGES = [
  'home',
  'journey',
  'topic',
  'task',
  'services',
  'whoDoesWhat',
  'news',
] as const satisfies readonly PageName[];

/** The parameters a pattern names, required or optional: `tasks/:id` takes `{ id: string }`. */
type ParamsOf<P extends string> = P extends `${infer Head}/${infer Rest}`
  ? ParamsOf<Head> & ParamsOf<Rest>
  : P extends `:${infer Name}?`
    ? { [K in Name]?: string }
    : P extends `:${infer Name}`
      ? { [K in Name]: string }
      : unknown;

/** The address of a page: its pattern with each parameter filled in as one encoded segment. */
function pagePath<N extends PageName>(lang: UiLanguage, page: N, params: ParamsOf<(typeof ROUTES)[N]>): string {
  const values = params as Record<string, string | undefined>;
  const segments = ROUTES[page]
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      if (!segment.startsWith(':')) return [segment];
      const value = values[segment.replace(/^:|\?$/g, '')];
      if (value === undefined) {
        if (segment.endsWith('?')) return [];
        throw new Error(`${page}: no value for ${segment}`);
      }
      return [encodeURIComponent(value)];
    });
  return [`/${lang}`, ...segments].join('/');
}

/**
 * A query string from values, each encoded as a URL component (a space is `%20`, `&` is `%26`),
 * leaving out the undefined ones; a list is its encoded values joined by commas, which stay
 * readable in a shared link.
 */
function query(values: Record<string, string | readonly string[] | undefined>): string {
  const pairs = Object.entries(values).flatMap(([name, value]) =>
    value === undefined
      ? []
      : [`${encodeURIComponent(name)}=${typeof value === 'string' ? encodeURIComponent(value) : value.map(encodeURIComponent).join(',')}`],
  );
  return pairs.length ? `?${pairs.join('&')}` : '';
}

const fragment = (id: string | undefined) => (id === undefined ? '' : `#${encodeURIComponent(id)}`);

/** The id of an office's card on the offices page, which a link to the office names. */
export const officeAnchor = (officeId: string) => `office-${officeId}`;

/** The address of every page, to link to or navigate to. */
export const paths = {
  /** The home page, `/en`; `phase`: the door chosen there. */
  home: (lang: UiLanguage, { phase }: { phase?: Phase } = {}) => pagePath(lang, 'home', {}) + query({ phase }),
  topic: (lang: UiLanguage, topic: Topic, { phase }: { phase?: Phase } = {}) =>
    pagePath(lang, 'topic', { topic }) + query({ phase }),
  task: (lang: UiLanguage, id: string) => pagePath(lang, 'task', { id }),
  /** The problem report form; `page`: the path of the page the report is about. */
  report: (lang: UiLanguage, { page }: { page?: string } = {}) => pagePath(lang, 'report', {}) + query({ page }),
  profile: (lang: UiLanguage) => pagePath(lang, 'profile', {}),
  /** The plan: without a kind, the page that opens the plan for where the person is. */
  journey: (lang: UiLanguage, kind?: JourneyKind) => pagePath(lang, 'journey', { kind }),
  /** Where to settle; `compare`: the municipalities compared, in order (an empty list compares none). */
  settle: (lang: UiLanguage, { compare }: { compare?: readonly string[] } = {}) =>
    pagePath(lang, 'settle', {}) + query({ compare }),
  myData: (lang: UiLanguage) => pagePath(lang, 'myData', {}),
  settings: (lang: UiLanguage) => pagePath(lang, 'settings', {}),
  services: (lang: UiLanguage) => pagePath(lang, 'services', {}),
  whoDoesWhat: (lang: UiLanguage) => pagePath(lang, 'whoDoesWhat', {}),
  /** Offices near me; `near`: a postal code, `office`: the id of the office to bring into view. */
  offices: (lang: UiLanguage, { near, office }: { near?: string; office?: string } = {}) =>
    pagePath(lang, 'offices', {}) + query({ near }) + fragment(office === undefined ? undefined : officeAnchor(office)),
  search: (lang: UiLanguage, { q }: { q?: string } = {}) => pagePath(lang, 'search', {}) + query({ q }),
  preview: (lang: UiLanguage) => pagePath(lang, 'preview', {}),
  /** The definitions of the preview's notices; `code`: the notice to bring into view. */
  noticeCodes: (lang: UiLanguage, { code }: { code?: string } = {}) => pagePath(lang, 'noticeCodes', {}) + fragment(code),
  news: (lang: UiLanguage) => pagePath(lang, 'news', {}),
} as const satisfies Record<PageName, (lang: UiLanguage, ...rest: never[]) => string>;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern as the source of a regular expression for the address after `/:lang/`, without the
 * slash: `tasks/:id` gives `tasks/[^/]+`, `journey/:kind?` gives `journey(?:/[^/]+)?`.
 */
export function patternSource(pattern: string): string {
  return pattern
    .split('/')
    .filter(Boolean)
    .map((segment, i) => {
      const slash = i === 0 ? '' : '/';
      if (!segment.startsWith(':')) return slash + escaped(segment);
      return segment.endsWith('?') ? `(?:${slash}[^/]+)?` : `${slash}[^/]+`;
    })
    .join('');
}

/**
 * The addresses the build prerenders: a prerendered page under any language, as the app links to
 * it, with no trailing slash; the home page as `/en/`, the prerender's start (the home page's
 * own `/en` links lead to the same page, already drawn).
 */
const PRERENDERED_PATH = new RegExp(`^/[a-z]{2,3}/(?:${PRERENDERED_PAGES.map((page) => patternSource(ROUTES[page])).join('|')})$`);

/** Whether the build prerenders the page at `pathname` (`/en/tasks/ca.sin`). */
export function isPrerenderedPath(pathname: string): boolean {
  return PRERENDERED_PATH.test(pathname);
}

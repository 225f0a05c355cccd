// The one place that says which headers the built app is served with: `npm start` applies these
// rules to every response, and the build writes them for static hosts (`_headers`, and the nginx
// and Caddy examples in docs/deploy/). A change here reaches every host at the next build.
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';

/** What a build holds that the rules depend on (read by scripts/hosting/buildFacts.ts). */
export interface BuildFacts {
  /** Origins other than the app's own that the browser fetches from: portals, report addresses, a snapshot. */
  connectOrigins: string[];
  /** `'sha256-…'` of every inline script a page of this build may run. */
  scriptHashes: string[];
  /** `'sha256-…'` of every inline `<style>` a page of this build may hold. */
  styleHashes: string[];
}

/** Hashed file names: a changed file is a new address, so a copy kept for a year is never stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but asked about every time (ETag): an update is seen at the next visit, and costs a 304 when nothing changed. */
export const REVALIDATE = 'no-cache';

export interface CacheRule {
  /** Paths as `_headers` writes them: an exact path, or a prefix ending in `*`. */
  paths: string[];
  cacheControl: string;
  why: string;
}

/** First match wins; a path no rule names is revalidated (`DEFAULT_CACHE`). */
export const CACHE_RULES: CacheRule[] = [
  { paths: ['/assets/*'], cacheControl: IMMUTABLE, why: 'The build names these files by their content.' },
  {
    paths: ['/', '/index.html', ...UI_LANGUAGES.flatMap((language) => [`/${language}`, `/${language}/*`])],
    cacheControl: REVALIDATE,
    why: 'Pages name the assets of one build: an old page would ask for files a new deploy removed.',
  },
  { paths: ['/sw.js'], cacheControl: REVALIDATE, why: 'The service worker: a cached copy would hide every update.' },
  { paths: ['/portals.json'], cacheControl: REVALIDATE, why: 'The sources; deployers edit it between builds.' },
  { paths: ['/manifest.webmanifest'], cacheControl: REVALIDATE, why: 'Names the app and its icons; not hashed.' },
  { paths: ['/snapshot/*'], cacheControl: REVALIDATE, why: 'The content snapshot (npm run ingest), replaced every night.' },
];
/** Icons, the favicon, the published JSON schema: not hashed, so revalidated too. */
export const DEFAULT_CACHE = REVALIDATE;

/**
 * The type of each kind of file the build holds. A module script or a service worker with another
 * type does not run under `nosniff`, and a manifest with another is ignored: some hosts know no
 * `.webmanifest`, and older ones send scripts as `application/javascript`.
 */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Extensions that mark an address as a file: a missing one is answered 404, never with the app
 * shell (which a browser would then try to run as a script or read as data). Any other address
 * is a page, dots included: step ids such as `ca.sin` have them. Mirrors src/sw.ts.
 */
export const FILE_EXTENSIONS = ['js', 'mjs', 'css', 'json', 'png', 'svg', 'ico', 'webmanifest', 'txt', 'xml', 'map', 'ics', 'br', 'gz', 'woff2'];

/** Only the app itself may use the location; nothing on the page may use these at all. */
const PERMISSIONS = ['geolocation=(self)', ...['camera', 'microphone', 'payment', 'usb', 'serial', 'hid', 'midi', 'display-capture'].map((feature) => `${feature}=()`)];

export function contentSecurityPolicy(facts: BuildFacts): string {
  const list = (...sources: string[]) => sources.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    // The inline starters of the pages (the page preloads, the prerendered pages' starter), by hash.
    ['script-src', list("'self'", ...facts.scriptHashes)],
    // The prerendered pages carry their stylesheets inline, by hash. No style attribute is allowed:
    // the app sets none, and the feeds' HTML may not.
    ['style-src', list("'self'", ...facts.styleHashes)],
    ['img-src', "'self'"],
    ['connect-src', list("'self'", ...facts.connectOrigins)],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Sent with every response, files, pages and errors alike. */
export function securityHeaders(facts: BuildFacts): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(facts),
    'X-Content-Type-Options': 'nosniff',
    // Addresses hold a person's municipality, a step, a postal code searched for: none is sent on.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS.join(', '),
  };
}

/** Whether `pattern` (exact, or a prefix ending in `*`) names `path`. */
export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

export function cacheControlFor(path: string): string {
  return CACHE_RULES.find((rule) => rule.paths.some((pattern) => matches(pattern, path)))?.cacheControl ?? DEFAULT_CACHE;
}

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function contentTypeFor(path: string): string | undefined {
  return CONTENT_TYPES[extensionOf(path)];
}

/** A missing address that must be answered 404 rather than with the app shell. */
export function isFileAddress(path: string): boolean {
  return path.startsWith('/assets/') || FILE_EXTENSIONS.includes(extensionOf(path).slice(1));
}

/** Every header the rules give the response at `path` (without its query). */
export function headersFor(path: string, facts: BuildFacts): Record<string, string> {
  const type = contentTypeFor(path);
  return { ...securityHeaders(facts), 'Cache-Control': cacheControlFor(path), ...(type ? { 'Content-Type': type } : {}) };
}

// The one place that says which headers the built app is served with: `npm start` applies these
// rules to every response, and the build writes them for static hosts (`_headers`, and the nginx
// and Caddy examples in docs/deploy/). A change here reaches every host at the next build.
//
// Two kinds of response: every one gets `nosniff`, its cache rule and its type; documents (pages,
// the app shell, the workers' scripts) also get the policies, which only take effect there.
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

/**
 * The page a host answers `/` with: the splash page (a door in each UI language), prerendered
 * beside the app shell, which stays `index.html` because every other page address is drawn from it.
 */
export const SPLASH_FILE = 'splash.html';

/** The addresses of the app's pages: the shell, and everything under a UI language (prerendered or not). */
export const PAGE_PATHS = ['/', '/index.html', ...UI_LANGUAGES.flatMap((language) => [`/${language}`, `/${language}/*`])];

/**
 * The scripts the app starts workers from. A worker's policy comes from its own script's response,
 * not from the page that starts it: without one here it could fetch from anywhere. Vite names a
 * worker's script after its source (src/features/preview/validate.worker.ts,
 * src/shared/portals/loadPortal.worker.ts), then its hash.
 */
export const WORKER_SCRIPTS = ['/sw.js', '/assets/validate.worker-*', '/assets/loadPortal.worker-*'];

/** First match wins; a path no rule names is revalidated (`DEFAULT_CACHE`). */
export const CACHE_RULES: CacheRule[] = [
  { paths: ['/assets/*'], cacheControl: IMMUTABLE, why: 'The build names these files by their content.' },
  {
    paths: PAGE_PATHS,
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

/**
 * Sent with every response, files, pages and errors alike: a script, a stylesheet or data is
 * protected by its type being believed, not by the policies (which it cannot carry out).
 */
export function everyResponseHeaders(): Record<string, string> {
  return { 'X-Content-Type-Options': 'nosniff' };
}

/**
 * Sent with documents only (`isDocument`, `isDocumentResponse`). CSP and Permissions-Policy are
 * enforced for documents and workers only, and Referrer-Policy governs what a document or a worker
 * fetches: on a module, a stylesheet or JSON they would be about 1 KB on each response (the CSP
 * carries the build's hashes), some 90 of them in a phone's offline download, for nothing.
 */
export function documentHeaders(facts: BuildFacts): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(facts),
    // Addresses hold a person's municipality, a step, a postal code searched for: none is sent on.
    'Referrer-Policy': 'no-referrer',
    // Harmless on a worker's script, where only some features apply: one rule for all documents.
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

function isWorkerScript(path: string): boolean {
  return WORKER_SCRIPTS.some((pattern) => matches(pattern, path));
}

/**
 * Whether the response at `path` is a document, by its address (all a static host's rules see):
 * a page address, any other address that is not a file (a host answers it with a page or the
 * app shell), an `.html` file wherever it is, and a worker's script. A server that sees the
 * response can tell by its type instead (`isDocumentResponse`).
 */
export function isDocument(path: string): boolean {
  return (
    isWorkerScript(path) || extensionOf(path) === '.html' || PAGE_PATHS.some((pattern) => matches(pattern, path)) || !isFileAddress(path)
  );
}

/**
 * Whether a response is a document, by what it is: HTML at whatever address (a page, the app
 * shell, an HTML error), or a worker's script. What `npm start` goes by: a mock portal's JSON
 * at an address with no extension is data, as a real portal's would be.
 */
export function isDocumentResponse(path: string, contentType: string | undefined): boolean {
  return isWorkerScript(path) || /^text\/html\b/i.test(contentType ?? '');
}

/** Every header the rules give the response at `path` (without its query). */
export function headersFor(path: string, facts: BuildFacts): Record<string, string> {
  const type = contentTypeFor(path);
  return {
    ...everyResponseHeaders(),
    ...(isDocument(path) ? documentHeaders(facts) : {}),
    'Cache-Control': cacheControlFor(path),
    ...(type ? { 'Content-Type': type } : {}),
  };
}

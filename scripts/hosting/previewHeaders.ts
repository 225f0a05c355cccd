// The rules on `npm start` (Vite's preview server, vite.config.ts): every response gets the same
// headers a static host sends from `_headers`, and a missing file is a 404 as it is there.
import { statSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { readBuildFacts } from './buildFacts.ts';
import {
  cacheControlFor,
  contentTypeFor,
  DEFAULT_CACHE,
  documentHeaders,
  everyResponseHeaders,
  isDocumentResponse,
  isFileAddress,
  SPLASH_FILE,
  type BuildFacts,
} from './headerRules.ts';

type Next = (error?: unknown) => void;

const pathOf = (request: IncomingMessage) => (request.url ?? '/').split(/[?#]/)[0] ?? '/';

/**
 * The build's facts, read again when the build changes under the running server (a new build,
 * an edited portals.json), and not at every request.
 */
function buildFactsOf(outDir: string): () => BuildFacts {
  let read: { stamp: string; facts: BuildFacts } | undefined;
  return () => {
    const stamp = ['index.html', 'portals.json', 'assets']
      .map((name) => statSync(join(outDir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0)
      .join(':');
    if (read?.stamp !== stamp) read = { stamp, facts: readBuildFacts(outDir) };
    return read.facts;
  };
}

/** The Content-Type a response goes out with: set on it, or given to `writeHead` (as sirv does). */
function typeOf(response: ServerResponse, given: (OutgoingHttpHeaders | OutgoingHttpHeader[] | string | undefined)[]): string | undefined {
  for (const headers of given) {
    if (Array.isArray(headers)) {
      // A flat list: name, value, name, value…
      const at = headers.findIndex((entry, index) => index % 2 === 0 && String(entry).toLowerCase() === 'content-type');
      if (at >= 0) return String(headers[at + 1]);
    } else if (headers && typeof headers === 'object') {
      const name = Object.keys(headers).find((key) => key.toLowerCase() === 'content-type');
      if (name) return String(headers[name]);
    }
  }
  const type = response.getHeader('Content-Type');
  return type === undefined ? undefined : String(type);
}

/**
 * Calls `decide` just before the response's headers go out, when its type is known: Node sends
 * them through `writeHead`, called or implied (by the first write or `end`).
 */
function beforeHeaders(response: ServerResponse, decide: (type: string | undefined) => void): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    if (!response.headersSent) decide(typeOf(response, args.slice(1) as Parameters<typeof typeOf>[1]));
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

export function previewHeaders(outDir: string) {
  const facts = buildFactsOf(outDir);
  return {
    /**
     * First of all middlewares: `nosniff` and the cache rule for files, pages, mocks and errors;
     * the policies for documents, told by the response itself: a page the SPA fallback answers
     * with the shell is HTML though its address has no .html.
     */
    rules(request: IncomingMessage, response: ServerResponse, next: Next): void {
      const path = pathOf(request);
      for (const [name, value] of Object.entries(everyResponseHeaders())) response.setHeader(name, value);
      response.setHeader('Cache-Control', cacheControlFor(path));
      beforeHeaders(response, (type) => {
        if (!isDocumentResponse(path, type)) return;
        for (const [name, value] of Object.entries(documentHeaders(facts()))) response.setHeader(name, value);
      });
      next();
    },
    /** `/` is answered with the splash page when the build has one (as the host configurations do). */
    splash(request: IncomingMessage, _response: ServerResponse, next: Next): void {
      const [path, query] = (request.url ?? '/').split(/(?=[?#])/);
      if (path === '/' && statSync(join(outDir, SPLASH_FILE), { throwIfNoEntry: false })?.isFile()) request.url = `/${SPLASH_FILE}${query ?? ''}`;
      next();
    },
    /** For the files of the build only: what a mock portal answers keeps its own type. */
    fileHeaders(response: ServerResponse, path: string): void {
      const type = contentTypeFor(path);
      if (type) response.setHeader('Content-Type', type);
      response.setHeader('Cache-Control', cacheControlFor(path));
    },
    /** After the build's files: a file not among them is missing; anything else is a page for the shell. */
    notFound(request: IncomingMessage, response: ServerResponse, next: Next): void {
      const path = pathOf(request);
      if (!isFileAddress(path) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
      response.statusCode = 404;
      // Not the year an asset is kept for: the file may be deployed a moment later.
      response.setHeader('Cache-Control', DEFAULT_CACHE);
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(request.method === 'HEAD' ? undefined : `Not found: ${path}\n`);
    },
  };
}

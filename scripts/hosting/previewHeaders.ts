// The rules on `npm start` (Vite's preview server, vite.config.ts): every response gets the same
// headers a static host sends from `_headers`, and a missing file is a 404 as it is there.
import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { readBuildFacts } from './buildFacts.ts';
import { cacheControlFor, contentTypeFor, DEFAULT_CACHE, isFileAddress, securityHeaders, type BuildFacts } from './headerRules.ts';

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

export function previewHeaders(outDir: string) {
  const facts = buildFactsOf(outDir);
  return {
    /** First of all middlewares: the security headers and the cache rule, for files, pages, mocks and errors. */
    rules(request: IncomingMessage, response: ServerResponse, next: Next): void {
      const path = pathOf(request);
      for (const [name, value] of Object.entries(securityHeaders(facts()))) response.setHeader(name, value);
      response.setHeader('Cache-Control', cacheControlFor(path));
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

// The rules as a `_headers` file: the format of Netlify and Cloudflare Pages (and of hosts that
// copied it), read from the root of the deployed folder and never served.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE_RULES,
  CONTENT_TYPES,
  contentTypeFor,
  DEFAULT_CACHE,
  documentHeaders,
  everyResponseHeaders,
  extensionOf,
  matches,
  PAGE_PATHS,
  WORKER_SCRIPTS,
  type BuildFacts,
} from './headerRules.ts';
import { REDIRECTS_FILE } from './redirectsFile.ts';

export const HEADERS_FILE = '_headers';

/** Entries of a build no host should be asked to add headers to (or that are not served). */
const NOT_SERVED = new Set(['.vite', HEADERS_FILE, REDIRECTS_FILE]);

/**
 * The top-level files and folders of the build in `outDir` that no cache rule names, as path
 * patterns: `_headers` adds the headers of every block that matches, so the default cannot be
 * one `/*` block beside `/assets/*` and must be given to each of them.
 */
export function unnamedEntries(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  const named = (path: string) => CACHE_RULES.some((rule) => rule.paths.some((pattern) => matches(pattern, path)));
  return readdirSync(outDir)
    .filter((name) => !NOT_SERVED.has(name) && !/\.(?:br|gz)$/.test(name))
    .map((name) => (statSync(join(outDir, name)).isDirectory() ? `/${name}/*` : `/${name}`))
    .filter((pattern) => !named(pattern.replace(/\*$/, '')))
    .sort();
}

interface Block {
  path: string;
  why?: string;
  headers: Record<string, string>;
}

/**
 * The patterns that name documents, as `_headers` can say it: the page addresses, the workers'
 * scripts and the build's other top-level `.html` files. It cannot say "every address that is not
 * a file", so an address outside the language folders that a host answers with the shell (Cloudflare
 * Pages does, with no 404.html) goes without the policies: the app has no page there.
 */
export function documentPatterns(otherEntries: string[]): string[] {
  return [...new Set([...PAGE_PATHS, ...WORKER_SCRIPTS, ...otherEntries.filter((path) => extensionOf(path) === '.html')])];
}

/** Every block of the file, one per path: no header is set by two blocks that match one path. */
export function headerBlocks(facts: BuildFacts, otherEntries: string[]): Block[] {
  const blocks: Block[] = [{ path: '/*', why: 'Every response.', headers: everyResponseHeaders() }];
  const cacheBlocks = [
    ...CACHE_RULES.flatMap((rule) => rule.paths.map((path) => ({ path, why: rule.why, cacheControl: rule.cacheControl }))),
    ...otherEntries.map((path) => ({ path, why: 'Not hashed: revalidated.', cacheControl: DEFAULT_CACHE })),
  ];
  for (const { path, why, cacheControl } of cacheBlocks) {
    // A folder holds files of several types: the host's own types (right for these) are kept.
    const type = path.endsWith('*') ? undefined : contentTypeFor(path);
    blocks.push({ path, why, headers: { 'Cache-Control': cacheControl, ...(type ? { 'Content-Type': type } : {}) } });
  }
  // A snapshot is JSON only, and some hosts send an unknown file as text/plain.
  const snapshot = blocks.find((block) => block.path === '/snapshot/*');
  if (snapshot) snapshot.headers['Content-Type'] = CONTENT_TYPES['.json'] ?? 'application/json';
  // The policies, in the block of the same path where there is one (the pages, sw.js). No two
  // document patterns match one path, so no policy is sent twice (a host would join the copies).
  for (const path of documentPatterns(otherEntries)) {
    const block = blocks.find((candidate) => candidate.path === path);
    if (block) Object.assign(block.headers, documentHeaders(facts));
    else blocks.push({ path, why: "A worker's script: its policy comes from its own response, not from the page's.", headers: documentHeaders(facts) });
  }
  return blocks;
}

export function headersFile(facts: BuildFacts, otherEntries: string[]): string {
  const lines = [
    '# The headers of this build, written by `npm run build` from scripts/hosting/headerRules.ts:',
    '# edit the rules there, not this file. Read by Netlify and Cloudflare Pages, never served.',
    '# A path gets the headers of every block that matches it, so each header is set by one block.',
    '# The policies (Content-Security-Policy, Referrer-Policy, Permissions-Policy) are on documents',
    '# only, the pages and the workers\' scripts: elsewhere they do nothing and cost bytes.',
  ];
  let why: string | undefined;
  for (const block of headerBlocks(facts, otherEntries)) {
    if (block.why !== why) lines.push('', `# ${block.why}`);
    why = block.why;
    lines.push(block.path, ...Object.entries(block.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

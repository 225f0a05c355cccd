import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caddyfile } from './caddyfile';
import {
  CACHE_RULES,
  CONTENT_TYPES,
  contentSecurityPolicy,
  documentHeaders,
  everyResponseHeaders,
  headersFor,
  isDocument,
  isFileAddress,
  matches,
  type BuildFacts,
} from './headerRules';
import { headerBlocks, headersFile, unnamedEntries } from './headersFile';
import { nginxConf } from './nginxConf';

const facts: BuildFacts = {
  connectOrigins: ['https://api.example.ca'],
  scriptHashes: ["'sha256-c2NyaXB0='"],
  styleHashes: ["'sha256-c3R5bGU='"],
};
const SAMPLE_PATHS = [
  '/',
  '/index.html',
  '/en',
  '/en/tasks/ca.sin',
  '/fr/',
  '/en/tasks/ca.sin/index.html',
  '/assets/index-abc.js',
  '/assets/shared-abc.css',
  '/assets/validate.worker-abc.js',
  '/sw.js',
  '/portals.json',
  '/manifest.webmanifest',
  '/snapshot/catalogues/ottawa.json',
  '/favicon.svg',
  '/icons/icon-192.png',
  '/schema/newcomer-feed-1.0.schema.json',
  '/404.html',
];
const OTHERS = ['/404.html', '/favicon.svg', '/icons/*', '/schema/*'];
const HEADERS = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control'];
const POLICIES = ['Content-Security-Policy', 'Referrer-Policy', 'Permissions-Policy'];
/** The new contract in a few addresses: data and code carry nosniff only, documents the policies too. */
const NOT_DOCUMENTS = ['/assets/index-abc.js', '/snapshot/catalogues/ottawa.json', '/portals.json'];
const DOCUMENTS = ['/', '/en/tasks/ca.sin', '/sw.js'];

/** What a host that reads `_headers` sends: the headers of every block that matches, together. */
function served(path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const block of headerBlocks(facts, OTHERS)) {
    if (!matches(block.path, path)) continue;
    for (const [name, value] of Object.entries(block.headers)) headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}

describe('_headers', () => {
  it.each(SAMPLE_PATHS)('gives %s each header of the rules exactly once, and no other', (path) => {
    const headers = served(path);
    for (const [name, values] of headers) expect(values, name).toHaveLength(1);
    const expected = headersFor(path, facts);
    for (const name of HEADERS) {
      const value = expected[name];
      expect(headers.get(name), `${path} ${name}`).toEqual(value === undefined ? undefined : [value]);
    }
    const type = headers.get('Content-Type');
    if (type) expect(type).toEqual([expected['Content-Type']]);
  });

  it.each(NOT_DOCUMENTS)('gives %s nosniff and none of the policies', (path) => {
    const headers = served(path);
    expect(headers.get('X-Content-Type-Options')).toEqual(['nosniff']);
    for (const name of POLICIES) expect(headers.get(name), name).toBeUndefined();
  });

  it.each(DOCUMENTS)('gives %s the policies', (path) => {
    expect(served(path).get('Content-Security-Policy')).toEqual([contentSecurityPolicy(facts)]);
    expect(served(path).get('X-Content-Type-Options')).toEqual(['nosniff']);
  });

  it('cannot say “not a file”: an address outside the pages gets nosniff only, where the app has no page', () => {
    expect(served('/elsewhere').get('X-Content-Type-Options')).toEqual(['nosniff']);
    expect(served('/elsewhere').get('Content-Security-Policy')).toBeUndefined();
  });

  it('is one line per header, under its path', () => {
    const text = headersFile(facts, OTHERS);
    expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n\n');
    expect(text).toContain(`/\n  Cache-Control: no-cache\n  Content-Security-Policy: ${contentSecurityPolicy(facts)}\n`);
    expect(text).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n\n');
    expect(text.match(/^ {2}Content-Security-Policy:/gm)).toHaveLength(headerBlocks(facts, OTHERS).filter((block) => 'Content-Security-Policy' in block.headers).length);
  });
});

describe('unnamedEntries', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the build’s top-level entries no rule names, so each still gets its cache rule', () => {
    dir = mkdtempSync(join(tmpdir(), 'nwd-headers-'));
    for (const folder of ['assets', 'icons', 'en', 'snapshot', '.vite']) mkdirSync(join(dir, folder));
    for (const file of ['index.html', 'index.html.br', 'sw.js', 'favicon.svg', 'portals.json', '_headers']) writeFileSync(join(dir, file), '');
    expect(unnamedEntries(dir)).toEqual(['/favicon.svg', '/icons/*']);
  });
});

/** The headers the rules give, without what depends on a build (hashes, origins). */
function ruleValues(): string[] {
  const values = new Set<string>();
  const bare: BuildFacts = { connectOrigins: [], scriptHashes: [], styleHashes: [] };
  for (const value of Object.values({ ...everyResponseHeaders(), ...documentHeaders(bare) })) values.add(value);
  for (const rule of CACHE_RULES) values.add(rule.cacheControl);
  for (const type of Object.values(CONTENT_TYPES)) values.add(type.split(';')[0] ?? type);
  return [...values];
}

describe.each([
  ['nginx.conf', nginxConf],
  ['Caddyfile', caddyfile],
])('docs/deploy/%s', (name, write) => {
  const committed = readFileSync(join('docs/deploy', name), 'utf8');
  // The committed example was written from one build: read back its hashes and origins.
  // Caddy names the header with its value; nginx gives it from a map (the policy for documents).
  const csp = /(?:Content-Security-Policy|\$no_wrong_door_content_security_policy \{\n\s+1) "([^"]+)"/.exec(committed)?.[1] ?? '';
  const sources = (directive: string) => new RegExp(`${directive} ([^;]+)`).exec(csp)?.[1]?.split(' ').slice(1) ?? [];
  const written: BuildFacts = { connectOrigins: sources('connect-src'), scriptHashes: sources('script-src'), styleHashes: sources('style-src') };

  it('carries every header of the rules', () => {
    for (const header of HEADERS) {
      expect(committed).toContain(header);
    }
    // Each directive as its first words: a build's hashes and origins follow them.
    for (const part of ruleValues().flatMap((value) => value.split('; '))) expect(committed, part).toContain(part);
  });

  it('is what the rules write today (npm run hosting writes it again)', () => {
    expect(committed).toBe(write(written));
  });

  it('writes a build’s hashes into its policy', () => {
    expect(write(facts)).toContain(contentSecurityPolicy(facts));
  });

  it('sends nosniff whatever the address', () => {
    expect(write(facts)).toMatch(name === 'nginx.conf' ? /^ {4}add_header X-Content-Type-Options "nosniff" always;$/m : /^\theader \{\n\t\tX-Content-Type-Options "nosniff"\n\t\}$/m);
  });
});

/** The address nginx's $uri holds once try_files is done: a page is an index.html, prerendered or the shell's. */
const nginxUri = (path: string) => (isFileAddress(path) || path.endsWith('.html') ? path : path === '/' ? '/index.html' : `${path.replace(/\/$/, '')}/index.html`);

/** The regexes of nginx's map that tells documents. */
function nginxDocumentExpressions(conf: string): RegExp[] {
  const map = /^map \$uri \$no_wrong_door_document \{\n([\s\S]*?)\n\}/m.exec(conf)?.[1] ?? '';
  return [...map.matchAll(/"~([^"]+)" 1;/g)].map(([, expression = '']) => new RegExp(expression.replace(/\\\\/g, '\\')));
}

/** Caddy's path matcher: `/x/*` a prefix, `*.js` a suffix, anything else exact. */
const caddyPath = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern.startsWith('*') ? path.endsWith(pattern.slice(1)) : path === pattern;

function caddyIsDocument(file: string, path: string): boolean {
  const patterns = (name: string) => new RegExp(`^\\t@${name} (not )?path (.+)$`, 'm').exec(file)?.slice(1) ?? [];
  const [documentNot, documentPaths = ''] = patterns('document');
  const [workerNot, workerPaths = ''] = patterns('worker');
  expect(documentNot).toBe('not ');
  expect(workerNot).toBeUndefined();
  const any = (list: string) => list.split(' ').some((pattern) => caddyPath(pattern, path));
  return !any(documentPaths) || any(workerPaths);
}

describe('the policies on nginx and Caddy', () => {
  const conf = nginxConf(facts);
  const file = caddyfile(facts);
  const paths = [...SAMPLE_PATHS, '/elsewhere', '/en/tasks/zz.not-a-step'];

  it.each(paths)('%s: a document for each host exactly when it is one for the rules', (path) => {
    expect(nginxDocumentExpressions(conf).some((expression) => expression.test(nginxUri(path))), 'nginx').toBe(isDocument(path));
    expect(caddyIsDocument(file, path), 'Caddy').toBe(isDocument(path));
  });

  it('nginx sends each policy at the server level, from a map that is empty (not sent) for files', () => {
    for (const [name, value] of Object.entries(documentHeaders(facts))) {
      const variable = `$no_wrong_door_${name.toLowerCase().replace(/-/g, '_')}`;
      expect(conf).toContain(`\n    add_header ${name} ${variable} always;\n`);
      expect(conf).toContain(`map $no_wrong_door_document ${variable} {\n    1 "${value.replace(/["\\]/g, '\\$&')}";\n    default "";\n}`);
    }
    // A location that added a header of its own would drop these: none does.
    expect(conf.slice(conf.indexOf('error_page'))).not.toContain('add_header');
  });

  it('Caddy gives errors nosniff, and not the policies of a document', () => {
    const errors = /handle_errors \{([\s\S]*?)\n\t\}/.exec(file)?.[1] ?? '';
    expect(errors).toContain('X-Content-Type-Options "nosniff"');
    for (const name of POLICIES) expect(errors).not.toContain(name);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caddyfile } from './caddyfile';
import { CACHE_RULES, CONTENT_TYPES, contentSecurityPolicy, headersFor, matches, securityHeaders, type BuildFacts } from './headerRules';
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
  '/assets/index-abc.js',
  '/sw.js',
  '/portals.json',
  '/manifest.webmanifest',
  '/snapshot/catalogues/ottawa.json',
  '/favicon.svg',
  '/icons/icon-192.png',
];
const OTHERS = ['/favicon.svg', '/icons/*', '/schema/*'];

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
  it.each(SAMPLE_PATHS)('gives %s each header of the rules exactly once', (path) => {
    const headers = served(path);
    for (const [name, values] of headers) expect(values, name).toHaveLength(1);
    const expected = headersFor(path, facts);
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control']) {
      expect(headers.get(name), `${path} ${name}`).toEqual([expected[name]]);
    }
    const type = headers.get('Content-Type');
    if (type) expect(type).toEqual([expected['Content-Type']]);
  });

  it('is one line per header, under its path', () => {
    const text = headersFile(facts, OTHERS);
    expect(text).toContain(`/*\n  Content-Security-Policy: ${contentSecurityPolicy(facts)}\n`);
    expect(text).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
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
  for (const value of Object.values(securityHeaders(bare))) values.add(value);
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
  const csp = /Content-Security-Policy "([^"]+)"/.exec(committed)?.[1] ?? '';
  const sources = (directive: string) => new RegExp(`${directive} ([^;]+)`).exec(csp)?.[1]?.split(' ').slice(1) ?? [];
  const written: BuildFacts = { connectOrigins: sources('connect-src'), scriptHashes: sources('script-src'), styleHashes: sources('style-src') };

  it('carries every header of the rules', () => {
    for (const header of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control']) {
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
});

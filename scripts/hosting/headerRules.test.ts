import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFor, IMMUTABLE, isFileAddress, REVALIDATE, securityHeaders, type BuildFacts } from './headerRules';

const facts: BuildFacts = {
  connectOrigins: ['https://api.example.ca'],
  scriptHashes: ["'sha256-script='"],
  styleHashes: ["'sha256-style='"],
};

const directives = (policy: string) =>
  new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)] as const));

describe('the Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy(facts));

  it('runs only the app’s own scripts and the inline starters it names by hash', () => {
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-script='"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'sha256-style='"]);
    expect(contentSecurityPolicy(facts)).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('fetches from the app and the configured portals only', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://api.example.ca']);
    expect(directives(contentSecurityPolicy({ ...facts, connectOrigins: [] })).get('connect-src')).toEqual(["'self'"]);
  });

  it('cannot be framed, rebased, embedded or posted elsewhere', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('manifest-src')).toEqual(["'self'"]);
  });
});

describe('the other security headers', () => {
  const headers = securityHeaders(facts);

  it('stop sniffing and referrers, and let only the app use the location', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    const permissions = headers['Permissions-Policy']?.split(', ');
    expect(permissions).toContain('geolocation=(self)');
    expect(permissions).toEqual(expect.arrayContaining(['camera=()', 'microphone=()']));
  });
});

describe('the cache rule of each address', () => {
  it.each([
    ['/assets/index-C21MEW5g.js', IMMUTABLE],
    ['/assets/shared-CTC0WRhR.css', IMMUTABLE],
    ['/', REVALIDATE],
    ['/index.html', REVALIDATE],
    ['/en/', REVALIDATE],
    ['/fr/tasks/ca.sin', REVALIDATE],
    ['/sw.js', REVALIDATE],
    ['/portals.json', REVALIDATE],
    ['/manifest.webmanifest', REVALIDATE],
    ['/snapshot/catalogues/ottawa.json', REVALIDATE],
    ['/icons/icon-192.png', REVALIDATE],
  ])('%s: %s', (path, cacheControl) => {
    expect(headersFor(path, facts)['Cache-Control']).toBe(cacheControl);
  });

  it('gives every response the security headers, whatever its rule', () => {
    for (const path of ['/assets/x.js', '/en/', '/sw.js']) expect(headersFor(path, facts)).toMatchObject(securityHeaders(facts));
  });
});

describe('types', () => {
  it.each([
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/portals.json', 'application/json; charset=utf-8'],
    ['/sw.js', 'text/javascript; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
  ])('%s is %s', (path, type) => {
    expect(headersFor(path, facts)['Content-Type']).toBe(type);
  });

  it('leaves a page’s type to the server, which knows it is HTML', () => {
    expect(headersFor('/en/tasks/ca.sin', facts)['Content-Type']).toBeUndefined();
  });
});

describe('files and pages', () => {
  it('tells files by their extension or folder, not by any dot', () => {
    expect(isFileAddress('/assets/does-not-exist.js')).toBe(true);
    expect(isFileAddress('/assets/no-extension')).toBe(true);
    expect(isFileAddress('/missing.json')).toBe(true);
    expect(isFileAddress('/en/tasks/ca.sin')).toBe(false);
    expect(isFileAddress('/en/offices')).toBe(false);
    expect(isFileAddress('/')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  documentHeaders,
  everyResponseHeaders,
  headersFor,
  IMMUTABLE,
  isDocument,
  isDocumentResponse,
  isFileAddress,
  REVALIDATE,
  type BuildFacts,
} from './headerRules';

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
  const headers = { ...everyResponseHeaders(), ...documentHeaders(facts) };

  it('stop sniffing and referrers, and let only the app use the location', () => {
    expect(everyResponseHeaders()).toEqual({ 'X-Content-Type-Options': 'nosniff' });
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

});

const POLICIES = ['Content-Security-Policy', 'Referrer-Policy', 'Permissions-Policy'];

describe('which responses get the policies', () => {
  it.each([
    '/assets/index-C21MEW5g.js',
    '/assets/shared-CTC0WRhR.css',
    '/snapshot/catalogues/ottawa.json',
    '/snapshot/index.json',
    '/portals.json',
    '/manifest.webmanifest',
    '/favicon.svg',
    '/icons/icon-192.png',
    '/schema/newcomer-feed-1.0.schema.json',
    '/does-not-exist.json',
  ])('%s: nosniff, and none of the policies (they do nothing there)', (path) => {
    const headers = headersFor(path, facts);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    for (const name of POLICIES) expect(headers[name], name).toBeUndefined();
    expect(isDocument(path)).toBe(false);
  });

  it.each([
    ['/', 'the shell'],
    ['/index.html', 'the shell'],
    ['/en', 'a page'],
    ['/en/', 'a page'],
    ['/fr/tasks/ca.sin', 'a page (a step id has a dot, not an extension)'],
    ['/en/tasks/zz.not-a-step', 'the shell, for a page the build did not prerender'],
    ['/en/tasks/ca.sin/index.html', 'a prerendered page as a file'],
    ['/elsewhere', 'the shell, at an address no rule names'],
    ['/404.html', 'an HTML page'],
    ['/sw.js', 'the service worker'],
    ['/assets/validate.worker-BwH3ke5s.js', 'the publishers’ validator’s worker'],
  ])('%s (%s): nosniff and the policies', (path) => {
    expect(headersFor(path, facts)).toMatchObject({ ...everyResponseHeaders(), ...documentHeaders(facts) });
    expect(headersFor(path, facts)['Content-Security-Policy']).toBe(contentSecurityPolicy(facts));
  });

  it('tells a response it can see by its type: HTML anywhere, or a worker’s script', () => {
    expect(isDocumentResponse('/elsewhere', 'text/html;charset=utf-8')).toBe(true);
    expect(isDocumentResponse('/does-not-exist.json', 'text/html; charset=utf-8')).toBe(true);
    expect(isDocumentResponse('/sw.js', 'text/javascript; charset=utf-8')).toBe(true);
    expect(isDocumentResponse('/assets/index-C21MEW5g.js', 'text/javascript; charset=utf-8')).toBe(false);
    // A mock portal's data at an address with no extension is data.
    expect(isDocumentResponse('/portals/hsds/services', 'application/json')).toBe(false);
    expect(isDocumentResponse('/assets/missing.js', 'text/plain; charset=utf-8')).toBe(false);
    expect(isDocumentResponse('/en/', undefined)).toBe(false);
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

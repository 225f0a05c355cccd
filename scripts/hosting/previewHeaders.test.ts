import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildFacts } from './buildFacts';
import { contentSecurityPolicy } from './headerRules';
import { previewHeaders } from './previewHeaders';

// `npm start` tells a document by the response itself, whichever way the handler after the rules
// sends its headers: sirv gives them to writeHead, a mock sets them, Node sends them implicitly.
const HANDLERS: Record<string, (response: ServerResponse) => void> = {
  '/en/tasks/zz.not-a-step': (response) => {
    response.writeHead(200, { 'Content-Type': 'text/html;charset=utf-8' });
    response.end('<div id="root"></div>');
  },
  '/elsewhere': (response) => {
    response.writeHead(404, 'Not Found', ['Content-Type', 'text/html; charset=utf-8']);
    response.end('<h1>Not found</h1>');
  },
  '/': (response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<div id="root"></div>');
  },
  '/assets/index-abc.js': (response) => {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    response.end('export {};');
  },
  '/sw.js': (response) => {
    response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    response.end('self.skipWaiting();');
  },
  '/portals/hsds/services': (response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end('[]');
  },
};

let dir = '';
let server: Server;
let origin = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nwd-preview-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script>start()</script><div id="root"></div>');
  const headers = previewHeaders(dir);
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    headers.rules(request, response, () => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      const handler = HANDLERS[path];
      if (handler) handler(response);
      else headers.notFound(request, response, () => response.end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const POLICIES = ['content-security-policy', 'referrer-policy', 'permissions-policy'];

describe('npm start', () => {
  it.each(['/', '/en/tasks/zz.not-a-step', '/elsewhere', '/sw.js'])('gives %s, a document, nosniff and the policies', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(readBuildFacts(dir)));
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');
  });

  it.each(['/assets/index-abc.js', '/portals/hsds/services', '/assets/missing.js'])('gives %s nosniff and none of the policies', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    for (const name of POLICIES) expect(response.headers.get(name), name).toBeNull();
  });

  it('keeps each response’s cache rule', async () => {
    expect((await fetch(`${origin}/assets/index-abc.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${origin}/assets/missing.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${origin}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { ottawaFeed } from '../mocks/data/ottawa';
import { persistedQueryCount } from './offline';
import { snapshotURL } from './servers';

/** The build the live server serves (e2e/playwright.config.ts). */
const DIST = process.env.NWD_DIST ?? 'dist';

// The headers `npm start` sends are the ones the build writes for static hosts
// (scripts/hosting/headerRules.ts): nosniff and the cache rules on every response, and on
// documents (pages, the app shell, the workers' scripts) a strict Content-Security-Policy,
// Referrer-Policy and Permissions-Policy, which take effect there only.

/** The directives of a Content-Security-Policy, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

interface SourcesFile {
  portals: { url: string; enabled?: boolean; reports?: { url: string } }[];
  feedback?: { url: string };
  snapshot?: { url: string };
}

/** The origins, other than the app's, of the addresses the app fetches from: sources, reports, a snapshot. */
function configuredOrigins(config: SourcesFile): string[] {
  const addresses = [
    ...config.portals.filter((source) => source.enabled !== false).flatMap((source) => [source.url, source.reports?.url]),
    config.feedback?.url,
    config.snapshot?.url,
  ];
  const absolute = addresses.filter((address): address is string => /^https?:\/\//.test(address ?? ''));
  return [...new Set(absolute.map((address) => new URL(address.replaceAll('{lang}', 'en')).origin))];
}

const POLICIES = ['content-security-policy', 'referrer-policy', 'permissions-policy'];

/** What every response carries, a file's or an error's: its type is believed, never sniffed. */
function fileHeadersOf(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  // The policies do nothing on a script, a stylesheet or data: on each of them they were about 1 KB.
  for (const name of POLICIES) expect(headers[name], `${what}: ${name}`).toBeUndefined();
}

/** What a document carries: nosniff, and the policies. */
function documentHeadersOf(response: APIResponse, origins: string[]) {
  const headers = response.headers();
  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('default-src')).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts[0]).toBe("'self'");
  // Only the build's own inline starters, by hash: nothing inline or evaluated is allowed as such.
  for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
  for (const source of csp.get('style-src') ?? []) expect(source).toMatch(/^'self'$|^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
  expect(csp.get('connect-src')?.sort()).toEqual(["'self'", ...origins].sort());
  for (const [name, value] of [
    ['img-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
  ] as const) {
    expect(csp.get(name), name).toEqual([value]);
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const permissions = (headers['permissions-policy'] ?? '').split(/,\s*/);
  expect(permissions).toContain('geolocation=(self)');
  expect(permissions).toEqual(expect.arrayContaining(['camera=()', 'microphone=()']));
}

async function originsOf(request: APIRequestContext): Promise<string[]> {
  const config = await request.get('/portals.json');
  expect(config.status()).toBe(200);
  return configuredOrigins((await config.json()) as SourcesFile);
}

test('documents carry the policies, files and data nosniff only, and each its cache rule', async ({ request }) => {
  const origins = await originsOf(request);

  const page = await request.get('/en/');
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toMatch(/^text\/html/);
  documentHeadersOf(page, origins);
  expect(page.headers()['cache-control']).toBe('no-cache');

  const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(entry, 'the page names its entry script').toBeTruthy();
  const asset = await request.get(entry ?? '');
  expect(asset.status()).toBe(200);
  fileHeadersOf(asset, 'the entry script');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toMatch(/^text\/javascript/);

  // Every worker script the build holds (Vite names each after its source, `*.worker.ts`) carries
  // the policies: a worker's come from its own script's response, not from the page that starts it.
  const workers = readdirSync(join(DIST, 'assets')).filter((name) => /\.worker-[\w-]+\.js$/.test(name));
  expect(workers.length).toBeGreaterThan(0);
  for (const name of workers) documentHeadersOf(await request.get(`/assets/${name}`), origins);

  for (const [path, type, document] of [
    ['/portals.json', /^application\/json/, false],
    // A service worker's policy comes from its own script's response, not from the page.
    ['/sw.js', /^text\/javascript/, true],
    ['/manifest.webmanifest', /^application\/manifest\+json/, false],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    if (document) documentHeadersOf(response, origins);
    else fileHeadersOf(response, path);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(response.headers()['content-type'], path).toMatch(type);
    // no-cache means "ask again": the answer to asking again is a 304 with no body.
    const etag = response.headers()['etag'];
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status(), path).toBe(304);
  }

  // The mock portals' answers come through the same server: data, as a real portal's would be.
  fileHeadersOf(await request.get('/portals/canada/newcomer-feed.json'), 'a mock portal’s feed');
});

test('a deployed snapshot’s data carries nosniff and not the policies', async ({ request }) => {
  const snapshot = await request.get(`${snapshotURL}/snapshot/municipalities.json`);
  expect(snapshot.status()).toBe(200);
  expect(snapshot.headers()['content-type']).toMatch(/^application\/json/);
  expect(snapshot.headers()['cache-control']).toBe('no-cache');
  fileHeadersOf(snapshot, 'the snapshot’s municipalities.json');
});

test('a missing file is a 404, while a page address still opens the app', async ({ request }) => {
  for (const path of ['/assets/does-not-exist.js', '/assets/does-not-exist.css', '/does-not-exist.json']) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()['content-type'], path).toMatch(/^text\/plain/);
    expect(await missing.text(), path).not.toContain('<div id="root">');
    // Not kept for a year: the file may be deployed a moment later.
    expect(missing.headers()['cache-control'], path).toBe('no-cache');
    fileHeadersOf(missing, path);
  }
  // Step ids have dots; their pages are pages, prerendered or not: an address the build has no
  // page for is answered with the app shell, a document like any other.
  const origins = await originsOf(request);
  for (const path of ['/en/tasks/ca.sin', '/en/tasks/zz.not-a-step', '/en/offices', '/elsewhere']) {
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    expect(await page.text(), path).toContain('<div id="root"');
    documentHeadersOf(page, origins);
  }
});

/** Records what the policies refuse, from before the page's first script runs. */
async function watchPolicies(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __refused: string[] }).__refused = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/content.security.policy|permissions.policy|refused to/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

const refusedInPage = (page: Page) => page.evaluate(() => (window as unknown as { __refused?: string[] }).__refused ?? []);

const PAGES = ['/en/', '/fr/', '/en/tasks/ca.sin', '/en/journey', '/en/offices', '/en/where-to-settle', '/en/preview'];

for (const path of PAGES) {
  test(`${path} runs under the policy without a refusal`, async ({ page }) => {
    const refused = await watchPolicies(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The app has started (it saves the page's content on the device), not just the page's HTML.
    await expect.poll(() => persistedQueryCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect([...refused, ...(await refusedInPage(page))]).toEqual([]);
  });
}

test('the publishers’ preview validates a feed in its worker without a refusal', async ({ page, request }) => {
  const refused = await watchPolicies(page);
  await page.goto('/en/preview');
  // A worker's policy comes from its own script's response, not from the page that starts it.
  const workerScript = page.waitForResponse((response) => /\/assets\/validate\.worker-[^/]+\.js$/.test(new URL(response.url()).pathname));
  await page.getByLabel('Or paste the content of your feed').fill(JSON.stringify(ottawaFeed));
  await page.getByRole('button', { name: 'Check the pasted feed' }).click();
  await expect(page.locator('.report').getByRole('heading', { name: 'Report on the pasted feed' })).toBeFocused();
  expect([...refused, ...(await refusedInPage(page))]).toEqual([]);
  documentHeadersOf(await request.get(new URL((await workerScript).url()).pathname), await originsOf(request));
});

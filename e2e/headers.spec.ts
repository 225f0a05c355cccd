import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { ottawaFeed } from '../mocks/data/ottawa';

// The headers `npm start` sends are the ones the build writes for static hosts
// (scripts/hosting/headerRules.ts): a strict Content-Security-Policy and the cache rules.

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

async function securityHeadersOf(response: APIResponse, origins: string[]) {
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

test('every response carries the security headers and its cache rule', async ({ request }) => {
  const config = await request.get('/portals.json');
  expect(config.status()).toBe(200);
  const origins = configuredOrigins((await config.json()) as SourcesFile);

  const page = await request.get('/en/');
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toMatch(/^text\/html/);
  await securityHeadersOf(page, origins);
  expect(page.headers()['cache-control']).toBe('no-cache');

  const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(entry, 'the page names its entry script').toBeTruthy();
  const asset = await request.get(entry ?? '');
  expect(asset.status()).toBe(200);
  await securityHeadersOf(asset, origins);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toMatch(/^text\/javascript/);

  for (const [path, type] of [
    ['/portals.json', /^application\/json/],
    ['/sw.js', /^text\/javascript/],
    ['/manifest.webmanifest', /^application\/manifest\+json/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    await securityHeadersOf(response, origins);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(response.headers()['content-type'], path).toMatch(type);
    // no-cache means "ask again": the answer to asking again is a 304 with no body.
    const etag = response.headers()['etag'];
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status(), path).toBe(304);
  }

  // The mock portals' answers come through the same server, with the same policy.
  await securityHeadersOf(await request.get('/portals/canada/newcomer-feed.json'), origins);
});

test('a missing file is a 404, while a page address still opens the app', async ({ request }) => {
  for (const path of ['/assets/does-not-exist.js', '/assets/does-not-exist.css', '/does-not-exist.json']) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()['content-type'], path).toMatch(/^text\/plain/);
    expect(await missing.text(), path).not.toContain('<div id="root">');
    // Not kept for a year: the file may be deployed a moment later.
    expect(missing.headers()['cache-control'], path).toBe('no-cache');
    expect(missing.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  // Step ids have dots; their pages are pages, prerendered or not.
  for (const path of ['/en/tasks/ca.sin', '/en/tasks/zz.not-a-step', '/en/offices']) {
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    expect(await page.text(), path).toContain('<div id="root"');
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
    // The app has started: a prerendered page's controls wait, disabled, until it has.
    await expect(page.locator('[data-until-app]')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect([...refused, ...(await refusedInPage(page))]).toEqual([]);
  });
}

test('the publishers’ preview validates a feed in its worker without a refusal', async ({ page }) => {
  const refused = await watchPolicies(page);
  await page.goto('/en/preview');
  await page.getByLabel('Or paste the content of your feed').fill(JSON.stringify(ottawaFeed));
  await page.getByRole('button', { name: 'Check the pasted feed' }).click();
  await expect(page.locator('.report').getByRole('heading', { name: 'Report on the pasted feed' })).toBeFocused();
  expect([...refused, ...(await refusedInPage(page))]).toEqual([]);
});

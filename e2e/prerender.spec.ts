import { expect, test } from '@playwright/test';
import { englishTitle, itemById } from './catalogue';
import { persistedQueryCount, waitUntilOfflineReady } from './offline';
import { snapshotURL } from './servers';

// Pages a first visitor opens are rendered by React at build time (scripts/prerender.ts): they
// read before any JavaScript runs, and the app hydrates them as they stand once it has.

test.describe('before the app’s code has run', () => {
  test.use({ javaScriptEnabled: false });

  test('a task page reads in full, styled, with who is responsible', async ({ page }) => {
    await page.goto('/en/tasks/on.ohip');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle('on.ohip'));
    await expect(page.locator('.responsible')).toContainText('Government of Ontario');
    await expect(page.getByText(/^Date modified:/)).toBeVisible();
    await expect(page).toHaveTitle(`${englishTitle('on.ohip')} – No Wrong Door`);
    // Styled from the page itself: the header has the brand's colour, not the browser's white.
    const header = await page.locator('header').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(header).not.toBe('rgba(0, 0, 0, 0)');
    // The search works without the app too: the browser sends it to the search page.
    const search = page.getByRole('searchbox', { name: 'Search No Wrong Door' });
    await search.fill('health card');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=health\+card$/);
  });

  test('a French page is in French, and its links lead to other pages', async ({ page }) => {
    await page.goto('/fr/tasks/on.ohip');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(itemById('on.ohip').title.fr ?? '');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/tasks\/on\.ohip$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle('on.ohip'));
  });
});

test('a prerendered page becomes the working app, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/en/tasks/on.ohip');
  const search = page.getByRole('searchbox', { name: 'Search No Wrong Door' });
  await expect(search).toBeEnabled();
  await search.fill('health card');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=health/);
  await expect(page.getByRole('link', { name: englishTitle('on.ohip') })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a prerendered page downloads none of the stylesheets it carries inline', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet' || request.url().endsWith('.css')) stylesheets.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/tasks/on.ohip');
  // The app has run, its page's code loaded, once it saves the page's content on the device.
  await expect.poll(() => persistedQueryCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(page.getByRole('searchbox', { name: 'Search No Wrong Door' })).toBeEnabled();
  expect(stylesheets).toEqual([]);
  // Still styled: the header keeps the dark band of the inlined stylesheet.
  await expect(page.locator('.site-header')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

// React adopts a page only where the browser's first render matches the build's; where it does
// not, it draws that part again and says so (src/main.tsx). Every kind of prerendered page matches.
const PRERENDERED = ['/', '/en/', '/fr/', '/en/news', '/fr/topics/health', '/en/tasks/ca.sin', '/fr/tasks/on.ohip', '/en/services', '/fr/services/who-does-what', '/en/journey/before', '/fr/journey/settle'];
const FROM_SNAPSHOT = ['/en/', '/fr/tasks/on.ohip', '/en/services'].map((path) => `${snapshotURL}${path}`);
for (const path of [...PRERENDERED, ...FROM_SNAPSHOT]) {
  test(`${path}: the app adopts the prerendered page as it stands`, async ({ page }) => {
    const complaints: string[] = [];
    page.on('pageerror', (error) => complaints.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.text().includes('prerendered page was redrawn')) complaints.push(message.text());
    });
    await page.goto(path);
    const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
    // The app has run once it saves the page's content on the device; on `/` it has none to save.
    if (path === '/') await page.waitForLoadState('networkidle');
    else await expect.poll(() => persistedQueryCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading ?? '');
    expect(complaints).toEqual([]);
  });
}

test('the app takes over the page as it stands: what was typed, and focus, stay; no portal is waited for', async ({ page }) => {
  // The app's code arrives late, as on a slow phone; the portals never answer (a refresh waits forever).
  await page.route(/\/portals(\.json|\/)/, () => undefined);
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/en/tasks/on.ohip');
  const search = page.getByRole('searchbox', { name: 'Search No Wrong Door' });
  await search.pressSequentially('health');
  // The app has run once it saves the page's content on the device.
  await expect.poll(() => persistedQueryCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('health');
  await search.press('Enter');
  // Searched in the app, from the content the page came with, while no portal has answered.
  await expect(page).toHaveURL(/\/en\/search\?q=health$/);
  await expect(page.getByRole('link', { name: englishTitle('on.ohip') })).toBeVisible();
});

test('a filter chosen before the app has run is applied once it has', async ({ page }) => {
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/en/services');
  const count = page.locator('.result-count');
  const everything = await count.textContent();
  await page.getByLabel('Responsible government').selectOption('provincial');
  // The app applies it as if chosen now: in the address, and in the list.
  await expect(page).toHaveURL(/jurisdiction=provincial/, { timeout: 15_000 });
  await expect(count).not.toHaveText(everything ?? '');
  await expect(page.locator('.item-card .jurisdiction').first()).toHaveText('Government of Ontario');
  await expect(page.getByLabel('Responsible government')).toHaveValue('provincial');
});

test('once the app works offline, its pages come from the app, not from the prerendered copies', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('template#app-code')).toHaveCount(1);
  await waitUntilOfflineReady(page);
  await page.goto('/en/tasks/on.ohip');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle('on.ohip'));
  await expect(page.locator('template#app-code')).toHaveCount(0);
});

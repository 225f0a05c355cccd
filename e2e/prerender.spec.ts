import { expect, test } from '@playwright/test';
import { englishTitle, itemById } from './catalogue';
import { waitUntilOfflineReady } from './offline';

// Pages a first visitor opens are prerendered by the build (scripts/prerender.ts): they read
// before any JavaScript runs, and become the working app once it has.

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
    // Controls wait for the app rather than swallow what is typed into them.
    // …looking as they will, not greyed out for the moment they wait.
    const search = page.getByRole('searchbox', { name: 'Search No Wrong Door' });
    await expect(search).toBeDisabled();
    await expect(search).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toHaveCSS('opacity', '1');
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

test('once the app works offline, its pages come from the app, not from the prerendered copies', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('template#app-code')).toHaveCount(1);
  await waitUntilOfflineReady(page);
  await page.goto('/en/tasks/on.ohip');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle('on.ohip'));
  await expect(page.locator('template#app-code')).toHaveCount(0);
});

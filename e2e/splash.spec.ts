import { expect, test } from '@playwright/test';

// `/` as on canada.ca: the site's name and a door in each UI language, each in its own language.
test('the root address is a page in both languages, with a door to each and no redirect', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No Wrong Door Aucune mauvaise porte');
  await expect(page.locator('h1 [lang="fr"]')).toHaveText('Aucune mauvaise porte');
  await expect(page).toHaveTitle('No Wrong Door – Aucune mauvaise porte');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = page.getByRole('link', { name: /^English/ });
  const french = page.getByRole('link', { name: /^Français/ });
  await expect(english).toHaveAttribute('href', '/en');
  await expect(french).toHaveAttribute('href', '/fr');
  await expect(french).toHaveAttribute('lang', 'fr');
  // An English browser (this test's locale) is offered English first.
  await expect(english).toHaveAccessibleName('English (Suggested by your browser’s language)');
  await expect(french).toHaveAccessibleName('Français');
  // It looks official, so it says plainly, in both languages, that it is not.
  await expect(page.getByText('No Wrong Door is not a website of the Government of Canada')).toBeVisible();
  await expect(page.locator('p[lang="fr"]')).toContainText('n’appartient ni au gouvernement du Canada');
  expect(new URL(page.url()).pathname).toBe('/');
});

test('the root address works without JavaScript, and suggests nothing it cannot know', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: 'fr-CA' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Aucune mauvaise porte');
  await expect(page.getByRole('link', { name: 'Français', exact: true })).toHaveAttribute('href', '/fr');
  await expect(page.locator('[data-suggested]')).toHaveCount(0);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moving to Ontario: what to do and when');
  await context.close();
});

test('the doors are reached and followed with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^English/ })).toHaveAttribute('data-suggested', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^English/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Français/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr$/);
});

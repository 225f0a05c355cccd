import { expect, test } from '@playwright/test';

test('the language toggle switches to French on the same page and back', async ({ page }) => {
  await page.goto('/en/tasks/ca.sin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply for a Social Insurance Number (SIN)');

  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/tasks\/ca\.sin$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demander un numéro d’assurance sociale (NAS)');
  await expect(page.getByText('Date de modification :')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Signaler un problème ou une erreur sur cette page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Passer au contenu principal' })).toBeAttached();

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/tasks\/ca\.sin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply for a Social Insurance Number (SIN)');
});

test('a French visitor arriving at the root is offered French first, and chooses', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'fr-CA', baseURL });
  const page = await context.newPage();
  await page.goto('/');
  const french = page.getByRole('link', { name: /^Français/ });
  await expect(french).toHaveAccessibleName('Français (Suggéré selon la langue de votre navigateur)');
  await expect(page.getByRole('link', { name: 'English', exact: true })).toBeVisible();
  // A suggestion, not a redirect: the address is still the splash page's.
  expect(new URL(page.url()).pathname).toBe('/');
  await french.click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('S’installer en Ontario : quoi faire et quand');
  await expect(page.getByRole('link', { name: /Je prépare mon arrivée/ })).toBeVisible();
  await context.close();
});

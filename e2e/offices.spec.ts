import { expect, test } from '@playwright/test';
import { catalogue, savedQueriesFor } from './catalogue';
import { goOffline, waitUntilOfflineReady } from './offline';

const cards = (page: import('@playwright/test').Page) => page.locator('.office-card');
const ottawaOffices = catalogue.offices.filter((office) => office.municipality === 'ottawa');

test('postal code K1P 1J1 lists Ottawa offices first, with distance, hours and a way to call', async ({ page }) => {
  await page.goto('/en/offices');
  await page.getByLabel('Postal code').fill('k1p1j1');
  await page.getByRole('button', { name: 'Find offices' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'nearest to K1P 1J1 first' })).toHaveText(
    `${catalogue.offices.length} offices, nearest to K1P 1J1 first`,
  );
  await expect(page).toHaveURL(/near=K1P/i);
  const addresses = await page.locator('.office-card .office-address').allTextContents();
  expect(ottawaOffices.length).toBeGreaterThan(2);
  for (const address of addresses.slice(0, ottawaOffices.length)) expect(address).toContain('Ottawa, ON');
  expect(addresses.slice(ottawaOffices.length).some((address) => address.includes('Ottawa, ON'))).toBe(false);

  const first = cards(page).first();
  await expect(first.locator('.office-distance')).toHaveText(/^about \d+(\.\d)? km away$/);
  await expect(first.getByRole('link', { name: /^Call / })).toHaveAttribute('href', /^tel:\+?\d+$/);
  // The nearest office that publishes its hours shows today's.
  const withHours = cards(page).filter({ has: page.locator('table') }).first();
  await expect(withHours.locator('tr[aria-current="date"]')).toHaveCount(1);
  await expect(withHours.locator('.office-open, .office-closed')).toHaveCount(1);
});

test('the language filter narrows the list to offices that speak it', async ({ page }) => {
  const arabic = catalogue.offices.filter((office) => office.languages.includes('ar'));
  expect(arabic.length).toBeGreaterThan(0);
  expect(arabic.length).toBeLessThan(catalogue.offices.length);
  await page.goto('/en/offices?near=K1P+1J1');
  await page.getByLabel('Language spoken').selectOption('ar');
  await expect(cards(page)).toHaveCount(arabic.length);
  for (const languages of await page.locator('.office-card .office-facts dd').filter({ hasText: 'English' }).allTextContents()) {
    expect(languages).toContain('Arabic');
  }
});

test('a postal code outside Ontario is explained, in French too', async ({ page }) => {
  await page.goto('/fr/offices');
  await page.getByLabel('Code postal').fill('H2X 1Y4');
  await page.getByRole('button', { name: 'Trouver des bureaux' }).click();
  await expect(page.getByText('Ce code postal n’est pas en Ontario.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Code postal')).toHaveAttribute('aria-invalid', 'true');
});

test('offices near me works offline after one visit', async ({ page, context }) => {
  await page.goto('/en/offices?near=K1P+1J1');
  await expect(cards(page)).toHaveCount(catalogue.offices.length);
  // The portal list and every source: this page reads every municipality's offices.
  await waitUntilOfflineReady(page, savedQueriesFor('all'));
  await goOffline(context);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await page.getByLabel('Postal code').fill('M5V 3L9');
  await page.getByRole('button', { name: 'Find offices' }).click();
  await expect(cards(page).first().locator('.office-address')).toContainText('Toronto, ON');
});

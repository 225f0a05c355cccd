import { expect, test } from '@playwright/test';
import { itemsForMunicipality } from '../src/content/catalogue';
import { servicesMatching, sharedServices } from '../src/content/services';
import { catalogue, englishTitle } from './catalogue';

// A visitor with no municipality chosen sees the federal and provincial services.
const everywhere = itemsForMunicipality(catalogue.items, undefined);
const none = { topic: null, jurisdiction: null };

test('the service directory lists every service and narrows by responsible government and topic', async ({ page }) => {
  await page.goto('/en/services');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Government services for newcomers');
  const count = page.locator('.result-count');
  await expect(count).toHaveText(`${servicesMatching(everywhere, none).length} services`);

  await page.getByLabel('Responsible government').selectOption('provincial');
  const provincial = servicesMatching(everywhere, { ...none, jurisdiction: 'provincial' });
  await expect(count).toHaveText(`${provincial.length} services`);
  await expect(page).toHaveURL(/jurisdiction=provincial/);
  await expect(page.locator('.item-card .jurisdiction')).toHaveText(provincial.map(() => 'Government of Ontario'));

  await page.getByLabel('Topic').selectOption('health');
  await expect(page.getByRole('link', { name: englishTitle('on.ohip') })).toBeVisible();
  await expect(count).toHaveText(
    new RegExp(`^${servicesMatching(everywhere, { topic: 'health', jurisdiction: 'provincial' }).length} services?$`),
  );
});

test('who does what names the responsible government and the others that take part, in French too', async ({ page }) => {
  const shared = sharedServices(everywhere);
  expect(shared.length).toBeGreaterThan(0);
  await page.goto('/fr/services/who-does-what');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qui fait quoi');
  await expect(page.locator('.who-card')).toHaveCount(shared.length);
  const first = shared[0];
  if (!first) throw new Error('no shared service');
  const card = page.locator('.who-card').filter({ has: page.getByRole('link', { name: first.title.fr ?? '' }) });
  await expect(card.getByText('Responsable', { exact: true })).toBeVisible();
  await expect(card.getByText('Participe aussi', { exact: true })).toBeVisible();
  await expect(card).toContainText(first.responsible.body.fr ?? '');
});

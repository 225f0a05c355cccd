import { expect, test } from '@playwright/test';
import { canadaFeed } from '../mocks/data/canada';

const sin = canadaFeed.items?.find((item) => item.id === 'ca.sin');

test('a task page shows who is responsible, its source and the date modified', async ({ page }) => {
  if (!sin) throw new Error('the SIN fixture is missing');
  await page.goto('/en/tasks/ca.sin');
  await expect(page.getByRole('heading', { name: 'Who is responsible' })).toBeVisible();
  await expect(page.locator('.responsible')).toContainText('Government of Canada');
  await expect(page.locator('.responsible')).toContainText('Service Canada');
  const source = page.getByRole('link', { name: 'Government of Canada' }).last();
  await expect(source).toHaveAttribute('href', sin.source.en ?? '');
  await expect(page.locator('.date-modified')).toHaveText(`Date modified:${sin.dateModified}`);
  await expect(page.getByText(/^Date modified:/)).toBeVisible();
  await expect(page).toHaveTitle(/Social Insurance Number \(SIN\) – No Wrong Door$/);
});

test('an unknown task says so instead of showing a blank page', async ({ page }) => {
  await page.goto('/en/tasks/ca.does-not-exist');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
});

test('"Report a problem" sends a report that names the page', async ({ page, request }) => {
  await page.goto('/en/tasks/ca.sin');
  await page.getByRole('link', { name: 'Report a problem or mistake on this page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a problem or mistake on this page');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByText('Choose what is wrong with the page.')).toBeVisible();
  const comment = `Office hours look wrong ${Date.now()}`;
  await page.getByRole('radio', { name: 'The information is out of date' }).check();
  await page.getByLabel('Tell us more (optional)').fill(comment);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your report');

  const received = (await (await request.get('/__mocks/feedback')).json()) as { report: Record<string, string> }[];
  expect(received.map((entry) => entry.report)).toContainEqual(
    expect.objectContaining({ page: '/en/tasks/ca.sin', reason: 'outdated', comment, lang: 'en' }),
  );
});

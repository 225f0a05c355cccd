import { expect, test } from '@playwright/test';
import { catalogue, englishTitle, itemById } from './catalogue';
import { goOffline, waitUntilOfflineReady } from './offline';

test('“carte santé” typed in the English site finds the OHIP step, shown in English with the words marked', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('searchbox', { name: 'Search No Wrong Door' }).fill('carte santé');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=carte/);
  const ohip = page.getByRole('link', { name: englishTitle('on.ohip') });
  await expect(ohip).toBeVisible();
  await expect(ohip.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Steps \(\d+\)$/ })).toBeVisible();
  await ohip.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(englishTitle('on.ohip'));
});

test('“SIN” typed in the French site finds the NAS step, in French', async ({ page }) => {
  await page.goto('/fr/search?q=SIN');
  const nas = page.getByRole('link', { name: itemById('ca.sin').title.fr ?? '' });
  await expect(nas).toBeVisible();
  await expect(nas.locator('mark').first()).toBeVisible();
});

test('search works offline after one visit', async ({ page, context }) => {
  await page.goto('/en');
  await waitUntilOfflineReady(page);
  await goOffline(context);
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search No Wrong Door' }).fill('health card');
  await page.getByRole('searchbox', { name: 'Search No Wrong Door' }).press('Enter');
  await expect(page.getByRole('link', { name: englishTitle('on.ohip') })).toBeVisible();
});

test('a search that finds nothing offers to tell us what was missing, and the message reaches the feedback queue', async ({
  page,
  request,
}) => {
  const query = `zzqx ${Date.now()}`;
  await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status').filter({ hasText: 'results' })).toHaveText('0 results');
  await page.getByLabel('What were you looking for?').fill(`${query}: a form I need`);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Thank you. We will use this to improve the app.')).toBeVisible();
  const received = (await (await request.get('/__mocks/feedback')).json()) as { report: Record<string, string> }[];
  const entry = received.find((item) => item.report.comment === `${query}: a form I need`);
  expect(entry?.report.reason).toBe('missing');
  expect(entry?.report.page).toContain('/en/search?q=');
});

test('an office found by search opens the offices page at that office', async ({ page }) => {
  await page.goto('/en/search?q=Hazeldean');
  const office = catalogue.offices.find((candidate) => candidate.id === 'on.office.kanata-hazeldean');
  if (!office) throw new Error('no Kanata Hazeldean office in the mock catalogue');
  await page.getByRole('link', { name: office.name.en ?? '' }).click();
  await expect(page).toHaveURL(/\/en\/offices#office-on\.office\.kanata-hazeldean$/);
  await expect(page.locator('#office-on\\.office\\.kanata-hazeldean')).toBeInViewport();
});

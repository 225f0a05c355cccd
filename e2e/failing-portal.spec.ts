import { expect, test } from '@playwright/test';
import { switchPortals } from './mockSwitches';

/** Today on the page's clock: content the build read is dated with it. */
const today = () => new Date().toISOString().slice(0, 10);

test('a failing portal is named while the other portals’ content still shows', async ({ page, context, baseURL }) => {
  await switchPortals(context, baseURL, 'ontario:fail');
  // The search page is not prerendered: it reads every portal itself, and Ontario's fails.
  await page.goto('/en/search?q=health');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some content could not be loaded');
  await expect(alert).toContainText('Government of Ontario: the portal is not answering right now.');
  // Ontario's health card is gone; federal health content is still found.
  await expect(page.getByRole('main').getByRole('link', { name: /OHIP/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Interim Federal Health/ })).toBeVisible();
});

test('a prerendered page keeps the content it came with, dated, when its portal fails to refresh', async ({ page, context, baseURL }) => {
  // A visit two hours after the build: the page's content is old enough to be refreshed.
  await context.clock.install({ time: Date.now() + 2 * 60 * 60_000 });
  await switchPortals(context, baseURL, 'ontario:fail');
  await page.goto('/en/topics/health');
  await expect(page.getByRole('status').filter({ hasText: 'could not be refreshed' })).toContainText(
    `Government of Ontario: could not be refreshed. Showing content saved on ${today()}.`,
  );
  await expect(page.getByRole('link', { name: /OHIP/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Interim Federal Health/ })).toBeVisible();
});

test('a malformed item is reported and skipped while the rest of its feed shows', async ({ page, context, baseURL }) => {
  await switchPortals(context, baseURL, 'ontario:malformed');
  await page.goto('/en/search?q=health');
  await expect(page.getByRole('status').filter({ hasText: 'left out' })).toContainText(
    '1 entry was left out because it was incomplete (Government of Ontario).',
  );
  await expect(page.getByRole('main').getByRole('link', { name: /OHIP/ }).first()).toBeVisible();
});

test('a prerendered page is refreshed away from the page: a worker reads and checks the feed', async ({ page, context, baseURL }) => {
  await context.clock.install({ time: Date.now() + 2 * 60 * 60_000 });
  await switchPortals(context, baseURL, 'ontario:malformed');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/en/topics/health');
  // What the refresh found is on the page, so the worker's answer reached it.
  await expect(page.getByRole('status').filter({ hasText: 'left out' })).toContainText(
    '1 entry was left out because it was incomplete (Government of Ontario).',
  );
  expect(workers.some((path) => /^\/assets\/loadPortal\.worker-[\w-]+\.js$/.test(path))).toBe(true);
  await expect(page.getByRole('link', { name: /OHIP/ }).first()).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { switchPortals } from './mockSwitches';

test('a failing portal is named while the other portals’ content still shows', async ({ page, context, baseURL }) => {
  await switchPortals(context, baseURL, 'ontario:fail');
  await page.goto('/en/topics/health');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some content could not be loaded');
  await expect(alert).toContainText('Government of Ontario: the portal is not answering right now.');
  // Ontario's health card is gone; federal health content is still listed.
  await expect(page.getByRole('link', { name: /OHIP/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Interim Federal Health/ })).toBeVisible();

  await page.goto('/en/tasks/ca.sin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply for a Social Insurance Number (SIN)');
  await expect(page.getByRole('alert')).toContainText('Government of Ontario');
});

test('a malformed item is reported and skipped while the rest of its feed shows', async ({ page, context, baseURL }) => {
  await switchPortals(context, baseURL, 'ontario:malformed');
  await page.goto('/en/topics/health');
  await expect(page.getByRole('status').filter({ hasText: 'left out' })).toContainText(
    '1 entry was left out because it was incomplete (Government of Ontario).',
  );
  await expect(page.getByRole('link', { name: /OHIP/ }).first()).toBeVisible();
});

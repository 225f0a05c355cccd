import { expect, test } from '@playwright/test';

test('the home page renders in English with both doors and the topics', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moving to Ontario: what to do and when');
  await expect(page.getByRole('link', { name: /I am preparing to move/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /I have arrived/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Status and documents.*\d+ steps?/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Report a problem or mistake on this page' })).toBeVisible();
});

test('choosing "I am preparing to move" narrows the topics to steps before arrival', async ({ page }) => {
  await page.goto('/en');
  const workTopic = page.getByRole('link', { name: /^Work/ });
  await expect(workTopic).toContainText(/\d+ steps/);
  const allCount = Number((await workTopic.innerText()).match(/(\d+) steps?/)?.[1]);
  await page.getByRole('link', { name: /I am preparing to move/ }).click();
  await expect(page.getByRole('link', { name: /I am preparing to move/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { name: 'Topics to prepare before you arrive' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Citizenship/ })).toHaveCount(0);
  const preparingCount = Number((await workTopic.innerText()).match(/(\d+) steps?/)?.[1]);
  expect(preparingCount).toBeGreaterThan(0);
  expect(preparingCount).toBeLessThan(allCount);
});

test('a topic lists its steps with who is responsible', async ({ page }) => {
  await page.goto('/en/topics/health');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Health');
  const ohip = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /OHIP/ }) });
  await expect(ohip.first()).toContainText('Government of Ontario');
});

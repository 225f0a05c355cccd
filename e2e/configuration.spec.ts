import { expect, test } from '@playwright/test';
import { persistedQueryCount } from './offline';

// A deployer who drops a source, or a nightly job that deploys a newer snapshot, changes
// portals.json. A visitor who comes back must get the new one, not the copy their first visit saved.
test('a returning visitor gets a changed configuration, after showing the saved one at once', async ({ context, page }) => {
  await context.clock.install();
  await page.goto('/en/profile');
  const municipality = page.getByLabel('Where will you live?');
  await expect(municipality.getByRole('option', { name: 'City of Hamilton' })).toHaveCount(1);
  // The list is saved on the device (the persister writes within a second).
  await expect.poll(() => persistedQueryCount(page), { timeout: 10_000 }).toBeGreaterThan(0);

  // The deployer takes Hamilton's source out.
  const served = await (await page.request.get('/portals.json')).json() as { portals: { id: string }[] };
  const changed = { ...served, portals: served.portals.filter((portal) => portal.id !== 'hamilton') };
  let asked = 0;
  await context.route('**/portals.json', async (route) => {
    asked++;
    await route.fulfill({ json: changed, headers: { 'Cache-Control': 'no-cache' } });
  });

  // Back within a minute: the saved list is still fresh, and the page shows it without asking.
  await page.reload();
  await expect(municipality.getByRole('option', { name: 'City of Ottawa' })).toHaveCount(1);
  await expect(municipality.getByRole('option', { name: 'City of Hamilton' })).toHaveCount(1);
  expect(asked).toBe(0);

  // Back the next day: the saved list is read again from the server, and Hamilton is gone.
  await page.clock.fastForward('24:00:00');
  await page.reload();
  await expect(municipality.getByRole('option', { name: 'City of Hamilton' })).toHaveCount(0);
  await expect(municipality.getByRole('option', { name: 'City of Ottawa' })).toHaveCount(1);
  expect(asked).toBeGreaterThan(0);
});

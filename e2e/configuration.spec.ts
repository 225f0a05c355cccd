import { expect, test } from '@playwright/test';
import { englishTitle } from './catalogue';
import { persistedQueryCount } from './offline';
import { snapshotURL } from './servers';

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

// A prerendered page carries the part of portals.json its first render reads: with every city's
// source it would grow with the province (444 municipalities in Ontario).
for (const [server, origin] of [['live mocks', ''], ['snapshot', snapshotURL]] as const) {
  test(`${server}: a first visit downloads no city's source; the profile lists every city, and a city's plan reads its own`, async ({ page }) => {
    const configurationReads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/portals.json') configurationReads.push(request.url());
    });
    await page.goto(`${origin}/en/`);
    const carried = JSON.parse((await page.locator('#page-data').textContent()) ?? '{}') as { queries: { queryKey: string[]; state: { data: { portals: { id: string; municipality?: string }[] } } }[] };
    const configuration = carried.queries.find((query) => query.queryKey[0] === 'portals-file')?.state.data;
    expect(configuration?.portals.map((portal) => portal.id)).toContain('ontario');
    expect(configuration?.portals.filter((portal) => portal.municipality)).toEqual([]);
    // The app has run and saved the page's content; the configuration came with the page.
    await expect.poll(() => persistedQueryCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(configurationReads).toEqual([]);

    await page.getByRole('link', { name: 'Make my plan' }).click();
    const municipality = page.getByLabel('Where will you live?');
    await expect(municipality.getByRole('option', { name: 'City of Ottawa' })).toHaveCount(1);
    await expect(municipality.getByRole('option', { name: 'City of Hamilton' })).toHaveCount(1);
    expect(configurationReads).toHaveLength(1);

    await page.getByRole('radio', { name: 'I have arrived in Ontario' }).check();
    await municipality.selectOption('ottawa');
    await page.getByRole('button', { name: 'Save and see my plan' }).click();
    await expect(page).toHaveURL(/\/en\/journey\/settle$/);
    // Opened afresh, the prerendered plan (drawn for a first visitor) becomes Ottawa's.
    await page.goto(`${origin}/en/journey/settle`);
    await expect(page.locator('.journey-step').getByRole('link', { name: englishTitle('ottawa.transit') })).toBeVisible();
  });
}

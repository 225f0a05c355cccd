import { expect, test, type Browser, type Page } from '@playwright/test';
import { catalogueFor, englishTitle } from './catalogue';
import { liveURL, snapshotURL } from './servers';

/**
 * The app deployed with a snapshot from `npm run ingest` must show what it shows from the live
 * portals: the same plan, step pages, offices and comparison, read from merged files.
 */

async function onboardToOttawa(page: Page, base: string) {
  await page.goto(`${base}/en/profile`);
  await page.getByRole('radio', { name: 'I have arrived in Ontario' }).check();
  await page.getByLabel('When did you arrive?').fill('2027-01-15');
  await page.getByLabel('Where will you live?').selectOption('ottawa');
  await page.getByRole('checkbox', { name: 'Children aged 6 to 17' }).check();
  await page.getByRole('button', { name: 'Save and see my plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your settlement plan');
  await expect(page.locator('.journey-step').first()).toBeVisible();
}

/** A page on each server, with the requests it made. */
async function onBoth(browser: Browser, visit: (page: Page, base: string) => Promise<string[]>) {
  const results: { texts: string[]; requests: string[] }[] = [];
  for (const base of [liveURL, snapshotURL]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    results.push({ texts: await visit(page, base), requests });
    await context.close();
  }
  const [live, snapshot] = results as [(typeof results)[number], (typeof results)[number]];
  return { live, snapshot };
}

/** What a page says, without the lines that tell where and when its content came from. */
const contentOf = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.notice, .content-as-of').forEach((element) => element.remove());
    return copy.innerText.split('\n').filter((line) => line.trim() !== '');
  });

test('the plan of a family moving to Ottawa is the same, read from one merged file instead of every portal', async ({ browser }) => {
  const { live, snapshot } = await onBoth(browser, async (page, base) => {
    await onboardToOttawa(page, base);
    return page.locator('.journey-step h3').allInnerTexts();
  });
  expect(live.texts.length).toBeGreaterThan(10);
  expect(snapshot.texts).toEqual(live.texts);
  expect(snapshot.texts).toContain(englishTitle('ottawa.transit'));
  expect(snapshot.requests).toContain('/snapshot/catalogues/ottawa.json');
  expect(snapshot.requests.filter((path) => path.startsWith('/portals/'))).toEqual([]);
  expect(live.requests).toContain('/portals/ottawa/newcomer-feed.json');
});

for (const path of ['/en/tasks/ca.sin', '/fr/tasks/on.ohip', '/en/topics/health']) {
  test(`${path} reads the same from the snapshot`, async ({ browser }) => {
    const { live, snapshot } = await onBoth(browser, async (page, base) => {
      await page.goto(base + path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      return contentOf(page);
    });
    expect(snapshot.texts).toEqual(live.texts);
  });
}

test('offices near me lists the person’s offices in the same order, IRCC’s agencies among them', async ({ browser }) => {
  const { live, snapshot } = await onBoth(browser, async (page, base) => {
    await onboardToOttawa(page, base);
    await page.goto(`${base}/en/offices?near=K1P+1J1`);
    await expect(page.getByRole('status').filter({ hasText: 'nearest to K1P 1J1 first' })).toBeVisible();
    return page.locator('.office-card h2').allInnerTexts();
  });
  // Live, the page lists every portal's offices; from a snapshot of all of Ontario, those of the
  // person's own catalogue: the same offices, in the same order, without other cities' own.
  const mine = catalogueFor('ottawa').offices.map((office) => office.name.en ?? '');
  expect([...snapshot.texts].sort()).toEqual([...mine].sort());
  expect(snapshot.texts).toEqual(live.texts.filter((name) => mine.includes(name)));
  const agencies = catalogueFor('ottawa').offices.filter((office) => office.publisher.id === 'ircc');
  expect(agencies.length).toBeGreaterThan(0);
  for (const agency of agencies) expect(snapshot.texts).toContain(agency.name.en);
});

test('an IRCC agency’s card links to the services it offers', async ({ page }) => {
  const agency = catalogueFor('ottawa').offices.find((office) => office.publisher.id === 'ircc' && office.services.length > 0);
  if (!agency) throw new Error('no IRCC agency with services in the mocks');
  await page.goto(`${snapshotURL}/en/offices?near=K1P+1J1`);
  const card = page.locator('.office-card').filter({ has: page.getByRole('heading', { name: agency.name.en, exact: true }) });
  const services = card.getByRole('region', { name: 'Services here' }).or(card.locator('.office-services')).getByRole('link');
  await expect(services.first()).toBeVisible();
  expect(await services.count()).toBeGreaterThan(0);
  await services.first().click();
  await expect(page).toHaveURL(/\/en\/tasks\//);
});

test('where to settle compares cities from the small index, not every city’s feed', async ({ browser }) => {
  const { live, snapshot } = await onBoth(browser, async (page, base) => {
    await page.goto(`${base}/en/where-to-settle?compare=ottawa,toronto,hamilton`);
    const table = page.locator('table.settle-table');
    await expect(table).toBeVisible();
    return (await table.innerText()).split('\n');
  });
  expect(snapshot.texts).toEqual(live.texts);
  expect(snapshot.requests).toContain('/snapshot/municipalities.json');
  expect(snapshot.requests.filter((path) => path.startsWith('/snapshot/catalogues/') || path.startsWith('/portals/'))).toEqual([]);
});

test('save for offline downloads the person’s one merged catalogue, not its sources again, and lists what it holds', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await onboardToOttawa(page, snapshotURL);
  // The plan read the person's catalogue; the save takes it (one file), not its sources again.
  expect(requests).toContain('/snapshot/catalogues/ottawa.json');
  await page.goto(`${snapshotURL}/en/settings`);
  requests.length = 0;
  await page.getByRole('button', { name: 'Save for offline', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toHaveText('Done. The source is saved on this device.');
  expect(requests.filter((path) => path.startsWith('/snapshot/sources/') || path.startsWith('/portals/'))).toEqual([]);

  // One line a publisher, counted from what the mocks serve, merged as the ingest merges them.
  const ottawa = catalogueFor('ottawa');
  const saved = page.locator('.saved-portal');
  await expect(saved).toHaveCount(ottawa.publishers.length);
  for (const publisher of ottawa.publishers) {
    const items = ottawa.items.filter((item) => item.publisher.id === publisher.id).length;
    const line = saved.filter({ has: page.getByRole('heading', { name: publisher.name.en, exact: true }) });
    await expect(line.locator('.saved-counts')).toContainText(`${items} ${items === 1 ? 'item' : 'items'}`);
  }
});

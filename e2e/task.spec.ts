import { expect, test, type Route } from '@playwright/test';
import { canadaFeed } from '../mocks/data/canada';
import { persistedReportCount } from './offline';

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

test('a report names the page by its path alone, and warns before it sends personal information', async ({ page, request }) => {
  // A search address holds what the person typed: here, their postal code.
  await page.goto('/en/search?q=K2P+1L4');
  await page.getByRole('link', { name: 'Report a problem or mistake on this page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a problem or mistake on this page');
  await expect(page.getByRole('main').getByRole('link', { name: '/en/search', exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Something is missing' }).check();
  const comment = page.getByLabel('Tell us more (optional)');
  await comment.fill('No results for my area. Write to me at amina.h@example.com or 613-555-0123');
  await page.getByRole('button', { name: 'Send report' }).click();
  // Not sent: the person is told what was found, and can edit it.
  const warning = page.getByRole('alert').filter({ hasText: 'may include personal information' });
  await expect(warning).toContainText('an email address; a phone number.');
  await expect(warning).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a problem or mistake on this page');
  const edited = `No results for my area ${Date.now()}`;
  await comment.fill(edited);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your report');

  const received = (await (await request.get('/__mocks/feedback')).json()) as { report: Record<string, string> }[];
  const sent = received.map((entry) => entry.report).find((report) => report.comment === edited);
  expect(sent?.page).toBe('/en/search');
  expect(JSON.stringify(received)).not.toContain('amina.h@example.com');
});

test('a report can be sent as it is once the person has been warned', async ({ page, request }) => {
  await page.goto('/en/report?page=/en/tasks/on.ohip');
  await page.getByRole('radio', { name: 'Something else' }).check();
  const text = `Service Ontario at K1A 0B1 is closed ${Date.now()}`;
  await page.getByLabel('Tell us more (optional)').fill(text);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('alert')).toContainText('a postal code.');
  await page.getByRole('button', { name: 'Send anyway' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your report');
  const received = (await (await request.get('/__mocks/feedback')).json()) as { report: Record<string, string> }[];
  expect(received.map((entry) => entry.report)).toContainEqual(expect.objectContaining({ page: '/en/tasks/on.ohip', comment: text }));
});

test('a report about another site’s address is about the home page instead, and shows no link away', async ({ page }) => {
  for (const address of ['//evil.example/x', '/\\evil.example/x', 'https://evil.example/']) {
    await page.goto(`/en/report?page=${encodeURIComponent(address)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a problem or mistake on this page');
    const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.filter((href) => !href.startsWith(new URL(page.url()).origin))).toEqual([]);
    await expect(page.getByRole('main').getByRole('link', { name: '/en', exact: true })).toBeVisible();
  }
});

test('a report being sent when the page closes is kept, and sent at the next visit', async ({ context, page, request }) => {
  test.setTimeout(60_000);
  // The report is on the way when the connection drops and the page is closed: the feedback
  // service never gets it. The request is held, then cut just before closing (Playwright would let
  // a held request through when its page closes, and the app's next try comes a second later).
  const held: Route[] = [];
  await page.route('**/portals/feedback', (route) => void held.push(route));
  await page.goto('/en/report?page=/en/tasks/ca.sin');
  await page.getByRole('radio', { name: 'A link does not work' }).check();
  const comment = `The form link is broken ${Date.now()}`;
  await page.getByLabel('Tell us more (optional)').fill(comment);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  await expect.poll(() => persistedReportCount(page), { timeout: 15_000 }).toBe(1);
  await Promise.all(held.map((route) => route.abort('connectionreset')));
  await page.close();

  const next = await context.newPage();
  await next.goto('/en/tasks/ca.sin');
  const received = async () =>
    ((await (await request.get('/__mocks/feedback')).json()) as { report: { comment: string } }[]).filter((entry) => entry.report.comment === comment).length;
  await expect.poll(received, { timeout: 25_000 }).toBe(1);
  // Sent once, then gone from the device.
  await expect.poll(() => persistedReportCount(next), { timeout: 15_000 }).toBe(0);
  expect(await received()).toBe(1);
});

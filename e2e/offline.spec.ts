import { expect, test } from '@playwright/test';
import { englishTitle } from './catalogue';
import { switchPortals } from './mockSwitches';
import { goOffline, goOnline, waitUntilOfflineReady } from './offline';

test('after one visit, home, a plan and a deep link to a step all open with no network', async ({ page, context }) => {
  await page.goto('/en');
  await expect(page.getByRole('link', { name: /Health.*\d+ steps/ })).toBeVisible();
  await waitUntilOfflineReady(page);

  // Back some minutes later: the saved list of portals is due a refresh, which cannot happen.
  await page.clock.install({ time: Date.now() + 5 * 60_000 });
  await goOffline(context);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Health.*\d+ steps/ })).toBeVisible();
  await expect(page.getByText(/^Content as of \d{4}-\d{2}-\d{2}$/)).toBeVisible();

  await page.goto('/en/journey/settle');
  await expect(page.locator('.journey-step').getByRole('link', { name: englishTitle('ca.sin') })).toBeVisible();

  await page.goto('/fr/tasks/on.ohip');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Assurance-santé');
  await expect(page.locator('.date-modified')).toBeVisible();
});

test('progress changed offline is still there after going back online and reloading', async ({ page, context }) => {
  await page.goto('/en/journey/settle');
  await expect(page.locator('.journey-step').getByRole('link', { name: englishTitle('ca.sin') })).toBeVisible();
  await waitUntilOfflineReady(page);

  await goOffline(context);
  await page.reload();
  await page.getByLabel(`Status – ${englishTitle('ca.sin')}`).selectOption('done');
  await expect(page.locator('.journey-count')).toContainText('1 of');

  await goOnline(context);
  await page.reload();
  await expect(page.getByLabel(`Status – ${englishTitle('ca.sin')}`)).toHaveValue('done');
  await expect(page.locator('.journey-count')).toContainText('1 of');
});

for (const mode of ['fail', 'timeout'] as const) {
  test(`a portal that ${mode === 'fail' ? 'returns 500' : 'times out'} leaves its saved content on screen with a notice`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/en/topics/health');
    await expect(page.getByRole('link', { name: englishTitle('on.ohip') })).toBeVisible();
    await waitUntilOfflineReady(page);

    // Back two hours later: what the device saved is old enough to be refreshed.
    await page.clock.install({ time: Date.now() + 2 * 60 * 60_000 });
    await switchPortals(context, baseURL, `ontario:${mode}`);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'could not be refreshed' });
    await expect(notice).toContainText(
      `Government of Ontario: could not be refreshed. Showing content saved on ${new Date().toISOString().slice(0, 10)}.`,
      { timeout: 20_000 },
    );
    await expect(page.getByRole('link', { name: englishTitle('on.ohip') })).toBeVisible();
  });
}

test('a problem report made offline is queued and reaches the portal after reconnecting', async ({ page, context, request }) => {
  await page.goto('/en/tasks/ca.sin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitUntilOfflineReady(page);
  await page.getByRole('link', { name: 'Report a problem or mistake on this page' }).click();

  await goOffline(context);
  const comment = `Sent while offline ${Date.now()}`;
  await page.getByRole('radio', { name: 'A link does not work' }).check();
  await page.getByLabel('Tell us more (optional)').fill(comment);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByText('Queued — will be sent when you are online.')).toBeVisible();

  await goOnline(context);
  await expect
    .poll(
      async () =>
        ((await (await request.get('/__mocks/feedback')).json()) as { report: { comment: string } }[]).some(
          (entry) => entry.report.comment === comment,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
});

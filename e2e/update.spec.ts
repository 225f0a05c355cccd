import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build, preview } from 'vite';
import { englishTitle } from './catalogue';
import { waitUntilOfflineReady } from './offline';

// This test deploys two builds of its own on its own port, so it cannot disturb the shared
// server the other tests use.
const root = fileURLToPath(new URL('..', import.meta.url));
// Each project (phone, desktop) deploys apart, so the two runs never empty each other's folder.
const deployment = (project: string) => ({
  outDir: fileURLToPath(new URL(`../test-results/update-deploy-${project}`, import.meta.url)),
  port: Number(process.env.E2E_PORT ?? 4317) + 100 + (project === 'phone' ? 0 : 1),
});
let outDir = '';

async function deploy(buildId: string) {
  process.env.BUILD_ID = buildId;
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

test('a new version deployed while the page is open is offered, not forced, and progress survives it', async ({ browser }) => {
  test.setTimeout(240_000);
  const { port, ...folder } = deployment(test.info().project.name);
  outDir = folder.outDir;
  await deploy(`first-${Date.now()}`);
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port, strictPort: true } });
  const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
  try {
    const page = await context.newPage();
    const status = page.getByLabel(`Status – ${englishTitle('ca.sin')}`);
    const prompt = page.getByText('A new version of No Wrong Door is available.');
    await page.goto('/en/journey/settle');
    await status.selectOption('done');
    await waitUntilOfflineReady(page);

    await deploy(`second-${Date.now()}`);
    // Browsers look for a new worker on every navigation (the open page also checks hourly).
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Nothing reloads by itself: the person's page stays as it is until they choose.
    await expect(status).toHaveValue('done');

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(prompt).toHaveCount(0);
    await expect(status).toHaveValue('done');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  } finally {
    await context.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
});

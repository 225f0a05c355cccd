import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createBackup, parseBackup } from '../src/content/backup';
import { Profile } from '../src/content/profile';
import type { Progress } from '../src/content/progress';

const progress: Progress = { version: 1, steps: { 'ca.sin': { status: 'done', updatedAt: '2026-09-16T14:00:00.000Z' } } };
const profile = Profile.parse({ version: 1, stage: 'arrived', arrivalDate: '2026-09-15', municipality: 'ottawa' });
const backup = createBackup(profile, progress, new Date('2026-10-01T12:00:00Z'));

function jsonFile(name: string, value: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) };
}

const onDevice = (page: Page) => page.getByRole('region', { name: 'What is on this device now' });
const chooseFile = (page: Page) => page.getByLabel('Choose a backup file');

test('a JSON file that is not a backup is refused, and nothing changes', async ({ page }) => {
  await page.goto('/en/my-data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your plan on this device');
  await expect(onDevice(page)).toContainText('No step has a status yet');

  await chooseFile(page).setInputFiles(jsonFile('feed.json', { schemaVersion: '1.0', items: [] }));

  const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be restored' });
  await expect(alert).toContainText('“feed.json” is a JSON file, but not a No Wrong Door backup.');
  await expect(alert).toContainText('Nothing was changed');
  await expect(page.getByRole('button', { name: 'Replace the plan on this device' })).toHaveCount(0);
  await expect(onDevice(page)).toContainText('No step has a status yet');
});

test('a backup is restored after confirming, survives a reload, and downloads again', async ({ page }) => {
  await page.goto('/en/my-data');
  await chooseFile(page).setInputFiles(jsonFile('no-wrong-door-backup-2026-10-01.json', backup));

  const preview = page.locator('.backup-preview');
  await expect(preview.getByRole('heading', { name: 'What this backup holds' })).toBeFocused();
  await expect(preview).toContainText('1 step with a status (1 done)');
  await expect(preview).toContainText('September 15, 2026');
  // Nothing is replaced until the person confirms.
  await expect(onDevice(page)).toContainText('No step has a status yet');

  await page.getByRole('button', { name: 'Replace the plan on this device' }).click();
  await expect(page.getByRole('heading', { name: 'Your plan is restored' })).toBeVisible();
  await expect(page.getByText('The plan from the backup is now saved on this device.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to your plan' })).toHaveAttribute('href', '/en/journey');
  await expect(onDevice(page)).toContainText('1 step with a status (1 done)');

  await page.reload();
  await expect(onDevice(page)).toContainText('1 step with a status (1 done)');
  await expect(onDevice(page)).toContainText('Arrived in Ontario');
  await expect(onDevice(page)).toContainText('September 15, 2026');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^no-wrong-door-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = parseBackup(await readFile(await download.path(), 'utf8'));
  expect(parsed).toMatchObject({ ok: true, profile, progress });
});

test('a damaged backup names what is wrong and leaves the restored plan as it was', async ({ page }) => {
  await page.goto('/en/my-data');
  await chooseFile(page).setInputFiles(jsonFile('good.json', backup));
  await page.getByRole('button', { name: 'Replace the plan on this device' }).click();
  await expect(onDevice(page)).toContainText('1 step with a status (1 done)');

  const damaged = { ...backup, progress: { version: 1, steps: { 'ca.sin': { status: 'finished', updatedAt: '2026-09-16T14:00:00.000Z' } } } };
  await page.reload();
  await chooseFile(page).setInputFiles(jsonFile('edited.json', damaged));
  const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be restored' });
  await expect(alert).toContainText('Nothing was changed');
  await alert.getByText('What is wrong in the file').click();
  await expect(alert).toContainText('progress.steps["ca.sin"].status: must be');
  await expect(onDevice(page)).toContainText('1 step with a status (1 done)');
});

test('without offline saving, the page says the plan lasts only for this visit', async ({ page }) => {
  // As in browsers that block storage: IndexedDB is missing.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/fr/my-data');
  await expect(page.getByRole('heading', { name: 'L’enregistrement hors ligne est désactivé' })).toBeVisible();
  await expect(page.getByText(/Votre plan ne durera que le temps de cette visite/)).toBeVisible();

  await page.getByLabel('Choisir un fichier de sauvegarde').setInputFiles(jsonFile('copie.json', backup));
  await expect(page.locator('.backup-preview')).toContainText('Faite le 1er octobre 2026');
  await page.getByRole('button', { name: 'Remplacer le plan sur cet appareil' }).click();
  await expect(page.getByText(/mais seulement pour cette visite/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ce qui se trouve sur cet appareil' })).toContainText('1 étape avec un état indiqué (1 terminée)');
});

import { expect, test, type Page } from '@playwright/test';
import { savedQueriesFor, sources as portals } from './catalogue';
import { waitUntilOfflineReady } from './offline';
import { switchPortals } from './mockSwitches';

/** The municipalities the sources cover, and those that apply everywhere (the default scope). */
const municipalities = new Set(portals.flatMap((portal) => portal.municipality ?? []));
const everywhere = portals.filter((portal) => portal.municipality === undefined);

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
// French counts 0 and 1 in the singular: "0 élément".
const pluriel = (count: number, one: string, other: string) => `${count} ${count < 2 ? one : other}`;

/** Today as YYYY-MM-DD where the browser runs (the same machine as this test). */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const savedList = (page: Page, title: string) => page.getByRole('region', { name: title }).getByRole('listitem');
const entryFor = (page: Page, title: string, name: string) =>
  savedList(page, title).filter({ has: page.getByRole('heading', { name, exact: true }) });

/** By default only the person's own municipality is saved: these tests save every one. */
async function includeEveryMunicipality(page: Page, label: RegExp) {
  await page.getByRole('checkbox', { name: label }).check();
}

async function expectProgressFull(page: Page) {
  const progress = page.locator('progress');
  await expect(progress).toHaveAttribute('max', String(portals.length));
  await expect(progress).toHaveJSProperty('value', portals.length);
}

test('saves every portal for offline use and lists what is saved', async ({ page }) => {
  await page.goto('/en/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline settings');
  const title = 'What is saved on this device';
  await includeEveryMunicipality(page, new RegExp(`^Also save the ${municipalities.size} other municipalities`));
  // Opening the app saved the federal and provincial content already; no city is chosen.
  await expect(savedList(page, title).filter({ hasText: 'Not saved yet' })).toHaveCount(portals.length - everywhere.length);

  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toHaveText(
    `Done. All ${portals.length} sources are saved on this device.`,
  );
  await expectProgressFull(page);
  const totalItems = portals.reduce((sum, portal) => sum + portal.items, 0);
  await expect(page.locator('.save-progress-text')).toContainText(
    `${portals.length} of ${portals.length} sources · ${totalItems} items · `,
  );
  await expect(page.locator('.save-progress-text')).toContainText(/\d+\.\d\u00a0KB$/);

  await expect(savedList(page, title)).toHaveCount(portals.length);
  for (const portal of portals) {
    const entry = entryFor(page, title, portal.name.en ?? '');
    await expect(entry).toContainText(
      `${plural(portal.items, 'item', 'items')} · ${plural(portal.offices, 'office', 'offices')} · Saved on ${today()}`,
    );
  }
  await expect(page.getByText(/^Total size: \d+\.\d\u00a0KB$/)).toBeVisible();

  // The summary is read from the query cache on arrival, without pressing the button again.
  await page.getByRole('link', { name: /No Wrong Door/ }).first().click();
  await expect(page).toHaveURL(/\/en$/);
  // The address changes before the home page is drawn; going back sooner would keep this page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moving to Ontario: what to do and when');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline settings');
  await includeEveryMunicipality(page, new RegExp(`^Also save the ${municipalities.size} other municipalities`));
  await expect(savedList(page, title).filter({ hasText: `Saved on ${today()}` })).toHaveCount(portals.length);
  await expect(page.locator('progress')).toHaveCount(0);
});

test('by default saves the federal and provincial portals and only the person’s own municipality', async ({ page }) => {
  await page.goto('/en/settings');
  await expect(page.getByText('You have not chosen a municipality, so only federal and provincial content is saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Choose your municipality' }).click();
  await page.getByLabel('Where will you live?').selectOption('ottawa');
  await page.getByRole('button', { name: 'Save and see my plan' }).click();
  await expect(page).toHaveURL(/\/en\/journey\/before$/);
  await waitUntilOfflineReady(page, savedQueriesFor('ottawa'));

  await page.goto('/en/settings');
  await expect(page.getByText('It saves federal and provincial content and your municipality’s: City of Ottawa.')).toBeVisible();
  const feeds: string[] = [];
  page.on('request', (request) => void (new URL(request.url()).pathname.startsWith('/portals/') && feeds.push(request.url())));
  await page.getByRole('button', { name: 'Save for offline' }).click();
  const ottawa = portals.filter((portal) => portal.municipality === undefined || portal.municipality === 'ottawa');
  expect(ottawa.map((portal) => portal.id)).toEqual(expect.arrayContaining(['canada', 'ontario', 'ottawa', 'ircc-services']));
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toHaveText(`Done. All ${ottawa.length} sources are saved on this device.`);
  // The plan just read them all: on a metered connection they are not downloaded a second time.
  expect(feeds).toEqual([]);
  const title = 'What is saved on this device';
  await expect(savedList(page, title).getByRole('heading')).toHaveText(ottawa.map((portal) => portal.name.en ?? ''));
});

test('a failing portal is reported while the others are saved', async ({ page, context, baseURL }) => {
  await switchPortals(context, baseURL, 'ontario:fail');
  await page.goto('/en/settings');
  await includeEveryMunicipality(page, new RegExp(`^Also save the ${municipalities.size} other municipalities`));
  await page.getByRole('button', { name: 'Save for offline' }).click();

  const saved = portals.length - 1;
  await expect(page.getByRole('status').filter({ hasText: 'sources are saved' })).toContainText(
    `${saved} of ${portals.length} sources are saved on this device.`,
  );
  await expectProgressFull(page);

  const title = 'What is saved on this device';
  const ontario = entryFor(page, title, 'Government of Ontario');
  await expect(ontario).toContainText('Could not be saved. The source is not answering right now (error 500).');
  await expect(ontario).toContainText('Nothing from this source is saved on this device yet.');
  await expect(ontario).not.toContainText('Saved on');
  for (const portal of portals.filter(({ id }) => id !== 'ontario')) {
    await expect(entryFor(page, title, portal.name.en ?? '')).toContainText(
      `${plural(portal.items, 'item', 'items')} · ${plural(portal.offices, 'office', 'offices')} · Saved on ${today()}`,
    );
  }
});

test('the French page is in French, with French names and sizes', async ({ page }) => {
  await page.goto('/fr/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres hors ligne');
  await expect(page.getByRole('heading', { name: 'Conserver le contenu enregistré' })).toBeVisible();

  await includeEveryMunicipality(page, new RegExp(`^Enregistrer aussi les ${municipalities.size} autres municipalités`));
  await page.getByRole('button', { name: 'Enregistrer pour consulter hors ligne' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Terminé.' })).toHaveText(
    `Terminé. Les ${portals.length} sources sont enregistrées sur cet appareil.`,
  );
  await expect(page.locator('.save-progress-text')).toContainText(`Sources\u00a0: ${portals.length} sur ${portals.length}`);

  const title = 'Ce qui est enregistré sur cet appareil';
  for (const portal of portals) {
    await expect(entryFor(page, title, portal.name.fr ?? '')).toContainText(
      `${pluriel(portal.items, 'élément', 'éléments')} · ${pluriel(portal.offices, 'bureau', 'bureaux')} · Enregistré le ${today()}`,
    );
  }
  await expect(page.getByText(/^Taille totale\u00a0: \d+,\d\u00a0ko$/)).toBeVisible();
});

test('asks the browser to keep the saved content and says what it answered', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(navigator.storage, {
      persisted: async () => false,
      persist: async () => true,
      estimate: async () => ({ usage: 1_234_567, quota: 10_000_000_000 }),
    });
  });
  await page.goto('/en/settings');
  await expect(page.getByText('This site now uses about 1.2\u00a0MB of storage on this device.')).toBeVisible();
  await page.getByRole('button', { name: 'Ask my browser to keep it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'keep' })).toHaveText('Your browser will keep the saved content.');
  await expect(page.getByRole('button', { name: 'Ask my browser to keep it' })).toHaveCount(0);
});

test('says plainly when the browser may still clear it, or cannot be asked', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(navigator.storage, { persisted: async () => false, persist: async () => false });
  });
  await page.goto('/fr/settings');
  await page.getByRole('button', { name: 'Demander au navigateur de le conserver' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'effacer' })).toContainText(
    'Votre navigateur pourrait quand même l’effacer',
  );
  await expect(page.getByRole('link', { name: /copie de sauvegarde de votre plan/ })).toHaveAttribute('href', '/fr/my-data');

  await page.addInitScript(() => Object.defineProperty(navigator, 'storage', { value: undefined }));
  await page.reload();
  await expect(page.getByText(/Ce navigateur ne permet pas aux sites Web de lui demander/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demander au navigateur de le conserver' })).toHaveCount(0);
});

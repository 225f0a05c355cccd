import { expect, test, type Page } from '@playwright/test';
import type { FeedInput } from '../src/content/feed';
import type { ItemInput } from '../src/content/item';
import { ottawaFeed } from '../mocks/data/ottawa';

// Codes from src/content/validation/checks/languages.ts and checks/html.ts.
const MISSING_TEXT = 'text_language_missing';
const SCRIPT_IN_BODY = 'body_script';

const cityOfOttawa = { jurisdiction: 'municipal', body: { en: 'City of Ottawa', fr: 'Ville d’Ottawa' } } as const;

function draftItem(id: string, overrides: Partial<ItemInput>): ItemInput {
  return {
    id,
    kind: 'task',
    title: { en: `Draft step ${id}`, fr: `Étape provisoire ${id}` },
    summary: { en: 'A step only the draft has.', fr: 'Une étape que seule l’ébauche contient.' },
    body: { en: '<p>Only in the draft.</p>', fr: '<p>Seulement dans l’ébauche.</p>' },
    topics: ['rights-community'],
    stages: ['first-days'],
    responsible: cityOfOttawa,
    channels: [{ type: 'online', url: { en: `https://ottawa.ca/en/${id}`, fr: `https://ottawa.ca/fr/${id}` } }],
    source: { en: `https://ottawa.ca/en/${id}`, fr: `https://ottawa.ca/fr/${id}` },
    dateModified: new Date().toISOString().slice(0, 10),
    languages: ['en', 'fr'],
    ...overrides,
  };
}

/** An item as an editor might forget it: with no source, so the loader skips it. */
const withoutSource = (item: ItemInput) =>
  Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'source')) as unknown as ItemInput;

/** Ottawa's published feed with more items, written as an editor's file would be. */
function ottawaDraft(...items: ItemInput[]): string {
  const feed: FeedInput = structuredClone(ottawaFeed);
  feed.items = [...(feed.items ?? []), ...items];
  return JSON.stringify(feed, null, 2);
}

const PUBLISHED_ITEMS = ottawaFeed.items?.length ?? 0;

/** Where `key` first appears after `after` in the text, as the report writes it. */
function lineAndColumn(text: string, after: string, key: string): string {
  const offset = text.indexOf(key, text.indexOf(after));
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

const UNSAFE_ID = 'ottawa.draft-unsafe';
const BROKEN_ID = 'ottawa.draft-broken';
const unsafeDraft = ottawaDraft(
  draftItem(UNSAFE_ID, {
    // Listed in French, but the French title is missing.
    title: { en: 'Welcome to the draft' },
    body: {
      en: '<p>Safe words stay.</p><script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2">',
      fr: '<p>Les mots sûrs restent.</p>',
    },
  }),
  // No source: the app leaves this entry out, and so does the preview.
  withoutSource(draftItem(BROKEN_ID, { title: { en: 'A broken draft step', fr: 'Une étape brisée' } })),
);

const NEW_ID = 'ottawa.draft-welcome-centre';
const NEW_TITLE = 'Visit the newcomer welcome centre';
const validDraft = ottawaDraft(
  draftItem(NEW_ID, { title: { en: NEW_TITLE, fr: 'Visitez le centre d’accueil des nouveaux arrivants' } }),
);

const banner = (page: Page) => page.getByRole('region', { name: 'Preview', exact: true });
const report = (page: Page) => page.locator('.report');
const group = (page: Page, code: string) => page.locator('.notice-group').filter({ has: page.getByRole('link', { name: code }) });

async function pasteDraft(page: Page, text: string) {
  await page.goto('/en/preview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview your feed');
  await page.getByLabel('Or paste the content of your feed').fill(text);
  await page.getByRole('button', { name: 'Check the pasted feed' }).click();
  await expect(report(page).getByRole('heading', { name: 'Report on the pasted feed' })).toBeFocused();
}

test('a draft with a missing French title and a script lists both, with their codes and places in the file', async ({ page }) => {
  await pasteDraft(page, unsafeDraft);
  await expect(report(page).locator('.report-counts')).toHaveText(/^\d+ errors?, \d+ warnings?, \d+ notes?$/);
  await expect(report(page)).toContainText(`${PUBLISHED_ITEMS + 1} of ${PUBLISHED_ITEMS + 2} items`);

  const missing = group(page, MISSING_TEXT);
  await expect(missing).toContainText('The French title is missing.');
  await expect(missing).toContainText(UNSAFE_ID);
  await expect(missing).toContainText(lineAndColumn(unsafeDraft, `"id": "${UNSAFE_ID}"`, '"title"'));
  await expect(missing).toContainText('/items/');

  const script = group(page, SCRIPT_IN_BODY);
  await expect(script.locator('.severity')).toHaveText('Error');
  await expect(script).toContainText('contains a script');
  await expect(script).toContainText(lineAndColumn(unsafeDraft, `"id": "${UNSAFE_ID}"`, '"en": "<p>Safe words'));

  // Each code links to what it means.
  await script.getByRole('link', { name: SCRIPT_IN_BODY }).click();
  await expect(page).toHaveURL(/\/en\/preview\/notices#body_script$/);
  await expect(page.locator(`section#${SCRIPT_IN_BODY}`)).toBeInViewport();
});

test('the severity filter and the downloaded report', async ({ page }) => {
  await pasteDraft(page, unsafeDraft);
  await page.getByRole('checkbox', { name: /^Errors/ }).uncheck();
  await expect(page).toHaveURL(/show=warning%2Cinfo|show=warning,info/);
  await expect(group(page, SCRIPT_IN_BODY)).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^Errors/ }).check();
  await expect(group(page, SCRIPT_IN_BODY)).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the report (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^feed-report-ottawa-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse((await (await file.createReadStream()).toArray()).join('')) as {
    summary: { counts: { error: number } };
    notices: { code: string; line: number }[];
  };
  expect(Object.keys(saved)).toEqual(['summary', 'notices']);
  expect(saved.notices.map((notice) => notice.code)).toEqual(expect.arrayContaining([MISSING_TEXT, SCRIPT_IN_BODY]));
  expect(saved.summary.counts.error).toBeGreaterThanOrEqual(2);
});

test('as a newcomer sees it, the draft’s body is sanitised and its script never runs, under the banner', async ({ page }) => {
  await pasteDraft(page, unsafeDraft);
  await page.getByRole('button', { name: 'See it as a newcomer' }).click();
  await expect(page.getByRole('heading', { name: 'Preview is on' })).toBeFocused();
  await expect(banner(page)).toContainText('Preview — not published.');
  await expect(banner(page)).toContainText('your draft of City of Ottawa');
  const yourSteps = page.locator('.preview-steps');
  await expect(yourSteps.getByRole('link', { name: 'Welcome to the draft' })).toBeVisible();
  await expect(yourSteps.getByRole('link', { name: 'A broken draft step' })).toHaveCount(0);

  // A new visit to the step page reads the preview back from the device.
  await page.goto(`/en/tasks/${UNSAFE_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to the draft');
  await expect(banner(page)).toContainText('Preview — not published.');
  const body = page.locator('.content-body').first();
  await expect(body).toContainText('Safe words stay.');
  await expect(body.locator('script, img, [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as Window & { __xss?: number }).__xss)).toBeUndefined();

  // Entries the app would leave out are left out of the preview too.
  await page.goto(`/en/tasks/${BROKEN_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(banner(page)).toBeVisible();

  // And in French.
  await page.goto(`/fr/tasks/${UNSAFE_ID}`);
  await expect(page.getByRole('region', { name: 'Aperçu', exact: true })).toContainText('Aperçu — non publié.');
  await expect(page.locator('.content-body').first()).toContainText('Les mots sûrs restent.');
  expect(await page.evaluate(() => (window as Window & { __xss?: number }).__xss)).toBeUndefined();

  await page.getByRole('link', { name: 'Retour au rapport' }).click();
  await expect(page).toHaveURL(/\/fr\/preview$/);
  await expect(page.locator('.report')).toContainText('Rapport sur le flux collé');
});

test('a valid draft’s new step shows in the plan of a person in Ottawa, and leaving the preview removes it', async ({ page }) => {
  await page.goto('/en/profile');
  await page.getByRole('radio', { name: 'I have arrived in Ontario' }).check();
  await page.getByLabel('When did you arrive?').fill('2027-01-15');
  await page.getByLabel('Where will you live?').selectOption('ottawa');
  await page.getByRole('button', { name: 'Save and see my plan' }).click();
  await expect(page).toHaveURL(/\/en\/journey\/settle$/);
  const steps = page.locator('.journey-step');
  await expect(steps.getByRole('link', { name: 'Get a PRESTO card to ride OC Transpo' })).toBeVisible();
  await expect(steps.getByRole('link', { name: NEW_TITLE })).toHaveCount(0);

  await page.getByRole('link', { name: 'Publishers: preview your content' }).click();
  await page.getByLabel('Choose a feed file').setInputFiles({
    name: 'ottawa-draft.json',
    mimeType: 'application/json',
    buffer: Buffer.from(validDraft),
  });
  await expect(report(page).getByRole('heading', { name: 'Report on ottawa-draft.json' })).toBeFocused();
  await expect(report(page)).toContainText('0 errors');
  const changes = page.getByRole('region', { name: 'What changes when you publish' });
  await expect(changes).toContainText('1 added, 0 removed, 0 changed');
  await expect(changes).toContainText(NEW_ID);

  await page.getByRole('button', { name: 'See it as a newcomer' }).click();
  await page.getByRole('link', { name: 'a settlement plan' }).click();
  await expect(page).toHaveURL(/\/en\/journey\/settle$/);
  await expect(banner(page)).toBeVisible();
  await expect(steps.getByRole('link', { name: NEW_TITLE })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Get a PRESTO card to ride OC Transpo' })).toBeVisible();

  await banner(page).getByRole('button', { name: 'Leave the preview' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(steps.getByRole('link', { name: NEW_TITLE })).toHaveCount(0);
  await expect(steps.getByRole('link', { name: 'Get a PRESTO card to ride OC Transpo' })).toBeVisible();
  // Still the published content after a reload: nothing of the draft was saved as published.
  await page.reload();
  await expect(steps.getByRole('link', { name: 'Get a PRESTO card to ride OC Transpo' })).toBeVisible();
  await expect(steps.getByRole('link', { name: NEW_TITLE })).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
});

test('a colleague opening ?feed= sees the same preview; a file over 10 MB is refused with an error summary', async ({ page, baseURL }) => {
  const address = `${baseURL}/portals/ottawa/newcomer-feed.json`;
  await page.goto(`/en/preview?feed=${encodeURIComponent(address)}`);
  await expect(report(page).getByRole('heading', { name: `Report on ${address}` })).toBeVisible();
  await expect(page.getByLabel('Or give the web address of your draft')).toHaveValue(address);
  await expect(page.getByRole('region', { name: 'What changes when you publish' })).toContainText(
    'Your draft publishes exactly what is published now.',
  );

  await page.getByLabel('Choose a feed file').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, ' '),
  });
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Your draft could not be read');
  await expect(summary).toContainText('larger than 10 MB');
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Choose a feed file')).toBeFocused();

  await page.getByLabel('Or give the web address of your draft').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Check this address' }).click();
  await expect(summary).toContainText('Enter a web address that starts with https://');
});

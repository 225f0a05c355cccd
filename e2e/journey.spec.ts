import { expect, test, type Page } from '@playwright/test';
import { dueDateFor } from '../src/content/journey';
import { catalogue, englishTitle, itemById } from './catalogue';

const ARRIVAL = '2027-01-15';

async function onboardFamilyToOttawa(page: Page) {
  await page.goto('/en/profile');
  await page.getByRole('radio', { name: 'I have arrived in Ontario' }).check();
  await page.getByLabel('When did you arrive?').fill(ARRIVAL);
  await page.getByLabel('Where will you live?').selectOption('ottawa');
  await page.getByRole('checkbox', { name: 'Children aged 0 to 5' }).check();
  await page.getByRole('checkbox', { name: 'Children aged 6 to 17' }).check();
  await page.getByRole('group', { name: 'Will you drive in Ontario?' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Save and see my plan' }).click();
  await expect(page).toHaveURL(/\/en\/journey\/settle$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your settlement plan');
}

test('a family with two children moving to Ottawa gets school enrolment and Ottawa’s steps, none of Toronto’s', async ({ page }) => {
  await onboardFamilyToOttawa(page);
  const steps = page.locator('.journey-step');
  await expect(steps.getByRole('link', { name: englishTitle('on.school-enrolment') })).toBeVisible();
  await expect(steps.getByRole('link', { name: englishTitle('ottawa.transit') })).toBeVisible();
  for (const item of catalogue.items.filter((entry) => entry.id.startsWith('toronto.'))) {
    await expect(steps.getByRole('link', { name: item.title.en ?? '' })).toHaveCount(0);
  }
  await expect(page.getByText(/Based on your answers: Ottawa/)).toBeVisible();
});

test('the Social Insurance Number comes before the Canada Child Benefit that needs it', async ({ page }) => {
  await onboardFamilyToOttawa(page);
  await expect(page.getByRole('link', { name: englishTitle('ca.child-benefit') })).toBeVisible();
  const titles = await page.locator('.journey-step h3').allInnerTexts();
  expect(titles.indexOf(englishTitle('ca.sin'))).toBeGreaterThanOrEqual(0);
  expect(titles.indexOf(englishTitle('ca.sin'))).toBeLessThan(titles.indexOf(englishTitle('ca.child-benefit')));
});

test('marking a step done is saved on the device and survives a reload', async ({ page }) => {
  await onboardFamilyToOttawa(page);
  const count = page.locator('.journey-count');
  const before = (await count.innerText()).match(/(\d+) of (\d+)/);
  expect(before?.[1]).toBe('0');
  await page.getByLabel(`Status – ${englishTitle('ca.sin')}`).selectOption('done');
  await page.getByLabel(`Status – ${englishTitle('on.ohip')}`).selectOption('in-progress');
  await expect(count).toHaveText(`1 of ${before?.[2]} done`);

  await page.reload();
  await expect(count).toHaveText(`1 of ${before?.[2]} done`);
  await expect(page.getByLabel(`Status – ${englishTitle('ca.sin')}`)).toHaveValue('done');
  await expect(page.getByLabel(`Status – ${englishTitle('on.ohip')}`)).toHaveValue('in-progress');

  // The step page shows and changes the same saved status.
  await page.getByRole('link', { name: englishTitle('ca.sin') }).click();
  await expect(page.getByLabel(`Status – ${englishTitle('ca.sin')}`)).toHaveValue('done');
});

test('the calendar file holds the dated steps on the right dates', async ({ page }) => {
  await onboardFamilyToOttawa(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /dated steps? to my calendar/ }).click();
  const file = await download;
  const ics = (await (await file.createReadStream()).toArray()).join('');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  for (const id of ['ca.sin', 'on.drivers-licence-exchange']) {
    const rule = itemById(id).due;
    if (!rule) throw new Error(`${id} has no due rule in the fixtures`);
    const date = dueDateFor(rule, ARRIVAL, new Date().toISOString().slice(0, 10)).replaceAll('-', '');
    const event = ics.split('BEGIN:VEVENT').find((block) => block.includes(`UID:${id}@`));
    expect(event, `${id} is in the calendar`).toBeDefined();
    expect(event).toContain(`DTSTART;VALUE=DATE:${date}`);
  }
  // Steps without a due rule are not in the calendar.
  expect(ics).not.toContain('UID:ottawa.transit@');
});

test('the French plan is complete and keeps the same steps', async ({ page }) => {
  await onboardFamilyToOttawa(page);
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/journey\/settle$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre plan d’établissement');
  await expect(page.locator('.journey-step').getByRole('link', { name: itemById('on.school-enrolment').title.fr ?? '' })).toBeVisible();
  await expect(page.locator('.journey-count')).toContainText('terminées');
});

test('a backup taken before clearing the browser restores the same plan and progress', async ({ page, context }) => {
  await onboardFamilyToOttawa(page);
  await page.getByLabel(`Status – ${englishTitle('ca.sin')}`).selectOption('done');
  const count = page.locator('.journey-count');
  const planned = await count.innerText();

  await page.getByRole('link', { name: 'Back up or move my plan to another device' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const backupPath = await (await download).path();

  // Clear site data, as a person would in the browser's settings.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
  await page.goto('/en/journey/settle');
  await expect(page.getByText('This is a general plan.')).toBeVisible();
  await expect(count).toContainText('0 of');

  await page.goto('/en/my-data');
  await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Replace the plan on this device' }).click();
  await page.getByRole('link', { name: 'Go to your plan' }).click();
  await expect(page).toHaveURL(/\/en\/journey\/settle$/);
  await expect(count).toHaveText(planned);
  await expect(page.getByLabel(`Status – ${englishTitle('ca.sin')}`)).toHaveValue('done');
  await expect(page.getByText(/Based on your answers: Ottawa/)).toBeVisible();
});

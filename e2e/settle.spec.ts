import { expect, test, type Locator, type Page } from '@playwright/test';
import type { OfficeKind } from '../src/content/taxonomy';
import { catalogue } from './catalogue';

const allMunicipalities = catalogue.municipalities;
// Every source's offices, IRCC's agencies and the community directories' among them.
const allOffices = catalogue.offices;

function municipality(id: string) {
  const found = allMunicipalities.find((entry) => entry.id === id);
  if (!found) throw new Error(`the ${id} fixture is missing`);
  return found;
}

/** How many offices of a kind the sources list in a municipality, counted from what the mocks serve. */
const officeCount = (id: string, kind: OfficeKind) =>
  allOffices.filter((office) => office.municipality === id && office.kind === kind).length;

/** The cells of the row whose header is `name`, one per municipality, in column order. */
const cells = (table: Locator, name: string) => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) }).getByRole('cell');

const table = (page: Page) => page.getByRole('table');

test('a shared link compares the municipalities it names, side by side', async ({ page }) => {
  const ottawa = municipality('ottawa');
  const sudbury = municipality('greater-sudbury');
  expect(ottawa.population).toBe(1_017_449);

  await page.goto('/en/where-to-settle?compare=ottawa,greater-sudbury');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where to settle');
  await expect(page).toHaveTitle(/^Where to settle – /);
  const comparison = table(page);
  await expect(comparison).toHaveAccessibleName('Comparison of Ottawa and Greater Sudbury');
  await expect(comparison.getByRole('columnheader')).toHaveText(['Ottawa', 'Greater Sudbury']);
  await expect(page.getByRole('region', { name: 'Comparison of Ottawa and Greater Sudbury' })).toHaveAttribute('tabindex', '0');

  await expect(cells(comparison, 'Population')).toHaveText([
    `1,017,449 ${ottawa.populationYear} census`,
    `166,004 ${sudbury.populationYear} census`,
  ]);
  expect([ottawa.frenchLanguageServices, sudbury.frenchLanguageServices]).toEqual([true, true]);
  await expect(cells(comparison, 'Designated under the French Language Services Act')).toHaveText(['Yes', 'Yes']);
  await expect(cells(comparison, 'Settlement agencies')).toHaveText([
    String(officeCount('ottawa', 'settlement-agency')),
    String(officeCount('greater-sudbury', 'settlement-agency')),
  ]);
  await expect(cells(comparison, 'ServiceOntario centres')).toHaveText([
    String(officeCount('ottawa', 'serviceontario')),
    String(officeCount('greater-sudbury', 'serviceontario')),
  ]);
  await expect(cells(comparison, 'Shared government service centres')).toHaveText([
    String(officeCount('ottawa', 'co-located')),
    String(officeCount('greater-sudbury', 'co-located')),
  ]);
  await expect(comparison.getByRole('link', { name: 'Ottawa newcomer page' })).toHaveAttribute('href', ottawa.portal.en ?? '');
});

test('ticking a third municipality adds its column and keeps the choice in the link', async ({ page }) => {
  await page.goto('/en/where-to-settle?compare=ottawa,greater-sudbury');
  await expect(table(page).getByRole('columnheader')).toHaveText(['Ottawa', 'Greater Sudbury']);
  await expect(page.getByRole('checkbox', { name: /Ottawa/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Hamilton/ })).not.toBeChecked();

  await page.getByRole('checkbox', { name: /Hamilton/ }).check();
  await expect(page).toHaveURL(/\/en\/where-to-settle\?compare=ottawa,greater-sudbury,hamilton$/);
  await expect(table(page).getByRole('columnheader')).toHaveText(['Ottawa', 'Greater Sudbury', 'Hamilton']);
  await expect(cells(table(page), 'Population').nth(2)).toContainText('569,353');
});

test('fewer than two municipalities get a clear message instead of a table', async ({ page }) => {
  await page.goto('/en/where-to-settle?compare=ottawa,greater-sudbury');
  await page.getByRole('checkbox', { name: /Greater Sudbury/ }).uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'Choose at least two cities to compare.' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page).toHaveURL(/\?compare=ottawa$/);

  await page.getByRole('checkbox', { name: /Toronto/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Choose at least two' })).toHaveCount(0);
  await expect(table(page).getByRole('columnheader')).toHaveText(['Ottawa', 'Toronto']);
});

test('the French page is in French, comparing the first two municipalities by default', async ({ page }) => {
  await page.goto('/fr/where-to-settle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Où s’installer');
  await expect(page.getByRole('heading', { level: 2, name: 'Côte à côte' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Villes à comparer' })).toBeVisible();
  const [first, second] = allMunicipalities;
  await expect(table(page).getByRole('columnheader')).toHaveText([first?.name.fr ?? '', second?.name.fr ?? '']);
  await expect(table(page).getByRole('rowheader', { name: 'Organismes d’établissement' })).toBeVisible();
  await expect(cells(table(page), 'Population').first()).toHaveText(/^1\s017\s449 recensement de 2021$/);
  await expect(cells(table(page), 'Désignée en vertu de la Loi sur les services en français')).toHaveText(['Oui', 'Oui']);
});

import { expect, test, type Locator } from '@playwright/test';
import newsEn from '../mocks/data/gc-news/news-en.json' with { type: 'json' };
import newsFr from '../mocks/data/gc-news/news-fr.json' with { type: 'json' };
import frCommon from '../src/i18n/locales/fr/common.json' with { type: 'json' };
import { switchPortals } from './mockSwitches';
import { snapshotURL } from './servers';

interface FixtureEntry {
  title?: string;
  link?: string;
  publishedDate?: string;
}

/**
 * What the mock news API publishes, as a reader should see it: every entry with a title and a
 * link, newest first, its link on the publishing site (www.canada.ca when the fixture's is
 * relative) and over https.
 */
function published(entries: FixtureEntry[]) {
  return entries
    .flatMap(({ title, link, publishedDate }) => {
      if (!title || !link || !publishedDate) return [];
      const href = new URL(link, 'https://www.canada.ca');
      href.protocol = 'https:';
      return [{ title, relative: link.startsWith('/'), href: href.href, day: publishedDate.slice(0, 10) }];
    })
    .sort((a, b) => b.day.localeCompare(a.day));
}

const news = { en: published(newsEn.feed.entry), fr: published(newsFr.feed.entry) };

async function shownNews(list: Locator) {
  const items = list.getByRole('listitem');
  return items.evaluateAll((elements) =>
    elements.map((item) => ({
      href: item.querySelector('a')?.href,
      day: item.querySelector('time')?.getAttribute('datetime'),
      shownDay: item.querySelector('time')?.textContent,
    })),
  );
}

for (const [lang, heading, home] of [
  ['en', 'What’s new', 'Home'],
  ['fr', 'Quoi de neuf', 'Accueil'],
] as const) {
  test(`What's new lists the news in ${lang === 'en' ? 'English' : 'French'}, newest first, with their publisher`, async ({ page }) => {
    const expected = news[lang];
    await page.goto(`/${lang}/news`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation', { name: /You are here|Vous êtes ici/ }).getByRole('link', { name: home })).toBeVisible();

    const list = page.getByRole('main').locator('.news-list');
    await expect(list.getByRole('listitem')).toHaveCount(expected.length);
    expect(await shownNews(list)).toEqual(expected.map(({ href, day }) => ({ href, day, shownDay: day })));

    // The newest news came with a link relative to canada.ca: it is shown as a full address there.
    const newest = expected[0]!;
    expect(newest.relative).toBe(true);
    const newestLink = list.getByRole('link', { name: newest.title });
    await expect(newestLink).toHaveAttribute('href', newest.href);
    expect(newest.href).toMatch(new RegExp(`^https://www\\.canada\\.ca/${lang}/`));
    await expect(list.getByRole('heading', { level: 2 }).first()).toHaveText(newest.title);

    const provenance = page.locator('footer.provenance');
    await expect(provenance).toContainText(lang === 'en' ? 'Source: Government of Canada news' : 'Source : Nouvelles du gouvernement du Canada');
    await expect(provenance.getByRole('link', { name: lang === 'en' ? 'Terms and conditions of Canada.ca' : 'Avis de Canada.ca' })).toHaveAttribute(
      'href',
      /^https:\/\/www\.canada\.ca\//,
    );
    await expect(provenance.locator('.date-modified time')).toHaveText(newest.day);
  });
}

test('the home page shows the three latest news and a link to all of them', async ({ page }) => {
  await page.goto('/en');
  const section = page.getByRole('region', { name: 'What’s new' });
  const items = section.getByRole('listitem');
  await expect(items).toHaveCount(3);
  const latest = news.en.slice(0, 3);
  for (const [i, { title, href, day }] of latest.entries()) {
    await expect(items.nth(i).getByRole('link')).toHaveText(title);
    await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', href);
    await expect(items.nth(i).locator('time')).toHaveText(day);
  }
  await section.getByRole('link', { name: 'See all news' }).click();
  await expect(page).toHaveURL(/\/en\/news$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What’s new');
});

test('a failing news source leaves a plain message, and the rest of the home page as it was', async ({ page, context, baseURL }) => {
  await switchPortals(context, baseURL, 'gc-news:fail');
  // From a page the build does not prerender, the app reads the news itself when the home page opens.
  await page.goto('/fr/profile');
  await page.getByRole('link', { name: frCommon.site.name }).first().click();
  const section = page.getByRole('region', { name: 'Quoi de neuf' });
  await expect(section.getByRole('status')).toHaveText('Nouvelles d’IRCC\u00a0: les nouvelles n’ont pas pu être chargées pour le moment. Réessayez plus tard.');
  await expect(section.getByRole('listitem')).toHaveCount(0);
  await expect(section.getByRole('link', { name: 'Voir toutes les nouvelles' })).toBeVisible();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(frCommon.home.title);
  await expect(page.getByRole('link', { name: frCommon.phase.preparing.title })).toBeVisible();
  await expect(page.getByRole('link', { name: /\d+ étapes?/ }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await section.getByRole('link', { name: 'Voir toutes les nouvelles' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'IRCC' })).toHaveText('Nouvelles d’IRCC\u00a0: les nouvelles n’ont pas pu être chargées pour le moment. Réessayez plus tard.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quoi de neuf');
});

test('a prerendered home page keeps the news it came with, dated, when the news fail to refresh', async ({ page, context, baseURL }) => {
  // Two hours after the build, the news the page came with are old enough to be refreshed.
  await context.clock.install({ time: Date.now() + 2 * 60 * 60_000 });
  await switchPortals(context, baseURL, 'gc-news:fail');
  await page.goto('/en/');
  const section = page.getByRole('region', { name: 'What’s new' });
  await expect(section.getByRole('status')).toHaveText(`IRCC news: could not be refreshed. Showing news saved on ${new Date().toISOString().slice(0, 10)}.`);
  await expect(section.getByRole('listitem')).toHaveCount(3);
});

test.describe('before the app’s code has run', () => {
  test.use({ javaScriptEnabled: false });

  test('What’s new is prerendered with its news', async ({ page }) => {
    await page.goto('/fr/news');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quoi de neuf');
    await expect(page.locator('.news-list').getByRole('listitem')).toHaveCount(news.fr.length);
    await expect(page.getByRole('link', { name: news.fr[0]!.title })).toHaveAttribute('href', news.fr[0]!.href);
  });
});

test('from a deployed snapshot, What’s new reads the snapshot’s news file, not the news API', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.clock.install();
  await page.goto(`${snapshotURL}/en/news`);
  const list = page.getByRole('main').locator('.news-list');
  await expect(list.getByRole('listitem')).toHaveCount(news.en.length);
  // The page came from the server with the news of its deployment: nothing to read again.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  expect(asked).not.toContain('/snapshot/news/en.json');

  // Back two hours later, the page comes from the app's copy, and the news from the snapshot.
  await page.clock.fastForward('02:00:00');
  const newsRead = page.waitForRequest((request) => new URL(request.url()).pathname === '/snapshot/news/en.json');
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(news.en.length);
  expect(await shownNews(list)).toEqual(news.en.map(({ href, day }) => ({ href, day, shownDay: day })));
  await newsRead;
  expect(asked.filter((path) => path.startsWith('/portals/gc-news/'))).toEqual([]);
});

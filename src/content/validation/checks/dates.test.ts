import { describe, expect, it } from 'vitest';
import type { FeedInput } from '../../feed';
import { testFeed, testItem, testMunicipality, testOffice } from '../../testing/builders';
import { contextFor } from '../buildContext';
import { checkDates, datesNotices, lastDayOf, pastUpcomingPhrases } from './dates';

const AS_OF = '2026-12-01';
const run = (extra: Partial<FeedInput>, asOf = AS_OF) => checkDates(contextFor(testFeed('ontario', 'provincial', extra), { asOf }));

describe('datesNotices', () => {
  it('lists every code the check emits once', () => {
    expect(datesNotices.map((definition) => definition.code)).toEqual([
      'date_modified_in_future',
      'date_modified_old',
      'generated_at_in_future',
      'past_date_as_upcoming',
    ]);
  });
});

describe('date_modified_in_future', () => {
  it('reports a date modified after the day of the check, in any kind of entry', () => {
    const office = { ...testOffice('ottawa', 'library'), dateModified: '2027-01-15' };
    const notices = run({
      items: [testItem('on.ok'), testItem('on.card', { dateModified: '2026-12-02' })],
      offices: [office],
      municipalities: [testMunicipality('ottawa', { dateModified: '2030-01-01' })],
    });
    expect(notices.map(({ code, severity, path, id }) => ({ code, severity, path, id }))).toEqual([
      { code: 'date_modified_in_future', severity: 'error', path: '/items/1/dateModified', id: 'on.card' },
      { code: 'date_modified_in_future', severity: 'error', path: '/offices/0/dateModified', id: office.id },
      { code: 'date_modified_in_future', severity: 'error', path: '/municipalities/0/dateModified', id: 'ottawa' },
    ]);
    expect(notices[0]?.message.en).toBe(
      'Date modified is 2026-12-02, after 2026-12-01, the day this feed is checked. Write the day the page was last changed in `dateModified`: it cannot be in the future.',
    );
    expect(notices[0]?.message.fr).toContain('La date de modification est le 2026-12-02, après le 2026-12-01');
  });

  it('accepts a page changed on the day of the check', () => {
    expect(run({ items: [testItem('on.card', { dateModified: AS_OF })] })).toEqual([]);
  });

  it('judges from asOf, not from the clock', () => {
    expect(run({ items: [testItem('on.card', { dateModified: '2030-06-01' })] }, '2030-06-01')).toEqual([]);
  });
});

describe('date_modified_old', () => {
  it('reports a page not changed for more than 12 months', () => {
    const notices = run({ items: [testItem('on.card', { dateModified: '2019-05-02' })] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'date_modified_old', severity: 'warning', path: '/items/0/dateModified', id: 'on.card' });
    expect(notices[0]?.message.en).toBe(
      'Date modified is 2019-05-02, more than 12 months before 2026-12-01. Check the page is still right and update `dateModified` to the day you checked it.',
    );
  });

  it('draws the line at exactly 12 months', () => {
    const notices = run({
      items: [testItem('on.year', { dateModified: '2025-12-01' }), testItem('on.older', { dateModified: '2025-11-30' })],
    });
    expect(notices.map(({ code, id }) => ({ code, id }))).toEqual([{ code: 'date_modified_old', id: 'on.older' }]);
  });

  it('counts 12 months from a leap day', () => {
    const notices = run({ items: [testItem('on.a', { dateModified: '2027-02-28' }), testItem('on.b', { dateModified: '2027-02-27' })] }, '2028-02-29');
    expect(notices.map(({ id }) => id)).toEqual(['on.b']);
  });
});

describe('generated_at_in_future', () => {
  it('reports a feed written after the day of the check', () => {
    const notices = run({ generatedAt: '2026-12-02T00:30:00Z' });
    expect(notices).toEqual([expect.objectContaining({ code: 'generated_at_in_future', severity: 'warning', path: '/generatedAt' })]);
    expect(notices[0]?.message.en).toContain('`generatedAt` is 2026-12-02T00:30:00Z, after 2026-12-01');
  });

  it('reads the day in the publisher’s own time zone', () => {
    expect(run({ generatedAt: '2026-12-01T23:30:00-05:00' })).toEqual([]);
  });
});

describe('past_date_as_upcoming', () => {
  it('reports a past date announced as upcoming, quoting the phrase', () => {
    const item = testItem('on.card', {
      summary: { en: 'Summary', fr: 'Résumé' },
      body: { en: '<p>Starting in <strong>2024</strong>, you can apply online.</p>', fr: '<p>À compter du 1<sup>er</sup> mars 2024, vous pouvez.</p>' },
      languages: ['en', 'fr'],
    });
    const notices = run({ items: [item] });
    expect(notices.map(({ code, severity, path, id }) => ({ code, severity, path, id }))).toEqual([
      { code: 'past_date_as_upcoming', severity: 'warning', path: '/items/0/body/en', id: 'on.card' },
      { code: 'past_date_as_upcoming', severity: 'warning', path: '/items/0/body/fr', id: 'on.card' },
    ]);
    expect(notices[0]?.message.en).toBe(
      '`body.en` says "Starting in 2024" as if it were still to come, but that date is before 2026-12-01. Update the text to say what applies now, or remove the date.',
    );
    expect(notices[1]?.message.fr).toContain('`body.fr` présente "À compter du 1er mars 2024" comme à venir');
  });

  it('reads titles and summaries too', () => {
    const item = testItem('on.card', { title: { en: 'New fees from January 2025' }, summary: { en: 'The fee will change on 2024-09-01.' } });
    expect(run({ items: [item] }).map(({ path }) => path)).toEqual(['/items/0/title/en', '/items/0/summary/en']);
  });

  it('leaves a date still to come alone', () => {
    const item = testItem('on.card', { summary: { en: 'Starting in 2027, you can apply online.' } });
    expect(run({ items: [item] })).toEqual([]);
    const earlier = testItem('on.card', { summary: { en: 'Starting in 2024, you can apply online.' }, dateModified: '2024-05-01' });
    expect(run({ items: [earlier], generatedAt: '2024-05-01T00:00:00Z' }, '2024-06-01')).toEqual([]);
  });

  it.each([
    'Starting in 2024, you can apply online.',
    'From January 2025 fees rise.',
    'As of 2023-06-01 you must bring a photo.',
    'Beginning March 1, 2024, the office opens at 9.',
    'In 2025 the rules will change.',
    'The fee will change on 2024-09-01.',
    'The new rules take effect on January 1st, 2025.',
    'Effective April 1, 2024, fees are higher.',
  ])('finds the English phrase in %j', (text) => {
    expect(pastUpcomingPhrases(text, 'en', AS_OF)).toHaveLength(1);
  });

  it.each([
    'À partir de 2024, vous pouvez faire une demande.',
    'Dès janvier 2025, les frais augmentent.',
    'À compter du 1er mars 2024, le bureau ouvre à 9 h.',
    'La règle entrera en vigueur en 2023.',
    'En 2025, les règles changeront.',
    'Vous devrez payer à partir d’avril 2024.',
    'Il y a des frais à partir de 2024.',
  ])('finds the French phrase in %j', (text) => {
    expect(pastUpcomingPhrases(text, 'fr', AS_OF)).toHaveLength(1);
  });

  it.each([
    'Since 2019 the city has offered free classes.',
    'In 2021 the city had 12 libraries.',
    'As of 2021, the city had a million people.',
    'Data from 2019 show most newcomers rent.',
    'In 2021 the city said it will grow.',
    'The amounts were raised from July 2025.',
    'Rates from January 2024 to March 2024 were lower.',
    'This cost-effective plan began in 2019.',
  ])('does not read past-tense English as upcoming: %j', (text) => {
    expect(pastUpcomingPhrases(text, 'en', AS_OF)).toEqual([]);
  });

  it.each([
    'Depuis 2019, la ville offre des cours gratuits.',
    'En 2021, la ville comptait 12 bibliothèques.',
    'Le gouvernement en a augmenté les montants à partir de juillet 2025.',
    'La Ville offrait le service dès 2024.',
    'Les frais ont augmenté dès 2024.',
  ])('does not read past-tense French as upcoming: %j', (text) => {
    expect(pastUpcomingPhrases(text, 'fr', AS_OF)).toEqual([]);
  });

  it('judges the whole month or year a date names', () => {
    expect(pastUpcomingPhrases('Starting in 2026, you can apply.', 'en', AS_OF)).toEqual([]);
    expect(pastUpcomingPhrases('From November 2026 fees rise.', 'en', AS_OF)).toEqual(['From November 2026']);
    expect(pastUpcomingPhrases('From December 2026 fees rise.', 'en', AS_OF)).toEqual([]);
  });
});

describe('lastDayOf', () => {
  it.each([
    ['2024-09-01', '2024-09-01'],
    ['2024', '2024-12-31'],
    ['February 2024', '2024-02-29'],
    ['March 1, 2024', '2024-03-01'],
    ['1st March 2024', '2024-03-01'],
    ['Sept. 2023', '2023-09-30'],
    ['1er mars 2024', '2024-03-01'],
    ['décembre 2025', '2025-12-31'],
    ['août 2025', '2025-08-31'],
  ])('%s ends on %s', (written, last) => {
    expect(lastDayOf(written)).toBe(last);
  });
});

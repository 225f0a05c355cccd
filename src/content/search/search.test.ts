import { describe, expect, it } from 'vitest';
import { allHits, ids, mockCatalogue, mockIndex, searchEn, searchFr, total } from '../testing/mockSearchIndex';
import { buildCatalogue } from '../catalogue';
import { testFeed, testItem } from '../testing/builders';
import { buildSearchIndex } from './searchIndex';
import { search } from './search';

const firstTask = (query: string, lang: 'en' | 'fr' = 'en') =>
  (lang === 'en' ? searchEn(query) : searchFr(query)).groups.task[0]?.id;

describe('buildSearchIndex', () => {
  it('indexes every task, guide and office of the catalogue', () => {
    expect(mockIndex.documentCount).toBe(mockCatalogue.items.length + mockCatalogue.offices.length);
  });

  it('keeps both languages and the municipality in each hit', () => {
    const [office] = searchEn('Boréal').groups.office;
    expect(office).toMatchObject({
      id: 'sudbury.office.boreal-immigration',
      kind: 'office',
      municipality: 'greater-sudbury',
      title: { en: expect.any(String), fr: expect.any(String) },
    });
    const [task] = searchEn('OHIP').groups.task;
    expect(task).toMatchObject({ id: 'on.ohip', kind: 'task', summary: { en: expect.any(String), fr: expect.any(String) } });
  });

  it('finds an item published in one language only', () => {
    const feed = testFeed('toronto', 'municipal', {
      items: [testItem('toronto.ferry', { title: { en: 'Take the ferry to the Islands' } })],
    });
    const index = buildSearchIndex(buildCatalogue([feed]));
    const [hit] = search(index, 'ferry', { lang: 'fr' }).groups.task;
    expect(hit?.id).toBe('toronto.ferry');
    expect(hit?.title.fr).toBeUndefined();
  });
});

describe('search ranking', () => {
  it('puts a title match before a match in the body only', () => {
    // "address" is in the title of ca.pr-card-address and only in the body of ca.landing.
    const tasks = ids(searchEn('address').groups.task);
    expect(tasks[0]).toBe('ca.pr-card-address');
    expect(tasks).toContain('ca.landing');
  });

  it('weighs a word in a title above the same word repeated in a body', () => {
    const feed = testFeed('canada', 'federal', {
      items: [
        testItem('ca.passport', { title: { en: 'Get a Canadian passport' }, body: { en: '<p>Apply at Service Canada.</p>' } }),
        testItem('ca.travel', {
          title: { en: 'Travel outside Canada' },
          body: { en: '<p>Take your passport. Keep your passport safe. A lost passport is hard to replace.</p>' },
        }),
      ],
    });
    const index = buildSearchIndex(buildCatalogue([feed]));
    expect(ids(search(index, 'passport', { lang: 'en' }).groups.task)).toEqual(['ca.passport', 'ca.travel']);
  });

  it('groups results by kind, best first', () => {
    const results = searchEn('library card');
    expect(results.groups.task.every((hit) => hit.kind === 'task')).toBe(true);
    expect(results.groups.office.every((hit) => hit.kind === 'office')).toBe(true);
    expect(results.groups.office.length).toBeGreaterThan(0);
    const scores = results.groups.task.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('needs every word, and says so when it falls back to any word', () => {
    const strict = searchEn('library card ottawa');
    expect(strict.matchedAllTerms).toBe(true);
    expect(ids(strict.groups.task)).toEqual(['ottawa.library-card']);

    const loose = searchEn('OHIP zzqx');
    expect(loose.matchedAllTerms).toBe(false);
    expect(loose.groups.task[0]?.id).toBe('on.ohip');
  });

  it('applies the limit to each group and still counts every match', () => {
    const results = search(mockIndex, 'Hamilton', { lang: 'en', limit: 2 });
    expect(results.groups.office).toHaveLength(2);
    expect(results.counts.office).toBeGreaterThan(2);
  });
});

describe('synonyms', () => {
  it.each([
    ['health card', 'on.ohip'],
    ['RAMO', 'on.ohip'], // in no text: found only through its synonyms
    ['NAS', 'ca.sin'],
    ['numéro d’assurance sociale', 'ca.sin'],
    ['CLIC', 'ca.linc'],
    ['G1', 'on.drivers-licence-exchange'], // in no text either
    ['daycare', 'on.child-care'],
    ['service ontario health card', 'on.ohip'],
  ])('"%s" finds %s first', (query, id) => {
    expect(firstTask(query)).toBe(id);
  });

  it.each(['PR card', 'carte RP', 'permanent resident card'])('"%s" finds the three PR card tasks first', (query) => {
    expect(ids(searchEn(query).groups.task.slice(0, 3)).sort()).toEqual(['ca.pr-card', 'ca.pr-card-address', 'ca.pr-card-renewal']);
  });

  it('does not match a synonym phrase word by word', () => {
    // "day care" is rewritten to "daycare": as two words it found a guide about a nurse line,
    // whose text has "day" and "care" apart.
    expect(ids(allHits(searchEn('day care')))).not.toContain('on.health811');
  });
});

describe('across languages', () => {
  it('finds the OHIP task from French words in the English UI', () => {
    expect(firstTask('carte santé', 'en')).toBe('on.ohip');
  });

  it('finds the NAS task from the English acronym in the French UI', () => {
    const [hit] = searchFr('SIN').groups.task;
    expect(hit?.id).toBe('ca.sin');
    expect(hit?.title.fr).toContain('NAS');
  });

  it('finds the same documents whatever the UI language', () => {
    for (const query of ['permis de conduire', 'health', 'bibliothèque']) {
      expect(ids(allHits(searchFr(query))).sort()).toEqual(ids(allHits(searchEn(query))).sort());
    }
  });

  it('ranks a match in the UI language a little higher', () => {
    // "transit" is an English and a French word; "transport en commun" only French.
    const en = searchEn('Sudbury transit').groups.task.map((hit) => hit.score);
    const fr = searchFr('Sudbury transit').groups.task.map((hit) => hit.score);
    expect(en).not.toEqual(fr);
  });
});

describe('accents and case', () => {
  it.each([
    ['sante', 'santé'],
    ['SANTE', 'Santé'],
    ['ecole', 'école'],
    ['boreal', 'Boréal'],
    ['medecin de famille', 'médecin de famille'],
  ])('"%s" finds what "%s" finds', (plain, accented) => {
    const found = ids(allHits(searchFr(plain)));
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(ids(allHits(searchFr(accented))));
  });

  it('finds accented text from a plain query', () => {
    expect(firstTask('ecole', 'fr')).toBe('on.school-enrolment');
    expect(ids(searchEn('college boreal').groups.office)).toEqual(['sudbury.office.boreal-immigration']);
  });
});

describe('noise control', () => {
  const documents = mockCatalogue.items.length + mockCatalogue.offices.length;

  it.each(['de', 'la', 'le', 'en', 'et', 'du', 'an', 'on', 'in', 'to', 'se', 'si', 'ca', 're', 'he', 'ap'])(
    'the two-letter query "%s" returns at most one document in twenty',
    (query) => {
      expect(total(searchEn(query))).toBeLessThanOrEqual(Math.ceil(documents * 0.05));
    },
  );

  it('matches a two-letter word only exactly, not as a prefix', () => {
    expect(total(searchEn('he'))).toBe(0);
    expect(total(searchEn('hea'))).toBeGreaterThan(0);
  });

  it('tolerates a typo in a longer word', () => {
    expect(firstTask('helth card')).toBe('on.ohip');
    expect(firstTask('citizenshp')).toBe('ca.citizenship');
  });

  it('does not look for typos of a word the content contains', () => {
    // "mentoring" is one edit away from nothing useful but two from "entering" (on.renting).
    expect(ids(allHits(searchEn('mentoring')))).not.toContain('on.renting');
    expect(firstTask('mentoring')).toBe('ca.mentoring');
  });

  it('returns nothing for stop words alone', () => {
    const results = searchEn('the de la');
    expect(results.terms).toEqual([]);
    expect(total(results)).toBe(0);
  });

  it('reports the normalised query terms', () => {
    expect(searchEn('  Carte   SANTÉ de l’Ontario ').terms).toEqual(['carte', 'sante', 'ontario']);
  });
});

describe('offices', () => {
  it('finds offices by name and city', () => {
    expect(ids(searchEn('ServiceOntario Ottawa').groups.office).sort()).toEqual([
      'on.office.kanata-hazeldean',
      'on.office.ottawa-st-laurent',
      'ottawa.office.city-hall',
    ]);
  });

  it('finds offices by street and by municipality', () => {
    expect(searchEn('College Street').groups.office[0]?.id).toBe('ca.office.toronto-college');
    const sudbury = searchEn('Greater Sudbury').groups.office.map((hit) => hit.municipality);
    expect(new Set(sudbury)).toEqual(new Set(['greater-sudbury']));
  });

  it('finds the offices that deliver a service', () => {
    expect(ids(searchEn('SIN').groups.office)).toContain('ca.office.hamilton');
  });
});

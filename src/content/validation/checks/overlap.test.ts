import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../../../mocks/data/feeds';
import { Feed, type FeedInput } from '../../feed';
import type { ItemInput } from '../../item';
import type { Jurisdiction } from '../../taxonomy';
import { testFeed, testItem, testMunicipality, testPublisher } from '../../testing/builders';
import { contextFor } from '../buildContext';
import type { Notice } from '../notice';
import { canonicalUrl, checkOverlap, titlesAlmostSame } from './overlap';

const feed = (id: string, jurisdiction: Jurisdiction, name: { en: string; fr: string }, extra: Partial<FeedInput> = {}) =>
  testFeed(id, jurisdiction, { publisher: { ...testPublisher(id, jurisdiction), name }, ...extra });

const provincial = { jurisdiction: 'provincial', body: { en: 'ServiceOntario' } } as const;
const municipal = { jurisdiction: 'municipal', body: { en: 'City' } } as const;

const ohip = testItem('on.ohip', {
  serviceId: 'ohip',
  title: { en: 'Apply for OHIP', fr: 'Demander l’Assurance-santé' },
  responsible: provincial,
  source: { en: 'https://www.ontario.ca/page/apply-ohip', fr: 'https://www.ontario.ca/fr/page/demande-assurance-sante' },
  dateModified: '2026-01-10',
});
const photoCard = testItem('on.photo-card', {
  title: { en: 'Get an Ontario Photo Card' },
  responsible: provincial,
  source: { en: 'https://www.ontario.ca/page/photo-card' },
});
const ontario = feed('ontario', 'provincial', { en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' }, { items: [ohip, photoCard] });

const city = (id: string, name: string, items: ItemInput[]) =>
  feed(id, 'municipal', { en: `City of ${name}`, fr: `Ville de ${name}` }, { municipalities: [testMunicipality(id)], items });
const ottawa = (...items: ItemInput[]) => city('ottawa', 'Ottawa', items);

const run = (input: unknown, published: unknown[] = [ontario]) => checkOverlap(contextFor(input, { published }));

/** An Ottawa item, the city's own service unless told otherwise. */
const ottawaItem = (overrides: Partial<ItemInput>) => testItem('ottawa.step', { responsible: municipal, ...overrides });

describe('canonicalUrl', () => {
  it('ignores the scheme, the host’s case, the query, the fragment and a trailing slash', () => {
    expect(canonicalUrl('http://WWW.Ontario.ca/page/apply-ohip/?utm_source=x#top')).toBe('https://www.ontario.ca/page/apply-ohip');
  });

  it('keeps the path’s case', () => {
    expect(canonicalUrl('https://example.ca/Page')).not.toBe(canonicalUrl('https://example.ca/page'));
  });
});

describe('titlesAlmostSame', () => {
  it('ignores case, accents, punctuation and small words', () => {
    expect(titlesAlmostSame('Apply for OHIP and get your health card', 'Apply for OHIP, get a Health Card!')).toBe(true);
    expect(titlesAlmostSame('Obtenir une carte-photo de l’Ontario', 'Obtenez la carte photo de l’Ontario')).toBe(true);
  });

  it('compares the words as a set, in any order', () => {
    expect(titlesAlmostSame('Health card: apply for OHIP', 'Apply for OHIP health card')).toBe(true);
  });

  it('tells related but different steps apart', () => {
    expect(titlesAlmostSame('Take free English or French classes (LINC and CLIC)', 'Take free English or French classes for adults')).toBe(false);
    expect(titlesAlmostSame('Apply for OHIP', 'Find a family doctor')).toBe(false);
    expect(titlesAlmostSame('The', 'The')).toBe(false);
  });
});

describe('same_source_as_other_publisher', () => {
  it('names the other publisher’s item and suggests its serviceId', () => {
    const input = ottawa(
      ottawaItem({ title: { en: 'Apply for OHIP' }, responsible: provincial, source: { en: 'http://WWW.Ontario.ca/page/apply-ohip/?utm=x' } }),
    );
    const notices = run(input);
    // The shared page says it all: no second notice for the same title or the responsibility.
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      code: 'same_source_as_other_publisher',
      severity: 'warning',
      path: '/items/0/source/en',
      id: 'ottawa.step',
      suggestion: 'ohip',
    });
    expect(notices[0]?.message.en).toBe(
      'Government of Ontario already publishes this page (on.ohip, “Apply for OHIP”). Set `serviceId` to "ohip" so the app shows one service, or link to their page instead of repeating it.',
    );
    expect(notices[0]?.message.fr).toContain('Gouvernement de l’Ontario\u00a0: on.ohip, «\u00a0Demander l’Assurance-santé\u00a0»');
  });

  it('matches a page in either language, and asks to agree on a serviceId when the other has none', () => {
    const input = ottawa(
      ottawaItem({ title: { en: 'Photo ID' }, source: { en: 'https://ottawa.ca/id', fr: 'https://www.ontario.ca/page/photo-card' } }),
    );
    const [notice, ...rest] = run(input);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ code: 'same_source_as_other_publisher', path: '/items/0/source/fr' });
    expect(notice?.suggestion).toBeUndefined();
    expect(notice?.message.en).toContain('Agree with them on a `serviceId` and set it in both feeds');
  });

  it('is not raised when the items share a serviceId, or for the publisher’s own pages', () => {
    const shared = ottawaItem({ serviceId: 'ohip', title: { en: 'Health card' }, source: { en: 'https://www.ontario.ca/page/apply-ohip' } });
    expect(run(ottawa(shared))).toEqual([]);
    const ownPages = feed('ontario', 'provincial', { en: 'Ontario', fr: 'Ontario' }, {
      items: [testItem('on.a', { source: { en: 'https://www.ontario.ca/page/x' } }), testItem('on.b', { source: { en: 'https://www.ontario.ca/page/x' } })],
    });
    expect(run(ownPages, [ontario, ownPages])).toEqual([]);
  });
});

describe('same_title_as_other_publisher', () => {
  it('flags a near-identical title in the same language', () => {
    const input = ottawa(ottawaItem({ title: { en: 'Register for school', fr: 'Obtenez la carte photo de l’Ontario' } }));
    const others = feed('ontario', 'provincial', { en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' }, {
      items: [testItem('on.photo-card', { serviceId: 'photo-card', title: { en: 'Get an Ontario Photo Card', fr: 'Obtenir une carte-photo de l’Ontario' } })],
    });
    const [notice, ...rest] = run(input, [others]);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({
      code: 'same_title_as_other_publisher',
      severity: 'warning',
      path: '/items/0/title/fr',
      id: 'ottawa.step',
      suggestion: 'photo-card',
    });
    expect(notice?.message.en).toContain('Government of Ontario already publishes an item with almost the same title (on.photo-card, “Get an Ontario Photo Card”)');
  });

  it('is not raised for the same title in another language, or for a shared serviceId', () => {
    expect(run(ottawa(ottawaItem({ title: { fr: 'Apply for OHIP' } })))).toEqual([]);
    expect(run(ottawa(ottawaItem({ serviceId: 'ohip', title: { en: 'Apply for OHIP' } })))).toEqual([]);
  });

  it('is not raised between cities: nobody sees both', () => {
    const toronto = city('toronto', 'Toronto', [testItem('toronto.library-card', { responsible: municipal, title: { en: 'Get a free library card' } })]);
    expect(run(ottawa(ottawaItem({ title: { en: 'Get a free library card' } })), [toronto])).toEqual([]);
    const limited = ottawaItem({ title: { en: 'Get a free library card' }, municipalities: ['ottawa', 'toronto'] });
    expect(run(ottawa(limited), [toronto]).map((notice) => notice.code)).toEqual(['same_title_as_other_publisher']);
  });
});

describe('not_linked_to_responsible_publisher', () => {
  it('names the responsible publisher when none of its items is this service', () => {
    const input = ottawa(ottawaItem({ title: { en: 'Get your driver’s licence' }, responsible: provincial }));
    const [notice, ...rest] = run(input);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({
      code: 'not_linked_to_responsible_publisher',
      severity: 'info',
      path: '/items/0/responsible/jurisdiction',
      id: 'ottawa.step',
    });
    expect(notice?.message.en).toBe(
      'Government of Ontario is responsible for this service: check with them that your text matches theirs, and set `serviceId` to the one their item uses so the app shows theirs first.',
    );
    expect(notice?.message.fr).toContain('(Gouvernement de l’Ontario)\u00a0: vérifiez auprès de lui');
  });

  it('names only the cities where the item applies', () => {
    const item = testItem('on.step', { title: { en: 'Get a parking permit' }, responsible: municipal, municipalities: ['toronto'] });
    const input = feed('ontario', 'provincial', { en: 'Ontario', fr: 'Ontario' }, { items: [item] });
    const notices = run(input, [ottawa(), city('toronto', 'Toronto', [])]);
    expect(notices.map((notice) => notice.message.en.split(' is responsible')[0])).toEqual(['City of Toronto']);
  });

  it('is not raised when the responsible publisher publishes the service, whatever its date or text', () => {
    const newer = ottawaItem({
      serviceId: 'ohip',
      title: { en: 'Your health card' },
      body: { en: '<p>Our own words</p>' },
      responsible: provincial,
      dateModified: '2026-11-01',
    });
    expect(run(ottawa(newer))).toEqual([]);
  });

  it('is not raised when the jurisdiction is the publisher’s own, or publishes no feed', () => {
    expect(run(ottawa(ottawaItem({ title: { en: 'Get a bus pass' } })))).toEqual([]);
    const federal = ottawaItem({ title: { en: 'Get a SIN' }, responsible: { jurisdiction: 'federal', body: { en: 'Service Canada' } } });
    expect(run(ottawa(federal))).toEqual([]);
  });
});

describe('duplicate_service_id', () => {
  it('flags the second item with a serviceId already used in the feed, naming the first', () => {
    const input = feed('ontario', 'provincial', { en: 'Ontario', fr: 'Ontario' }, {
      items: [ohip, photoCard, testItem('on.ohip-copy', { serviceId: 'ohip', responsible: provincial })],
    });
    const [notice, ...rest] = run(input, []);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ code: 'duplicate_service_id', severity: 'warning', path: '/items/2/serviceId', id: 'on.ohip-copy' });
    expect(notice?.message.en).toContain('`on.ohip-copy` has the same `serviceId` ("ohip") as `on.ohip` (“Apply for OHIP”)');
  });

  it('is not raised for different serviceIds', () => {
    const input = feed('ontario', 'provincial', { en: 'Ontario', fr: 'Ontario' }, {
      items: [ohip, testItem('on.photo-card', { serviceId: 'photo-card', responsible: provincial })],
    });
    expect(run(input, [])).toEqual([]);
  });
});

describe('the mock feeds', () => {
  it('raise no overlap notices', () => {
    const published = Object.values(mockFeeds).map((input) => Feed.parse(input));
    const notices: Notice[] = Object.values(mockFeeds).flatMap((input) => run(input, published));
    expect(notices).toEqual([]);
  });
});

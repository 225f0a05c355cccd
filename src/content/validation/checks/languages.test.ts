import { describe, expect, it } from 'vitest';
import type { FeedInput } from '../../feed';
import type { ItemInput } from '../../item';
import type { Jurisdiction } from '../../taxonomy';
import { testFeed, testItem, testMunicipality, testOffice, testPublisher } from '../../testing/builders';
import { contextFor } from '../buildContext';
import type { Notice } from '../notice';
import { plainText } from '../plainText';
import { checkLanguages, languagesNotices } from './languages';

/** An item in English and French in every field, so a test removes or changes just one. */
function bilingualItem(id: string, overrides: Partial<ItemInput> = {}): ItemInput {
  return testItem(id, {
    title: { en: 'Apply for a health card', fr: 'Demandez une carte Santé' },
    summary: { en: 'You need it to see a doctor.', fr: 'Vous en avez besoin pour voir un médecin.' },
    body: { en: '<p>Bring your documents to an office.</p>', fr: '<p>Apportez vos documents à un bureau.</p>' },
    responsible: { jurisdiction: 'provincial', body: { en: 'ServiceOntario', fr: 'ServiceOntario' } },
    channels: [{ type: 'online', url: { en: 'https://example.ca/en', fr: 'https://example.ca/fr' }, note: { en: 'Apply online.', fr: 'Faites une demande en ligne.' } }],
    documents: [
      { en: 'Passport', fr: 'Passeport' },
      { en: 'Proof of address', fr: 'Preuve d’adresse' },
    ],
    source: { en: 'https://example.ca/en/card', fr: 'https://example.ca/fr/carte' },
    languages: ['en', 'fr'],
    ...overrides,
  });
}

function bilingualPublisher(id: string, jurisdiction: Jurisdiction) {
  return {
    ...testPublisher(id, jurisdiction),
    name: { en: `${id} publisher`, fr: `Éditeur ${id}` },
    licence: { name: { en: 'Open licence', fr: 'Licence ouverte' }, url: `https://${id}.example/licence` },
    attribution: { en: `Contains information from ${id}.`, fr: `Contient des renseignements de ${id}.` },
    homepage: { en: `https://${id}.example/en`, fr: `https://${id}.example/fr` },
  };
}

function run(extra: Partial<FeedInput>, { jurisdiction = 'community' as Jurisdiction, published = [] as unknown[], bilingual = true } = {}) {
  const feed = testFeed('agency', jurisdiction, extra);
  if (bilingual && !extra.publisher) feed.publisher = bilingualPublisher('agency', jurisdiction);
  return checkLanguages(contextFor(feed, { published }));
}

const withCode = (notices: Notice[], code: string) => notices.filter((notice) => notice.code === code);

describe('languagesNotices', () => {
  it('lists every code the check emits once, with both languages', () => {
    const codes = languagesNotices.map((definition) => definition.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([
      'text_language_missing',
      'url_language_missing',
      'name_language_missing',
      'untranslated_text',
      'placeholder_text',
      'french_services_language_missing',
      'publisher_language_missing',
    ]);
    for (const definition of languagesNotices) {
      expect(definition.title.fr).not.toBe(definition.title.en);
      expect(definition.description.fr).not.toBe(definition.description.en);
    }
  });
});

describe('a fully bilingual feed', () => {
  it('raises nothing', () => {
    expect(run({ items: [bilingualItem('on.card')] })).toEqual([]);
  });
});

describe('text_language_missing', () => {
  it('reports a text with no version in a language the item lists', () => {
    const notices = run({ items: [bilingualItem('on.card', { title: { en: 'Apply for a health card' } })] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'text_language_missing', severity: 'error', path: '/items/0/title/fr', id: 'on.card' });
    expect(notices[0]?.message.en).toBe('The French title is missing. Add `title.fr`, or remove `fr` from `languages`.');
    expect(notices[0]?.message.fr).toBe('Il manque le titre en français. Ajoutez `title.fr` ou retirez `fr` de `languages`.');
  });

  it('points at the exact entry of a list, and checks English too', () => {
    const item = bilingualItem('on.card', {
      documents: [{ en: 'Passport', fr: 'Passeport' }, { fr: 'Preuve d’adresse' }],
      channels: [{ type: 'online', note: { en: 'Apply online.' } }],
    });
    const notices = withCode(run({ items: [item] }), 'text_language_missing');
    expect(notices.map((notice) => notice.path)).toEqual(['/items/0/documents/1/en', '/items/0/channels/0/note/fr']);
    expect(notices[0]?.message.en).toContain('The English name of a document to bring is missing. Add `documents[1].en`');
    expect(notices[1]?.message.fr).toContain('Ajoutez `channels[0].note.fr`');
  });

  it('does not ask for a language the item does not list', () => {
    const item = bilingualItem('on.card', { title: { en: 'Apply for a health card' }, languages: ['en'] });
    expect(withCode(run({ items: [item] }), 'text_language_missing')).toEqual([]);
  });

  it('does not read an office’s spoken languages as text languages', () => {
    const office = { ...testOffice('ottawa', 'serviceontario'), languages: ['en', 'fr'], accessibility: { en: 'Ramp at the side door.' } };
    expect(withCode(run({ offices: [office] }), 'text_language_missing')).toEqual([]);
  });
});

describe('url_language_missing', () => {
  it('reports a web address with no version in a listed language', () => {
    const notices = run({ items: [bilingualItem('on.card', { source: { en: 'https://example.ca/en/card' } })] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'url_language_missing', severity: 'warning', path: '/items/0/source/fr', id: 'on.card' });
    expect(notices[0]?.message.en).toContain('add its address as `source.fr`');
  });

  it('accepts the same address in both languages', () => {
    const item = bilingualItem('on.card', { source: { en: 'https://example.ca/card', fr: 'https://example.ca/card' } });
    expect(run({ items: [item] })).toEqual([]);
  });
});

describe('name_language_missing', () => {
  it('reports an office or municipality named in fewer languages than the publisher', () => {
    const office = testOffice('ottawa', 'library');
    const notices = withCode(run({ offices: [office], municipalities: [testMunicipality('ottawa', { name: { fr: 'Ottawa' } })] }), 'name_language_missing');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatchObject({ severity: 'warning', path: '/offices/0/name/fr', id: office.id });
    expect(notices[0]?.message.en).toContain('The French name of this office is missing');
    expect(notices[0]?.message.fr).toContain('Il manque le nom de ce bureau en français');
    expect(notices[1]).toMatchObject({ path: '/municipalities/0/name/en', id: 'ottawa' });
    expect(notices[1]?.message.fr).toContain('de cette municipalité en anglais');
  });

  it('asks nothing more of names than the publisher’s own name has', () => {
    const notices = run({ offices: [testOffice('ottawa', 'library')], municipalities: [testMunicipality('ottawa')] }, { bilingual: false });
    expect(withCode(notices, 'name_language_missing')).toEqual([]);
  });
});

describe('untranslated_text', () => {
  it('reports French that repeats the English', () => {
    const item = bilingualItem('on.card', { summary: { en: 'You need it to see a doctor.', fr: 'You need it  to see a doctor.' } });
    const notices = run({ items: [item] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'untranslated_text', severity: 'warning', path: '/items/0/summary/fr', id: 'on.card' });
    expect(notices[0]?.message.en).toBe('`summary.fr` is the same as `summary.en`: it looks untranslated. Translate it into French.');
  });

  it('compares what a reader sees of HTML, and checks the publisher too', () => {
    const item = bilingualItem('on.card', { body: { en: '<p>Bring your <strong>documents</strong> with you.</p>', fr: '<p>Bring  <em>your</em> documents with you.</p>' } });
    const feed = testFeed('agency', 'community', { items: [item] });
    feed.publisher = { ...bilingualPublisher('agency', 'community'), attribution: { en: 'Contains information from the agency.', fr: 'Contains information from the agency.' } };
    const notices = withCode(checkLanguages(contextFor(feed)), 'untranslated_text');
    expect(notices.map((notice) => notice.path)).toEqual(['/publisher/attribution/fr', '/items/0/body/fr']);
    expect(notices[0]?.message.en).toContain('`publisher.attribution.fr`');
  });

  it('accepts short texts and proper names that are the same in both languages', () => {
    const office = { ...testOffice('toronto', 'settlement-agency'), name: { en: 'COSTI Immigrant Services – Dufferin', fr: 'COSTI Immigrant Services – Dufferin' } };
    const item = bilingualItem('on.card', {
      title: { en: 'OHIP', fr: 'OHIP' },
      fees: { en: 'Free for everyone', fr: 'Free for everyone' },
      partners: [{ jurisdiction: 'community', body: { en: 'Federation of Metro Tenants’ Associations', fr: 'Federation of Metro Tenants’ Associations' } }],
    });
    expect(withCode(run({ items: [item], offices: [office] }), 'untranslated_text')).toEqual([]);
  });
});

describe('placeholder_text', () => {
  it('reports a placeholder in a translation', () => {
    const item = bilingualItem('on.card', { summary: { en: 'You need it to see a doctor.', fr: 'À traduire' } });
    const notices = run({ items: [item] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'placeholder_text', severity: 'error', path: '/items/0/summary/fr', id: 'on.card' });
    expect(notices[0]?.message.en).toBe('`summary.fr` contains the placeholder "À traduire", which would be published as is. Replace it with the final text.');
  });

  it.each<[string, Partial<ItemInput>, string, string]>([
    ['body in HTML', { body: { en: '<p>Bring <strong>TODO</strong> documents.</p>', fr: '<p>Apportez vos documents.</p>' } }, '/items/0/body/en', 'TODO'],
    ['a document', { documents: [{ en: 'Passport', fr: '[French]' }] }, '/items/0/documents/0/fr', '[French]'],
    ['fees', { fees: { en: 'tbd', fr: 'Gratuit' } }, '/items/0/fees/en', 'tbd'],
    ['the body text', { body: { en: '<p>Lorem ipsum dolor sit amet.</p>', fr: '<p>Texte à venir</p>' } }, '/items/0/body/en', 'Lorem ipsum'],
  ])('finds one in %s', (_, overrides, path, found) => {
    const notices = withCode(run({ items: [bilingualItem('on.card', overrides)] }), 'placeholder_text');
    expect(notices[0]).toMatchObject({ path, id: 'on.card' });
    expect(notices[0]?.message.fr).toContain(`contient le texte provisoire "${found}"`);
  });

  it('finds placeholders in offices, municipalities and the publisher', () => {
    const office = { ...testOffice('ottawa', 'library'), name: { en: 'Main library', fr: 'Bibliothèque centrale' }, phone: '613-XXX-XXXX' };
    const feed = testFeed('agency', 'community', {
      offices: [office],
      municipalities: [testMunicipality('ottawa', { name: { en: 'Ottawa', fr: 'Ottawa' }, region: { en: 'FIXME', fr: 'Est' } })],
    });
    feed.publisher = { ...bilingualPublisher('agency', 'community'), attribution: { en: 'Contains information from the agency.', fr: 'To be translated' } };
    const notices = checkLanguages(contextFor(feed));
    expect(notices.map(({ code, path, id }) => ({ code, path, id }))).toEqual([
      { code: 'placeholder_text', path: '/publisher/attribution/fr', id: 'agency' },
      { code: 'placeholder_text', path: '/offices/0/phone', id: office.id },
      { code: 'placeholder_text', path: '/municipalities/0/region/en', id: 'ottawa' },
    ]);
    expect(notices[0]?.message.en).toContain('`publisher.attribution.fr`');
  });

  it('ignores words that only contain a placeholder, web addresses, and Spanish “todo”', () => {
    const item = bilingualItem('on.card', {
      title: { en: 'Todos los documentos', fr: 'Demandez une carte Santé' },
      summary: { en: 'Toddlers and XXXL sizes are fine.', fr: 'Un tarif à réduire pour les aînés.', es: 'Todo lo que necesita' },
      channels: [{ type: 'online', url: { en: 'https://example.ca/todo', fr: 'https://example.ca/todo/fr' }, note: { en: 'Apply online.', fr: 'Faites une demande en ligne.' } }],
      languages: ['en', 'fr', 'es'],
    });
    expect(withCode(run({ items: [item] }), 'placeholder_text')).toEqual([]);
  });
});

describe('french_services_language_missing', () => {
  const ottawa = testMunicipality('ottawa', { name: { en: 'Ottawa', fr: 'Ottawa' }, frenchLanguageServices: true });
  const ottawaFeed = testFeed('ottawa', 'municipal', { municipalities: [ottawa] });

  it('reports an English-only item limited to a designated municipality', () => {
    const item = testItem('on.transit', { municipalities: ['ottawa'] });
    const notices = withCode(run({ items: [item] }, { jurisdiction: 'provincial', published: [ottawaFeed] }), 'french_services_language_missing');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 'warning', path: '/items/0/languages', id: 'on.transit', suggestion: '["en","fr"]' });
    expect(notices[0]?.message.en).toContain('this item applies to Ottawa, which is designated under the French Language Services Act');
    expect(notices[0]?.message.fr).toContain('s’applique à Ottawa, municipalité désignée');
  });

  it('reports an English-only item of a designated city’s own feed', () => {
    const feed = testFeed('ottawa', 'municipal', { municipalities: [ottawa], items: [testItem('ottawa.library')] });
    const notices = withCode(checkLanguages(contextFor(feed)), 'french_services_language_missing');
    expect(notices.map(({ path, id }) => ({ path, id }))).toEqual([{ path: '/items/0/languages', id: 'ottawa.library' }]);
  });

  it('accepts items in French, items elsewhere, and municipalities not designated', () => {
    const toronto = testMunicipality('toronto', { frenchLanguageServices: false });
    const published = [ottawaFeed, testFeed('toronto', 'municipal', { municipalities: [toronto] })];
    const items = [
      bilingualItem('on.transit', { municipalities: ['ottawa'] }),
      testItem('on.subway', { municipalities: ['toronto'] }),
      testItem('on.everywhere'),
    ];
    expect(withCode(run({ items }, { jurisdiction: 'provincial', published }), 'french_services_language_missing')).toEqual([]);
  });
});

describe('publisher_language_missing', () => {
  it('reports publisher details missing a language the items use', () => {
    const notices = withCode(run({ items: [bilingualItem('agency.housing')] }, { bilingual: false }), 'publisher_language_missing');
    expect(notices.map((notice) => notice.path)).toEqual([
      '/publisher/name/fr',
      '/publisher/attribution/fr',
      '/publisher/licence/name/fr',
      '/publisher/homepage/fr',
    ]);
    expect(notices[0]).toMatchObject({ severity: 'warning', id: 'agency' });
    expect(notices[0]?.message.en).toBe('The publisher’s name has no French version, but items in this feed are in French. Add `publisher.name.fr`.');
    expect(notices[2]?.message.fr).toBe(
      'Il manque le nom de la licence de l’éditeur en français, alors que des éléments de ce flux sont en français. Ajoutez `publisher.licence.name.fr`.',
    );
  });

  it('asks a provincial publisher for both languages whatever its items', () => {
    const notices = withCode(run({ items: [testItem('on.card')] }, { jurisdiction: 'provincial', bilingual: false }), 'publisher_language_missing');
    expect(notices).toHaveLength(4);
    expect(notices[0]?.message.en).toContain('a provincial publisher publishes in English and French');
    expect(notices[0]?.message.fr).toContain('alors qu’un éditeur provincial publie en français et en anglais');
  });

  it('accepts a community publisher in the one language of its items', () => {
    expect(withCode(run({ items: [testItem('agency.housing')] }, { bilingual: false }), 'publisher_language_missing')).toEqual([]);
  });
});

describe('plainText', () => {
  it('keeps the words a reader sees', () => {
    expect(plainText('<p>Fees&nbsp;&amp; <strong>forms</strong>, then</p><p>Next</p>')).toBe('Fees & forms, then Next');
  });
});

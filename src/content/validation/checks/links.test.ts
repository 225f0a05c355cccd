import { describe, expect, it } from 'vitest';
import { contextFor } from '../buildContext';
import type { Notice } from '../notice';
import { testFeed, testItem, testMunicipality, testOffice, testPublisher } from '../../testing/builders';
import type { FeedInput } from '../../feed';
import type { ItemInput } from '../../item';
import { checkLinks, hostProblem, linksNotices } from './links';
import { dialable, printed } from '../../phone';

// The builders' publisher and municipalities live on `.example` hosts, which this check flags.
const publisher = {
  ...testPublisher('ottawa', 'municipal'),
  licence: { name: { en: 'Open Government Licence – City of Ottawa' }, url: 'https://ottawa.ca/en/city-hall/open-data' },
  homepage: { en: 'https://ottawa.ca/en', fr: 'https://ottawa.ca/fr' },
};

function noticesOf(extra: Partial<FeedInput> = {}, publisherChanges: object = {}): Notice[] {
  const feed = testFeed('ottawa', 'municipal', extra);
  return checkLinks(contextFor({ ...feed, publisher: { ...publisher, ...publisherChanges } }));
}

/** The notices of a feed whose second item (index 1) has the given fields. */
const itemNotices = (overrides: Partial<ItemInput>) => noticesOf({ items: [testItem('ot.first'), testItem('ot.second', overrides)] });
const bodyNotices = (en: string, source = 'https://ottawa.ca/en/newcomers') =>
  itemNotices({ body: { en }, source: { en: source } });
const withCode = (notices: Notice[], code: string) => notices.filter((notice) => notice.code === code);

function single(notices: Notice[], code: string): Notice {
  const found = withCode(notices, code);
  expect(found, `one ${code} in ${JSON.stringify(notices.map((n) => [n.code, n.path]))}`).toHaveLength(1);
  return found[0] as Notice;
}

describe('a feed with public https links and dialable numbers', () => {
  it('has no link notices', () => {
    const item = testItem('ot.clean', {
      source: { en: 'https://ottawa.ca/en/newcomers', fr: 'https://ottawa.ca/fr/nouveaux-arrivants' },
      channels: [
        { type: 'online', url: { en: 'https://www.canada.ca/en/services.html' } },
        { type: 'phone', phone: '3-1-1' },
        { type: 'phone', phone: '(613) 580-2400 ext. 12345' },
      ],
      body: { en: '<p><a href="https://developer.ontario.ca/x">Dev portal</a> <a href="mailto:info@ottawa.ca">Write</a> <a href="tel:+1-613-580-2400">Call</a></p>' },
    });
    const office = { ...testOffice('ottawa', 'serviceontario'), phone: '1-800-267-8097', url: { en: 'https://www.ontario.ca/page/serviceontario' } };
    const municipality = testMunicipality('ottawa', { portal: { en: 'https://ottawa.ca/en/residents/immigration' } });
    expect(noticesOf({ items: [item], offices: [office], municipalities: [municipality] })).toEqual([]);
  });
});

describe('url_not_https', () => {
  it('reports an http:// source and suggests https://', () => {
    const notice = single(itemNotices({ source: { en: 'http://ottawa.ca/en/newcomers' } }), 'url_not_https');
    expect(notice).toMatchObject({
      severity: 'warning',
      path: '/items/1/source/en',
      id: 'ot.second',
      suggestion: 'https://ottawa.ca/en/newcomers',
    });
    expect(notice.message.en).toContain('`source.en` starts with http://');
    expect(notice.message.fr).toContain('`source.en` commence par http://');
  });

  it('names channel, publisher, office and municipality fields as the editor sees them', () => {
    const item = testItem('ot.a', { channels: [{ type: 'in-person' }, { type: 'online', url: { en: 'https://ottawa.ca/en', fr: 'HTTP://ottawa.ca/fr' } }] });
    const office = { ...testOffice('ottawa', 'library'), source: 'http://biblioottawalibrary.ca/en/branches' };
    const municipality = testMunicipality('ottawa', { portal: { en: 'http://ottawa.ca/en/residents' } });
    const notices = withCode(
      noticesOf({ items: [item], offices: [office], municipalities: [municipality] }, { licence: { ...publisher.licence, url: 'http://ottawa.ca/licence' } }),
      'url_not_https',
    );
    expect(notices.map((n) => [n.path, n.id, n.suggestion])).toEqual([
      ['/publisher/licence/url', 'ottawa', 'https://ottawa.ca/licence'],
      ['/items/0/channels/1/url/fr', 'ot.a', 'https://ottawa.ca/fr'],
      ['/offices/0/source', office.id, 'https://biblioottawalibrary.ca/en/branches'],
      ['/municipalities/0/portal/en', 'ottawa', 'https://ottawa.ca/en/residents'],
    ]);
    expect(notices[0]?.message.en).toContain('`publisher.licence.url`');
    expect(notices[1]?.message.en).toContain('`channels[1].url.fr`');
  });

  it('reports an http:// link in a body', () => {
    const notice = single(bodyNotices('<a href="http://www.ontario.ca/page/ohip">OHIP</a>'), 'url_not_https');
    expect(notice).toMatchObject({ path: '/items/1/body/en', suggestion: 'https://www.ontario.ca/page/ohip' });
    expect(notice.message.en).toContain('`body.en`');
  });

  it('leaves https:// alone', () => {
    expect(withCode(itemNotices({ source: { en: 'https://ottawa.ca/en/newcomers' } }), 'url_not_https')).toEqual([]);
  });
});

describe('url_not_public', () => {
  it('reports a staging host as an error, without suggesting https for it', () => {
    const office = { ...testOffice('ottawa', 'serviceontario'), url: { en: 'http://staging.ottawa.ca/en/offices' } };
    const notices = noticesOf({ offices: [office] });
    const notice = single(notices, 'url_not_public');
    expect(notice).toMatchObject({ severity: 'error', path: '/offices/0/url/en', id: office.id });
    expect(notice.message.en).toContain('points to a staging or test server (`staging.ottawa.ca`)');
    expect(notice.message.fr).toContain('serveur d’essai');
    expect(withCode(notices, 'url_not_https')).toEqual([]);
  });

  it('reports the builders’ .example hosts of the publisher', () => {
    const notices = withCode(noticesOf({}, { homepage: { en: 'https://ottawa.example/' } }), 'url_not_public');
    expect(notices.map((n) => [n.path, n.id])).toEqual([['/publisher/homepage/en', 'ottawa']]);
    expect(notices[0]?.message.en).toContain('a domain kept for examples and tests');
  });

  it('reports localhost in a body link', () => {
    const notice = single(bodyNotices('<a href="http://localhost:3000/en/ohip">OHIP</a>'), 'url_not_public');
    expect(notice).toMatchObject({ path: '/items/1/body/en', id: 'ot.second' });
    expect(notice.message.en).toContain('a computer or server on your own network (`localhost`)');
  });

  it.each([
    ['localhost', 'local'],
    ['intranet', 'local'],
    ['ottawa.local', 'local'],
    ['cms.internal', 'local'],
    ['127.0.0.1', 'ip'],
    ['10.0.0.5', 'ip'],
    ['[::1]', 'ip'],
    ['ottawa.test', 'reserved'],
    ['ottawa.example', 'reserved'],
    ['www.example.com', 'reserved'],
    ['nowhere.invalid', 'reserved'],
    ['staging.ottawa.ca', 'staging'],
    ['ottawa-staging.ca', 'staging'],
    ['dev-www.ontario.ca', 'staging'],
    ['dev2.ontario.ca', 'staging'],
    ['www.stage.toronto.ca', 'staging'],
    ['test.ontario.ca', 'staging'],
    ['uat.canada.ca', 'staging'],
    ['qa.hamilton.ca', 'staging'],
    ['preprod.ottawa.ca', 'staging'],
    ['preview.canada.ca', 'staging'],
  ])('flags %s (%s)', (host, problem) => {
    expect(hostProblem(host)).toBe(problem);
  });

  it.each(['www.canada.ca', 'ontario.ca', 'developer.ontario.ca', 'devices.ontario.ca', 'contest.ottawa.ca', 'latest.toronto.ca', 'web.dev', 'www.qatar.qa', 'health811.ontario.ca', 'ottawa.ca.'])(
    'leaves %s alone',
    (host) => {
      expect(hostProblem(host)).toBeUndefined();
    },
  );
});

describe('dialable', () => {
  it.each([
    ['613-580-2400', '+16135802400'],
    ['(613) 580-2400', '+16135802400'],
    ['613.580.2400', '+16135802400'],
    ['1-800-267-8097', '+18002678097'],
    ['+1 613 580 2400', '+16135802400'],
    ['613\u00a0580\u20112400', '+16135802400'],
    ['613-580-2400 ext. 12345', '+16135802400;ext=12345'],
    ['613-580-2400 x123', '+16135802400;ext=123'],
    ['613-580-2400, poste 7', '+16135802400;ext=7'],
    ['+16135802400;ext=22', '+16135802400;ext=22'],
    ['2-1-1', '211'],
    ['811', '811'],
  ])('dials %s as %s', (phone, tel) => {
    expect(dialable(phone)).toBe(tel);
  });

  it.each(['580-2400', '613-580-24', '+44 20 7946 0958', '013-580-2400', '613-080-2400', '1-800-FLOWERS', '613-580-2400 or 613-580-2401', '123', '311 ext. 2', ''])(
    'cannot dial %s',
    (phone) => {
      expect(dialable(phone)).toBeNull();
    },
  );

  it('prints toll-free numbers with their 1, others without', () => {
    expect(printed('+18003569377')).toBe('1-800-356-9377');
    expect(printed('+16135802400;ext=22')).toBe('613-580-2400 ext. 22');
    expect(printed('311')).toBe('311');
  });
});

describe('phone_has_letters', () => {
  it('reports a vanity number and suggests its digits', () => {
    const notice = single(itemNotices({ channels: [{ type: 'in-person' }, { type: 'phone', phone: '1-800-FLOWERS' }] }), 'phone_has_letters');
    expect(notice).toMatchObject({
      severity: 'warning',
      path: '/items/1/channels/1/phone',
      id: 'ot.second',
      suggestion: '1-800-356-9377',
    });
    expect(notice.message.en).toContain('Write the number with digits: `1-800-356-9377`');
  });

  it('asks for digits only when the letters are words, without a suggestion', () => {
    const office = { ...testOffice('ottawa', 'service-canada'), phone: 'TTY 1-800-926-9105' };
    const notice = single(noticesOf({ offices: [office] }), 'phone_has_letters');
    expect(notice).toMatchObject({ path: '/offices/0/phone', id: office.id });
    expect(notice.suggestion).toBeUndefined();
    expect(notice.message.en).toContain('Keep only the number, written with digits, in `phone`');
  });

  it('leaves an extension written with letters alone', () => {
    expect(itemNotices({ channels: [{ type: 'phone', phone: '613-580-2400 ext. 7' }] })).toEqual([]);
  });
});

describe('phone_not_dialable', () => {
  it('reports a number too short to dial, with no suggestion', () => {
    const office = { ...testOffice('ottawa', 'serviceontario'), phone: '613-580-24' };
    const notice = single(noticesOf({ offices: [office] }), 'phone_not_dialable');
    expect(notice).toMatchObject({ severity: 'warning', path: '/offices/0/phone', id: office.id });
    expect(notice.suggestion).toBeUndefined();
    expect(notice.message.en).toContain('`phone` cannot be dialled from the page: `613-580-24`');
    expect(notice.message.en).toContain('with its area code');
  });

  it('suggests the number when stray characters are all that is wrong', () => {
    const notice = single(itemNotices({ channels: [{ type: 'phone', phone: '613/580/2400' }] }), 'phone_not_dialable');
    expect(notice).toMatchObject({ path: '/items/1/channels/0/phone', suggestion: '613-580-2400' });
    expect(notice.message.en).toContain('Write it as `613-580-2400`');
  });

  it('reports a tel: link in a body and suggests a tel: value', () => {
    const notice = single(bodyNotices('<a href="tel:613/580/2400">Call us</a> <a href="tel:+16135802400">Call</a>'), 'phone_not_dialable');
    expect(notice).toMatchObject({ path: '/items/1/body/en', id: 'ot.second', suggestion: 'tel:+16135802400' });
    expect(notice.message.en).toContain('`body.en` cannot be dialled');
  });

  it('leaves a number written with spaces, dots and brackets alone', () => {
    const office = { ...testOffice('ottawa', 'serviceontario'), phone: '+1 (613) 580.2400' };
    expect(noticesOf({ offices: [office] })).toEqual([]);
  });
});

describe('body_relative_link', () => {
  it.each([
    ['/en/residents', 'https://ottawa.ca/en/residents'],
    ['residents/immigration', 'https://ottawa.ca/en/residents/immigration'],
    ['#fees', 'https://ottawa.ca/en/newcomers#fees'],
    ['www.ottawa.ca/en/residents', 'https://www.ottawa.ca/en/residents'],
    ['ontario.ca/page/ohip', 'https://ontario.ca/page/ohip'],
    ['//www.canada.ca/en.html', 'https://www.canada.ca/en.html'],
  ])('reports %s and suggests %s', (href, fixed) => {
    const notice = single(bodyNotices(`<p><a href="${href}">Residents</a></p>`), 'body_relative_link');
    expect(notice).toMatchObject({ severity: 'warning', path: '/items/1/body/en', id: 'ot.second', suggestion: fixed });
    expect(notice.message.en).toContain(`The link \`${href}\` in \`body.en\` is not a full web address`);
    expect(notice.message.en).toContain(`probably \`${fixed}\``);
  });

  it('resolves against the source page in the same language', () => {
    const notices = itemNotices({
      body: { en: '<a href="x">x</a>', fr: '<a href="x">x</a>' },
      source: { en: 'https://ottawa.ca/en/newcomers', fr: 'https://ottawa.ca/fr/nouveaux' },
      languages: ['en', 'fr'],
    });
    expect(withCode(notices, 'body_relative_link').map((n) => [n.path, n.suggestion])).toEqual([
      ['/items/1/body/en', 'https://ottawa.ca/en/x'],
      ['/items/1/body/fr', 'https://ottawa.ca/fr/x'],
    ]);
  });

  it('leaves full addresses, mail links and script addresses (the HTML check’s) alone', () => {
    const html = '<a href="https://ottawa.ca/en">a</a><a href="mailto:info@ottawa.ca">b</a><a href="javascript:x()">c</a><a href="">d</a><a>e</a>';
    expect(bodyNotices(html)).toEqual([]);
  });
});

describe('the link notices', () => {
  it('have unique codes, and French with a non-breaking space before : ; ! ?', () => {
    const codes = linksNotices.map((definition) => definition.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const definition of linksNotices) {
      expect(definition.description.fr, definition.code).not.toMatch(/ [:;!?]/);
      expect(definition.title.fr, definition.code).not.toMatch(/ [:;!?]/);
    }
  });

  it('give every message in French too, typeset', () => {
    const notices = bodyNotices(
      '<a href="http://ottawa.ca/a">a</a><a href="https://dev.ottawa.ca/b">b</a><a href="tel:1-800-FLOWERS">c</a><a href="tel:12">d</a><a href="/e">e</a>',
    );
    expect(new Set(notices.map((n) => n.code)).size).toBe(linksNotices.length);
    for (const notice of notices) {
      expect(notice.message.fr).not.toMatch(/ [:;!?]/);
      expect(notice.message.fr).not.toBe(notice.message.en);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { contextFor } from '../buildContext';
import type { Notice } from '../notice';
import { testFeed, testItem, testMunicipality, testOffice } from '../../testing/builders';
import type { ItemInput } from '../../item';
import { checkHtml, htmlNotices, MAX_PER_CODE_PER_FIELD } from './html';

/** The notices of a feed whose second item (index 1) has the given fields. */
function noticesFor(overrides: Partial<ItemInput>): Notice[] {
  const items = [testItem('ot.first'), testItem('ot.second', overrides)];
  return checkHtml(contextFor(testFeed('ottawa', 'municipal', { items })));
}

const bodyNotices = (en: string) => noticesFor({ body: { en } });
const withCode = (notices: Notice[], code: string) => notices.filter((notice) => notice.code === code);

function single(notices: Notice[], code: string): Notice {
  const found = withCode(notices, code);
  expect(found, `one ${code} in ${JSON.stringify(notices.map((n) => n.code))}`).toHaveLength(1);
  return found[0] as Notice;
}

describe('body_script', () => {
  it('reports a script with a sample and the fix, in both languages', () => {
    const notice = single(bodyNotices('<p>Apply online.</p><script>alert(1)</script>'), 'body_script');
    expect(notice).toMatchObject({ severity: 'error', path: '/items/1/body/en', id: 'ot.second' });
    expect(notice.message.en).toContain('`<script>alert(1)</script>`');
    expect(notice.message.en).toContain('Remove the `<script>` element from `body.en`; the page cannot run scripts.');
    expect(notice.message.fr).toContain('Retirez l’élément `<script>` de `body.en`\u00a0;');
  });

  it('points at the language the script is in', () => {
    const notices = noticesFor({ body: { en: '<p>Apply.</p>', fr: '<p>Faites la demande.</p><script src="x.js"></script>' } });
    expect(single(notices, 'body_script').path).toBe('/items/1/body/fr');
  });

  it('cuts a long script to a short sample', () => {
    const notice = single(bodyNotices(`<script>${'track();'.repeat(40)}</script>`), 'body_script');
    expect(notice.message.en).toMatch(/`<script>track\(\);[^`]{0,60}…`/);
  });

  it('leaves the word script and escaped markup alone', () => {
    expect(withCode(bodyNotices('<p>Never type &lt;script&gt; in a form. The script of the call is below.</p><noscript>x</noscript>'), 'body_script')).toEqual([]);
  });
});

describe('body_event_handler', () => {
  it('reports every on* attribute, whatever its case', () => {
    const notices = withCode(bodyNotices('<p onclick="track()">Apply</p><img src="map.png" ONERROR="alert(1)">'), 'body_event_handler');
    expect(notices.map((n) => n.severity)).toEqual(['error', 'error']);
    expect(notices[0]).toMatchObject({ path: '/items/1/body/en', id: 'ot.second' });
    expect(notices[0]?.message.en).toContain('The `onclick` attribute in `body.en` runs a script: `<p onclick="track()">`');
    expect(notices[1]?.message.en).toContain('`onerror`');
  });

  it('leaves ordinary attributes and the word online alone', () => {
    expect(withCode(bodyNotices('<p class="online"><a href="https://www.ontario.ca/online" title="on line">online</a></p>'), 'body_event_handler')).toEqual([]);
  });
});

describe('body_embedded_content', () => {
  it('reports iframe, object, embed and frame', () => {
    const notices = withCode(
      bodyNotices('<iframe src="https://www.youtube.com/embed/a"></iframe><object data="a.swf"></object><embed src="a.swf"><frame src="a.html">'),
      'body_embedded_content',
    );
    expect(notices.map((n) => n.severity)).toEqual(['error', 'error', 'error', 'error']);
    expect(notices[0]?.path).toBe('/items/1/body/en');
    expect(notices[0]?.message.en).toContain('Remove the `<iframe>` element');
    expect(notices[2]?.message.fr).toContain('Retirez l’élément `<embed>`');
  });

  it('leaves a link to the same video alone', () => {
    expect(withCode(bodyNotices('<p>Watch it on <a href="https://www.youtube.com/watch?v=a">YouTube</a>.</p>'), 'body_embedded_content')).toEqual([]);
  });
});

describe('body_form_control', () => {
  it('reports the form and each control in it', () => {
    const notices = withCode(
      bodyNotices('<form action="https://ottawa.ca/subscribe"><input name="email"><select><option>a</option></select><textarea></textarea><button>Send</button></form>'),
      'body_form_control',
    );
    expect(notices.map((n) => n.message.en.match(/form element `<(\w+)>`/)?.[1])).toEqual(['input', 'select', 'textarea', 'button', 'form']);
    expect(notices[0]).toMatchObject({ severity: 'error', path: '/items/1/body/en', id: 'ot.second' });
  });

  it('leaves text about a form alone', () => {
    expect(withCode(bodyNotices('<p>Fill in the <a href="https://ottawa.ca/form">online form</a> and press the button.</p>'), 'body_form_control')).toEqual([]);
  });
});

describe('body_unsafe_url', () => {
  it.each([
    ['<a href="javascript:alert(1)">Apply</a>', 'javascript:'],
    ['<a href="jav&#x09;ascript:alert(1)">Apply</a>', 'javascript:'],
    ['<a href=" JaVaScRiPt:alert(1)">Apply</a>', 'javascript:'],
    ['<a href="&#106;avascript:alert(1)">Apply</a>', 'javascript:'],
    ['<a href="java&#x0A;script&colon;alert(1)">Apply</a>', 'javascript:'],
    ['<a href="vbscript:msgbox">Apply</a>', 'vbscript:'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">Apply</a>', 'data:'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', 'data:'],
    ['<form action="javascript:send()"></form>', 'javascript:'],
  ])('reports %s', (html, scheme) => {
    const notice = single(bodyNotices(html), 'body_unsafe_url');
    expect(notice).toMatchObject({ severity: 'error', path: '/items/1/body/en', id: 'ot.second' });
    expect(notice.message.en).toContain(`is a \`${scheme}\` address`);
  });

  it.each([
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Map">',
    '<a href="https://www.ontario.ca/javascript:guide">Guide</a>',
    '<a href="tel:+16135802400">Call 613-580-2400</a>',
    '<a href="mailto:newcomers@ottawa.ca">Write to us</a>',
    '<a href="/en/residents">Residents</a>',
    '<p>Do not paste javascript: into the address bar.</p>',
  ])('leaves %s alone', (html) => {
    expect(withCode(bodyNotices(html), 'body_unsafe_url')).toEqual([]);
  });
});

describe('body_h1', () => {
  it('reports an h1 and says which level to use', () => {
    const notice = single(bodyNotices('<h1>Apply for a health card</h1><p>Bring your documents.</p>'), 'body_h1');
    expect(notice).toMatchObject({ severity: 'warning', path: '/items/1/body/en', id: 'ot.second' });
    expect(notice.message.en).toContain('`<h1>Apply for a health card</h1>`');
    expect(notice.message.en).toContain('Change `<h1>` to `<h3>`');
  });

  it('is not also reported as a skipped level after it', () => {
    const notices = bodyNotices('<h1>Apply</h1><h3>Documents</h3><h4>Proof of address</h4>');
    expect(notices.map((n) => n.code)).toEqual(['body_h1']);
  });

  it('leaves lower headings alone', () => {
    expect(withCode(bodyNotices('<h2>Apply</h2><h3>Documents</h3>'), 'body_h1')).toEqual([]);
  });
});

describe('body_heading_skip', () => {
  it('reports a level skipped between two headings', () => {
    const notice = single(bodyNotices('<h2>Who can apply</h2><p>…</p><h4>Documents</h4>'), 'body_heading_skip');
    expect(notice).toMatchObject({ severity: 'info', path: '/items/1/body/en', id: 'ot.second' });
    expect(notice.message.en).toContain('from a level-2 heading');
    expect(notice.message.en).toContain('to a level-4 heading: `<h4>Documents</h4>`');
    expect(notice.message.en).toContain('Use `<h3>` here');
  });

  it('counts the page’s own level-2 heading before the first', () => {
    const notice = single(bodyNotices('<h4>Documents</h4>'), 'body_heading_skip');
    expect(notice.message.en).toContain('the page’s own heading');
  });

  it('allows going down one level at a time and back up any number', () => {
    expect(withCode(bodyNotices('<h3>Apply</h3><h4>Online</h4><h5>Tips</h5><h3>Fees</h3><h2>Other</h2><h3>More</h3>'), 'body_heading_skip')).toEqual([]);
  });
});

describe('body_inline_style', () => {
  it('reports a style attribute and a style element', () => {
    const notices = withCode(bodyNotices('<style>p { color: #999 }</style><p style="color:#999">Bring two documents.</p>'), 'body_inline_style');
    expect(notices.map((n) => n.severity)).toEqual(['warning', 'warning']);
    expect(notices[0]?.path).toBe('/items/1/body/en');
    expect(notices[0]?.message.en).toContain('contains a `<style>` element: `<style>p { color: #999 }</style>`');
    expect(notices[1]?.message.en).toContain('Remove the `style` attribute');
    expect(notices[1]?.message.fr).toContain('Retirez l’attribut `style`');
  });

  it('leaves classes and the word style alone', () => {
    expect(withCode(bodyNotices('<p class="note">Write it in your own style.</p>'), 'body_inline_style')).toEqual([]);
  });
});

describe('body_vague_link_text', () => {
  it.each([
    ['<p>To apply, <a href="https://www.ontario.ca/page/apply-ohip">click here</a>.</p>', 'click here'],
    ['<a href="https://www.ontario.ca/page/ohip"> Read   more » </a>', 'Read more »'],
    ['<a href="https://www.ontario.ca/fr/page/ohip"><strong>Cliquez ici</strong></a>', 'Cliquez ici'],
    ['<a href="https://www.ontario.ca/fr/page/ohip">ici</a>', 'ici'],
    ['<a href="https://www.ontario.ca/fr/page/ohip">En savoir plus…</a>', 'En savoir plus…'],
  ])('reports %s', (html, text) => {
    const notice = single(bodyNotices(html), 'body_vague_link_text');
    expect(notice).toMatchObject({ severity: 'warning', path: '/items/1/body/en', id: 'ot.second' });
    expect(notice.message.en).toContain(`The link text \`${text}\` in \`body.en\` does not say where the link goes`);
  });

  it('leaves link text that names its destination alone, even with a vague word in it', () => {
    const html =
      '<a href="https://www.ontario.ca/page/ohip">Read more about OHIP</a> <a href="https://www.ontario.ca/page/ohip">Apply here</a> <a href="https://www.ontario.ca/page/ohip">Plus de détails sur l’Assurance-santé</a>';
    expect(withCode(bodyNotices(html), 'body_vague_link_text')).toEqual([]);
  });
});

describe('body_new_window_link', () => {
  it('reports target="_blank", whatever its case', () => {
    const notices = withCode(
      bodyNotices('<a href="https://www.canada.ca/en/services/benefits.html" target="_blank">Benefits</a><a href="https://www.canada.ca" target="_BLANK">Canada.ca</a>'),
      'body_new_window_link',
    );
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatchObject({ severity: 'info', path: '/items/1/body/en', id: 'ot.second' });
    expect(notices[0]?.message.en).toContain('Remove `target="_blank"`');
  });

  it('leaves other targets alone', () => {
    expect(withCode(bodyNotices('<a href="https://www.canada.ca" target="_self">Canada.ca</a>'), 'body_new_window_link')).toEqual([]);
  });
});

describe('html_in_plain_text', () => {
  it('reports tags in a summary and suggests the text without them', () => {
    const notice = single(noticesFor({ summary: { en: '<p>You need it to <strong>work</strong>.</p>' } }), 'html_in_plain_text');
    expect(notice).toMatchObject({ severity: 'warning', path: '/items/1/summary/en', id: 'ot.second', suggestion: 'You need it to work.' });
    expect(notice.message.en).toContain('`summary.en` is plain text, but it contains HTML markup: `<p>`');
  });

  it('reports tags in channel notes, documents, offices, municipalities and the publisher', () => {
    const items = [
      testItem('ot.first', {
        channels: [{ type: 'phone', phone: '311', note: { en: 'Monday to Friday<br/>8 am to 4 pm' } }],
        documents: [{ en: 'Passport' }, { fr: 'Bail <em>signé</em>' }],
      }),
    ];
    const office = { ...testOffice('ottawa', 'serviceontario'), name: { en: '<b>ServiceOntario</b> Rideau' } };
    const municipality = testMunicipality('ottawa', { region: { en: 'Eastern <span>Ontario</span>' } });
    const feed = testFeed('ottawa', 'municipal', { items, offices: [office], municipalities: [municipality] });
    const input = { ...feed, publisher: { ...feed.publisher, attribution: { en: '<p>Contains information from Ottawa.</p>' } } };
    const notices = withCode(checkHtml(contextFor(input)), 'html_in_plain_text');
    expect(notices.map((n) => [n.path, n.id, n.suggestion])).toEqual([
      ['/publisher/attribution/en', 'ottawa', 'Contains information from Ottawa.'],
      ['/items/0/channels/0/note/en', 'ot.first', 'Monday to Friday 8 am to 4 pm'],
      ['/items/0/documents/1/fr', 'ot.first', 'Bail signé'],
      ['/offices/0/name/en', office.id, 'ServiceOntario Rideau'],
      ['/municipalities/0/region/en', 'ottawa', 'Eastern Ontario'],
    ]);
    expect(notices[0]?.message.en).toContain('`publisher.attribution.en`');
    expect(notices[1]?.message.fr).toContain('`channels[0].note.en` est du texte brut');
  });

  it('leaves angle brackets in prose and the HTML body alone', () => {
    const notices = noticesFor({
      summary: { en: 'For children < 5 and adults > 65. Write <your name> in the subject; a<b.' },
      body: { en: '<p>Body</p>' },
    });
    expect(withCode(notices, 'html_in_plain_text')).toEqual([]);
  });
});

describe('the body checks together', () => {
  it('find nothing in a clean body', () => {
    const html =
      '<p>Apply for your <strong>health card</strong> soon.</p><h3>Documents</h3><ul><li>Passport</li></ul><h4>Proof of address</h4><p><a href="https://www.ontario.ca/page/apply-ohip-and-get-health-card">Apply for OHIP</a></p>';
    expect(bodyNotices(html)).toEqual([]);
  });

  it(`keep at most ${MAX_PER_CODE_PER_FIELD} notices of a code per field, and still the others`, () => {
    const html = `${'<p style="color:red">x</p>'.repeat(MAX_PER_CODE_PER_FIELD + 5)}<script>alert(1)</script>`;
    const notices = bodyNotices(html);
    expect(withCode(notices, 'body_inline_style')).toHaveLength(MAX_PER_CODE_PER_FIELD);
    expect(withCode(notices, 'body_script')).toHaveLength(1);
  });

  it('count each field on its own', () => {
    const flood = '<p style="color:red">x</p>'.repeat(MAX_PER_CODE_PER_FIELD);
    expect(withCode(noticesFor({ body: { en: flood, fr: flood } }), 'body_inline_style')).toHaveLength(2 * MAX_PER_CODE_PER_FIELD);
  });
});

describe('the HTML notices', () => {
  it('have unique codes, and French with a non-breaking space before : ; ! ?', () => {
    const codes = htmlNotices.map((definition) => definition.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const definition of htmlNotices) {
      expect(definition.description.fr, definition.code).not.toMatch(/ [:;!?]/);
      expect(definition.title.fr, definition.code).not.toMatch(/ [:;!?]/);
      expect(definition.description.fr, definition.code).not.toMatch(/'/);
    }
  });

  it('give every message in both languages, French typeset', () => {
    const notices = bodyNotices(
      '<h1 style="x" onclick="y">T</h1><h5>S</h5><script></script><iframe></iframe><input><a href="javascript:x" target="_blank">ici</a>',
    );
    expect(new Set(notices.map((n) => n.code)).size).toBe(htmlNotices.length - 1);
    for (const notice of notices) {
      expect(notice.message.fr).not.toMatch(/ [:;!?]/);
      expect(notice.message.fr).not.toBe(notice.message.en);
    }
  });
});

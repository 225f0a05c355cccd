import { describe, expect, it } from 'vitest';
import { testFeed, testItem, testMunicipality, testOffice, testPublisher } from '../testing/builders';
import { validateFeed } from './validateFeed';

const asOf = '2026-12-01';
const envelope = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: '1.0',
  generatedAt: '2026-11-01T12:00:00Z',
  publisher: testPublisher('ottawa', 'municipal'),
  items: [testItem('ottawa.transit', { dateModified: '2026-10-01' })],
  ...extra,
});
const run = (input: unknown) => validateFeed(typeof input === 'string' ? input : JSON.stringify(input, null, 2), { asOf });
const codes = (input: unknown) => run(input).notices.map((n) => n.code);
const withItem = (overrides: Record<string, unknown>) => envelope({ items: [{ ...testItem('ottawa.transit'), ...overrides }] });
const withOffice = (change: (office: ReturnType<typeof testOffice>) => unknown) =>
  envelope({ items: [], offices: [change(testOffice('ottawa', 'library'))], municipalities: [testMunicipality('ottawa')] });

describe('reading the file', () => {
  it('reports an empty file, and reads a feed whatever its spacing', () => {
    expect(codes('  \n')).toEqual(['empty_file']);
    expect(codes(JSON.stringify(envelope()))).not.toContain('empty_file');
  });

  it('reports a file that is not JSON at all, naming what it looks like', () => {
    const [notice] = run('<!DOCTYPE html><html><body>Sign in</body></html>').notices;
    expect(notice).toMatchObject({ code: 'not_json', severity: 'error', line: 1, column: 1 });
    expect(notice?.message.en).toContain('web page (HTML)');
    expect(notice?.message.fr).toContain('page Web (HTML)');
    expect(codes('{}')).not.toContain('not_json');
  });

  it('reports invalid JSON with the line and column of the mistake', () => {
    const text = '{\n  "schemaVersion": "1.0",\n  "items": [1, 2,]\n}';
    const [notice] = run(text).notices;
    expect(notice).toMatchObject({ code: 'invalid_json', severity: 'error', line: 3, column: 18 });
    expect(notice?.message.en).toContain('line 3, column 18');
    expect(notice?.message.fr).toContain('ligne 3, colonne 18');
    expect(codes('{\n  "schemaVersion": "1.0"\n}')).not.toContain('invalid_json');
  });

  it('rejects comments, which JSON does not allow', () => {
    expect(run('{ // note\n "a": 1 }').notices[0]).toMatchObject({ code: 'invalid_json', line: 1, column: 3 });
  });

  it('rejects a bare list or value: a feed is an object', () => {
    expect(codes('[{"id":"ottawa.transit"}]')).toEqual(['feed_not_object']);
    expect(codes('"feed"')).toEqual(['feed_not_object']);
  });
});

describe('the envelope', () => {
  it('names the supported versions when the major version is another', () => {
    const result = run(envelope({ schemaVersion: '2.0' }));
    expect(result.feed).toBeNull();
    expect(result.notices).toEqual([expect.objectContaining({ code: 'unsupported_schema_version', path: '/schemaVersion', line: 2 })]);
    expect(result.notices[0]?.message.en).toContain('1.x');
    expect(codes(envelope({ schemaVersion: '1.3' }))).not.toContain('unsupported_schema_version');
  });

  it('rejects the whole feed with every reason when the envelope cannot be read', () => {
    const { publisher: _, ...rest } = envelope({ generatedAt: 'yesterday' });
    void _;
    const result = run(rest);
    expect(result.feed).toBeNull();
    expect(result.notices.map((n) => [n.code, n.path])).toEqual([
      ['feed_rejected', ''],
      ['required_field_missing', '/publisher'],
      ['invalid_datetime', '/generatedAt'],
    ]);
    expect(result.notices[1]?.message.en).toContain('the app rejects the whole feed');
    expect(result.summary.publisher).toBeNull();
    expect(codes(envelope())).not.toContain('feed_rejected');
  });
});

describe('entries the loader skips', () => {
  it('names a missing field at the entry, with the entry’s id and line', () => {
    const { summary: _, ...item } = testItem('ottawa.transit');
    void _;
    const text = JSON.stringify(envelope({ items: [item] }), null, 2);
    const entryLine = text.split('\n').findIndex((line) => line.includes('"id": "ottawa.transit"'));
    const result = run(text);
    expect(result.notices).toContainEqual(
      expect.objectContaining({ code: 'required_field_missing', path: '/items/0/summary', id: 'ottawa.transit', line: entryLine }),
    );
    expect(result.notices.find((n) => n.code === 'required_field_missing')?.message.en).toContain('`summary` is missing');
    expect(result.feed?.items).toEqual([]);
    expect(result.summary.items).toEqual({ total: 1, kept: 0 });
  });

  it('offers the nearest code for a value outside the vocabulary', () => {
    const notice = run(withItem({ topics: ['healht'] })).notices.find((n) => n.code === 'unknown_code');
    expect(notice).toMatchObject({ path: '/items/0/topics/0', suggestion: 'health' });
    expect(notice?.message.en).toContain('Did you mean "health"?');
    expect(codes(withItem({ topics: ['health'] }))).not.toContain('unknown_code');
  });

  it('treats a due rule of an unknown type as an unknown code', () => {
    const notice = run(withItem({ due: { type: 'within-days' } })).notices.find((n) => n.code === 'unknown_code');
    expect(notice).toMatchObject({ path: '/items/0/due/type' });
  });

  it('explains a single string where text per language is expected', () => {
    const notice = run(withItem({ title: 'Get a PRESTO card' })).notices.find((n) => n.code === 'wrong_type');
    expect(notice?.message.en).toContain('{ "en": "Get a PRESTO card", "fr": "…" }');
    expect(codes(withItem({ title: { en: 'Get a PRESTO card' } }))).not.toContain('wrong_type');
  });

  it.each([
    ['invalid_date', { dateModified: '2026/5/1' }, '/items/0/dateModified', '2026-05-01'],
    ['invalid_url', { source: { en: 'www.ottawa.ca/newcomers' } }, '/items/0/source/en', 'https://www.ottawa.ca/newcomers'],
    ['invalid_id', { id: 'Ottawa Transit' }, '/items/0/id', 'ottawa-transit'],
    ['invalid_language_code', { languages: ['English'] }, '/items/0/languages/0', 'en'],
    ['invalid_language_code', { title: { EN: 'Transit' } }, '/items/0/title/EN', 'en'],
    ['empty_text', { title: { en: ' ' } }, '/items/0/title/en', undefined],
    ['empty_text', { title: {} }, '/items/0/title', undefined],
    ['empty_list', { stages: [] }, '/items/0/stages', undefined],
    ['value_out_of_range', { due: { type: 'yearly', month: 13, day: 1 } }, '/items/0/due/month', undefined],
  ])('%s with a corrected value where one is clear', (code, overrides, path, suggestion) => {
    const notice = run(withItem(overrides)).notices.find((n) => n.code === code);
    expect(notice).toMatchObject({ severity: 'error', path, id: code === 'invalid_id' ? 'Ottawa Transit' : 'ottawa.transit' });
    expect(notice?.suggestion).toBe(suggestion);
    expect(codes(withItem({}))).not.toContain(code);
  });

  it('gives no suggestion for a date whose day and month could be read either way', () => {
    expect(run(withItem({ dateModified: '05/11/2026' })).notices.find((n) => n.code === 'invalid_date')?.suggestion).toBeUndefined();
  });

  it('offers the written-out postal code and a 24-hour time', () => {
    const postal = run(withOffice((o) => ({ ...o, address: { ...o.address, postalCode: 'k1p1j1' } }))).notices;
    expect(postal.find((n) => n.code === 'invalid_postal_code')).toMatchObject({ path: '/offices/0/address/postalCode', suggestion: 'K1P 1J1' });
    const time = run(withOffice((o) => ({ ...o, hours: [{ days: ['mon'], opens: '8:30 AM', closes: '4:30 PM' }] }))).notices;
    expect(time.filter((n) => n.code === 'invalid_time').map((n) => n.suggestion)).toEqual(['08:30', '16:30']);
    expect(codes(withOffice((o) => o))).not.toContain('invalid_postal_code');
  });

  it('sees swapped coordinates and offers them the right way round', () => {
    const notices = run(withOffice((o) => ({ ...o, coordinates: { lat: -75.69, lng: 45.42 } }))).notices;
    expect(notices.filter((n) => n.path.startsWith('/offices/0/coordinates'))).toEqual([
      expect.objectContaining({ code: 'coordinates_swapped', suggestion: '{"lat":45.42,"lng":-75.69}' }),
    ]);
  });

  it('sees a longitude that lost its minus sign, and a point elsewhere in the world', () => {
    const sign = run(withOffice((o) => ({ ...o, coordinates: { lat: 45.42, lng: 75.69 } }))).notices;
    expect(sign.find((n) => n.code === 'coordinates_out_of_area')).toMatchObject({ suggestion: '{"lat":45.42,"lng":-75.69}' });
    const paris = run(withOffice((o) => ({ ...o, coordinates: { lat: 48.85, lng: 2.35 } }))).notices;
    expect(paris.find((n) => n.code === 'coordinates_out_of_area')?.suggestion).toBeUndefined();
    expect(codes(withOffice((o) => o))).not.toContain('coordinates_out_of_area');
  });

  it('keeps the first of two entries with one id and points at it', () => {
    const result = run(envelope({ items: [testItem('ottawa.transit'), testItem('ottawa.transit')] }));
    expect(result.notices).toContainEqual(expect.objectContaining({ code: 'duplicate_id', path: '/items/1/id' }));
    expect(result.notices.find((n) => n.code === 'duplicate_id')?.message.en).toContain('/items/0');
    expect(result.feed?.items).toHaveLength(1);
  });

  it('reports a misspelt field the loader would drop silently, with the likely name', () => {
    const notice = run(withItem({ dependson: ['ca.sin'] })).notices.find((n) => n.code === 'unknown_field');
    expect(notice).toMatchObject({ severity: 'warning', path: '/items/0/dependson', suggestion: 'dependsOn' });
    const nested = run(withItem({ channels: [{ type: 'online', urll: { en: 'https://x.ca' } }] })).notices;
    expect(nested.find((n) => n.code === 'unknown_field')).toMatchObject({ path: '/items/0/channels/0/urll', suggestion: 'url' });
    expect(codes(withItem({ dependsOn: [] }))).not.toContain('unknown_field');
  });
});

describe('the report', () => {
  it('sums up the feed: publisher, counts, languages and the as-of day', () => {
    const result = run(envelope({ items: [testItem('ottawa.a', { languages: ['en', 'fr'] }), { id: 'ottawa.b' }] }));
    expect(result.summary).toMatchObject({
      publisher: { id: 'ottawa', jurisdiction: 'municipal' },
      schemaVersion: '1.0',
      asOf,
      languages: ['en', 'fr'],
      items: { total: 2, kept: 1 },
    });
    expect(result.summary.counts.error).toBe(result.notices.filter((n) => n.severity === 'error').length);
  });

  it('lists errors first, then in the order they stand in the file', () => {
    const severities = run(withItem({ dependson: [], topics: ['x'] })).notices.map((n) => n.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });

  it('reads an already-parsed value too, without positions', () => {
    const result = validateFeed({ ...envelope(), items: [{ id: 'ottawa.x' }] }, { asOf });
    expect(result.notices.length).toBeGreaterThan(0);
    expect(result.notices.every((n) => n.line === undefined)).toBe(true);
  });

  it('keeps a valid feed as the app would', () => {
    const feed = testFeed('ottawa', 'municipal', { items: [testItem('ottawa.transit')] });
    expect(validateFeed(JSON.stringify(feed), { asOf }).feed?.items.map((i) => i.id)).toEqual(['ottawa.transit']);
  });
});

describe('rules no precise notice covers', () => {
  it('quotes the rule in both languages', () => {
    const result = run(
      envelope({ items: [], offices: [{ ...testOffice('ottawa', 'library'), address: { ...testOffice('ottawa', 'library').address, province: 'Ontario' } }] }),
    );
    const notice = result.notices.find((n) => n.code === 'invalid_value');
    expect(notice).toMatchObject({ severity: 'error', path: '/offices/0/address/province' });
    expect(notice?.message.en).toContain('must be at most 2 characters long');
    expect(notice?.message.fr).toContain('doit compter au plus 2 caractères');
    expect(codes(withOffice((o) => o))).not.toContain('invalid_value');
  });
});

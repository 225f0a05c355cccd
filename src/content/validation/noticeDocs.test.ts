import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeDocs } from './noticeDocs';
import { NOTICE_DEFINITIONS } from './registry';

/** French prose puts a non-breaking space before : ; ! ? (code in backticks is left as written). */
const FRENCH_PUNCTUATION_WITHOUT_NBSP = /[^\u00a0\u202f][:;!?](?=\s|$)/;
const prose = (text: string) => text.replace(/`[^`]*`/g, '');

describe('the notices page', () => {
  it('is the one generated from the registry (run `npm run notices` after changing a notice)', () => {
    const page = readFileSync(new URL('../../../docs/feed-notices.md', import.meta.url), 'utf8');
    expect(page).toBe(noticeDocs(NOTICE_DEFINITIONS));
  });

  it('has one row per code, each code stable snake_case and used once', () => {
    const codes = NOTICE_DEFINITIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)+$|^[a-z]+$/);
    const page = noticeDocs(NOTICE_DEFINITIONS);
    for (const code of codes) expect(page).toContain(`<a id="${code}"></a>\`${code}\``);
  });

  it('describes every code in English and French', () => {
    for (const d of NOTICE_DEFINITIONS) {
      for (const text of [d.title.en, d.title.fr, d.description.en, d.description.fr]) expect(text.trim().length).toBeGreaterThan(3);
      expect(d.description.fr).not.toBe(d.description.en);
    }
  });

  it('says how to fix every code, in English and in French', () => {
    for (const d of NOTICE_DEFINITIONS) {
      expect(d.fix.en.trim(), d.code).not.toBe('');
      expect(d.fix.fr.trim(), d.code).not.toBe('');
      expect(d.fix.fr, d.code).not.toBe(d.fix.en);
    }
  });

  it('puts each code’s fix in its own column of its row', () => {
    const page = noticeDocs(NOTICE_DEFINITIONS);
    expect(page).toContain('| how to fix / comment corriger |');
    const [d] = NOTICE_DEFINITIONS.filter((n) => n.code === 'text_language_missing');
    const row = page.split('\n').find((line) => line.includes(`<a id="${d?.code}">`)) ?? '';
    // code | severity | meaning | fix | example: the fix is the fourth cell.
    expect(row.split(' | ')[3]).toBe(`${d?.fix.en}<br><br>${d?.fix.fr}`);
  });

  it('writes French titles, descriptions and fixes with a non-breaking space before : ; ! ?', () => {
    for (const d of NOTICE_DEFINITIONS) {
      for (const text of [d.title.fr, d.description.fr, d.fix.fr]) expect(prose(text), d.code).not.toMatch(FRENCH_PUNCTUATION_WITHOUT_NBSP);
    }
  });
});

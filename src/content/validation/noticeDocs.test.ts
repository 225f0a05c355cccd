import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeDocs } from './noticeDocs';
import { NOTICE_DEFINITIONS } from './registry';

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
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REDIRECTS_FILE, writeRedirectsFile } from './redirectsFile';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const build = () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), '<div id="root"></div>');
  return dir;
};

describe('_redirects', () => {
  it('rewrites / to the splash page, forced, since / has a file of its own (the app shell)', () => {
    const dir = build();
    writeFileSync(join(dir, 'splash.html'), '<h1>No Wrong Door</h1>');
    writeRedirectsFile(dir);
    const rules = readFileSync(join(dir, REDIRECTS_FILE), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual(['/  /splash.html  200!']);
  });

  it('is not written when the build has no splash page (no Chromium to prerender it), so / stays the shell', () => {
    const dir = build();
    writeFileSync(join(dir, REDIRECTS_FILE), 'stale');
    writeRedirectsFile(dir);
    expect(existsSync(join(dir, REDIRECTS_FILE))).toBe(false);
  });
});

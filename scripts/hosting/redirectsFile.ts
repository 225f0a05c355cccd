// `_redirects` for the hosts that read it (Netlify, Cloudflare Pages): the one rewrite the app
// needs beyond serving its files, `/` to the splash page. Written once the page exists, so a
// build without it (no Chromium to prerender) leaves `/` to the app shell.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPLASH_FILE } from './headerRules.ts';

export const REDIRECTS_FILE = '_redirects';

export function redirectsFile(): string {
  return [
    '# Written by `npm run build` from scripts/hosting/: `/` is the splash page (a 200 rewrite, so',
    '# the address stays `/`), a door in each UI language. Forced (!): `/` has a file, the app shell.',
    `/  /${SPLASH_FILE}  200!`,
    '',
  ].join('\n');
}

export function writeRedirectsFile(outDir: string): void {
  const path = join(outDir, REDIRECTS_FILE);
  if (existsSync(join(outDir, SPLASH_FILE))) writeFileSync(path, redirectsFile());
  else rmSync(path, { force: true });
}

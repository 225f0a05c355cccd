import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readBuildFacts } from '../hosting/buildFacts.ts';
import { HEADERS_FILE, headersFile, unnamedEntries } from '../hosting/headersFile.ts';

/** Writes the build's `_headers` (scripts/hosting/headerRules.ts) once its files are all there. */
export function writeHeadersFile(outDir: string): void {
  writeFileSync(join(outDir, HEADERS_FILE), headersFile(readBuildFacts(outDir), unnamedEntries(outDir)));
}

/**
 * Static hosts that read `_headers` (Netlify, Cloudflare Pages) get the rules `npm start`
 * applies. Runs after the snapshot is deployed: its address in portals.json may be another origin.
 */
export function hostingHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'no-wrong-door:hosting-headers',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        writeHeadersFile(outDir);
      },
    },
  };
}

// `npm run hosting`: the headers of the build in NWD_DIST (dist/ by default) for each kind of
// host: its `_headers` again (after portals.json was edited in the build, say), and the nginx and
// Caddy examples in docs/deploy/ (`--out <dir>` writes those elsewhere).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildFacts } from './hosting/buildFacts';
import { caddyfile } from './hosting/caddyfile';
import { nginxConf } from './hosting/nginxConf';
import { OUT_DIR } from './outDir';
import { writeHeadersFile } from './vite/hostingHeaders';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/deploy' } } });
const out = values.out ?? 'docs/deploy';
const facts = readBuildFacts(OUT_DIR);
writeHeadersFile(OUT_DIR);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'nginx.conf'), nginxConf(facts));
writeFileSync(join(out, 'Caddyfile'), caddyfile(facts));
console.log(`Wrote ${join(OUT_DIR, '_headers')}, ${join(out, 'nginx.conf')} and ${join(out, 'Caddyfile')}.`);

// `npm start`: build when the sources are newer than the last build, then serve it with the
// mock portals on http://localhost:4173 (PORT overrides).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { buildApp } from './build';
import { deployedSnapshot, snapshotToDeploy } from './vite/deploySnapshot';
import { OUT_DIR } from './outDir';

const INPUTS = [
  ...['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'],
  ...['scripts/build.ts', 'scripts/prerender.ts', 'scripts/prerender', 'scripts/vite', 'scripts/hosting'],
];
const BUILT = `${OUT_DIR}/index.html`;

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
// A new ingest, or NWD_SNAPSHOT naming another snapshot (or `off`), needs the build to deploy it.
const snapshotChanged = JSON.stringify(snapshotToDeploy()) !== JSON.stringify(deployedSnapshot(OUT_DIR));
if (snapshotChanged || Math.max(...INPUTS.map(newestChange)) > builtAt) {
  console.log('Building No Wrong Door…');
  await buildApp();
} else {
  console.log('The build is up to date.');
}

const server = await preview();
const address = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.preview.port}/`;
console.log(`\nNo Wrong Door is running at ${address}\nPress Ctrl+C to stop.`);

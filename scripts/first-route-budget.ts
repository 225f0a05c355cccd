// Fails when the JavaScript a phone must download before the home page first renders grows past
// its budget. Cheap and stable, so `npm test` runs it on every change; `npm run bench` (later)
// measures the rest.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KB = 150;
const MANIFEST = 'dist/.vite/manifest.json';

interface Chunk {
  file: string;
  isEntry?: boolean;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

if (!existsSync(MANIFEST)) await build({ logLevel: 'warn' });
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;

/** A chunk and everything it imports statically: what loads before its code can run. */
function closure(key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const dependency of manifest[key]?.imports ?? []) closure(dependency, into);
  return into;
}

const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
const home = Object.keys(manifest).find((key) => key.endsWith('features/home/HomeRoute.tsx'));
const english = Object.keys(manifest).find((key) => key.endsWith('locales/en/common.json'));
if (!entry || !home || !english) throw new Error(`${MANIFEST} lacks the entry, the home route or the English strings`);

const keys = new Set([...closure(entry), ...closure(home), ...closure(english)]);
const rows = [...keys].map((key) => {
  const file = manifest[key]?.file ?? key;
  return { file, gzipKB: gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1024 };
});
const total = rows.reduce((sum, row) => sum + row.gzipKB, 0);

for (const row of rows.sort((a, b) => b.gzipKB - a.gzipKB)) {
  console.log(`${row.gzipKB.toFixed(1).padStart(7)} KB  ${row.file}`);
}
console.log(`${total.toFixed(1).padStart(7)} KB  first-route JavaScript, gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB: split the route or drop a dependency.`);
  process.exit(1);
}

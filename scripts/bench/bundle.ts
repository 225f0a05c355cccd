// What each page costs to download: the JavaScript before the home page first renders, what each
// other page adds to it, and the CSS. Read from the build manifest, gzip level 9.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_MODULES } from '../vite/pagePreloads';
import type { BenchRow } from './rows';

export const FIRST_ROUTE_BUDGET_KB = 150;
const ROUTE_BUDGET_KB = 40;
const CSS_BUDGET_KB = 20;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** A chunk and everything it imports statically: what loads before its code can run. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const dependency of manifest[key]?.imports ?? []) closure(manifest, dependency, into);
  return into;
}

function key(manifest: Manifest, suffix: string): string {
  const found = Object.keys(manifest).find((candidate) => candidate.endsWith(suffix));
  if (!found) throw new Error(`The build manifest has no ${suffix}`);
  return found;
}

const gzipKB = (dist: string, file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

/** The files the home page loads before it first renders, in English. */
export function firstRouteFiles(manifest: Manifest): string[] {
  const entry = Object.keys(manifest).find((candidate) => manifest[candidate]?.isEntry);
  if (!entry) throw new Error('The build manifest has no entry');
  const keys = new Set([
    ...closure(manifest, entry),
    ...closure(manifest, key(manifest, 'features/home/HomeRoute.tsx')),
    ...closure(manifest, key(manifest, 'locales/en/common.json')),
  ]);
  return [...keys].map((name) => manifest[name]?.file ?? name);
}

export function measureBundle(dist: string): BenchRow[] {
  const manifest = readManifest(dist);
  const entry = Object.keys(manifest).find((candidate) => manifest[candidate]?.isEntry) ?? '';
  const shell = closure(manifest, entry);
  const firstRoute = firstRouteFiles(manifest);
  const rows: BenchRow[] = [
    {
      measure: 'JavaScript before the home page renders',
      value: firstRoute.reduce((sum, file) => sum + gzipKB(dist, file), 0),
      unit: 'KB',
      budget: { max: FIRST_ROUTE_BUDGET_KB },
      note: `gzip, ${firstRoute.length} files, English`,
    },
  ];
  for (const { module } of PAGE_MODULES) {
    if (module.endsWith('HomeRoute.tsx')) continue;
    const own = [...closure(manifest, key(manifest, module))].filter((name) => !shell.has(name));
    rows.push({
      measure: `+ JavaScript of ${module.split('/').pop()?.replace('.tsx', '')}`,
      value: own.reduce((sum, name) => sum + gzipKB(dist, manifest[name]?.file ?? name), 0),
      unit: 'KB',
      budget: { max: ROUTE_BUDGET_KB },
      note: 'gzip, beyond the app shell',
    });
  }
  const css = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))];
  rows.push({
    measure: 'CSS, every page together',
    value: css.reduce((sum, file) => sum + gzipKB(dist, file), 0),
    unit: 'KB',
    budget: { max: CSS_BUDGET_KB },
    note: `gzip, ${css.length} files`,
  });
  return rows;
}

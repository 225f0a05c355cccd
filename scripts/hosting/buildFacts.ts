// Reads from a build what its headers depend on: the origins its configuration fetches from and
// the inline code its pages carry. Only code this project writes is hashed (the shell's own inline
// elements, the prerendered pages' starter and stylesheets), never what a built page happens to
// hold, so content that slipped into a prerendered page could never allow itself to run.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineStyleText, START_APP_CODE } from '../prerender/prerenderedPage.ts';
import { INGEST_ONLY_KINDS } from '../../src/api/portalConfig.ts';
import type { BuildFacts } from './headerRules.ts';

export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
// Data blocks (JSON, import maps aside) are not run, so the policy does not ask about them.
const DATA_BLOCK = /\btype=["']?(?!module|text\/javascript|importmap)[^"'\s>]+/i;

/** The inline scripts and styles of an HTML page, as the browser hashes them (their exact text). */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes) && !DATA_BLOCK.test(attributes))
    .map(([, , text = '']) => text);
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, text = '']) => text);
  return { scripts, styles };
}

interface SourcesFileShape {
  portals?: { kind?: unknown; url?: unknown; enabled?: unknown; reports?: { url?: unknown } }[];
  feedback?: { url?: unknown };
  snapshot?: { url?: unknown };
}

/**
 * The origins, other than the app's, of every address the browser may fetch from the
 * configuration: enabled sources, where their problem reports go, the feedback address and a
 * snapshot. Relative addresses are the app's own ('self').
 */
export function connectOrigins(config: unknown): string[] {
  const file = (config ?? {}) as SourcesFileShape;
  const addresses = [
    ...(file.portals ?? [])
      // A source only the ingest reads (211: its key is a secret) is never fetched by a browser.
      .filter((source) => source.enabled !== false && !(INGEST_ONLY_KINDS as readonly unknown[]).includes(source.kind))
      .flatMap((source) => [source.url, source.reports?.url]),
    file.feedback?.url,
    file.snapshot?.url,
  ];
  const origins = new Set<string>();
  for (const address of addresses) {
    if (typeof address !== 'string' || !/^https?:\/\//i.test(address)) continue;
    // News addresses hold a {lang} to fill in; it never reaches the host name.
    const url = URL.parse(address.replaceAll('{lang}', 'en'));
    if (url) origins.add(url.origin);
  }
  return [...origins].sort();
}

/** What the headers of the build in `outDir` depend on. */
export function readBuildFacts(outDir: string): BuildFacts {
  const shell = inlineCode(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const assets = join(outDir, 'assets');
  // A prerendered page (scripts/prerender/prerenderedPage.ts) carries the shell's code, its own
  // starter and any of the build's stylesheets inline.
  const stylesheets = existsSync(assets)
    ? readdirSync(assets)
        .filter((name) => name.endsWith('.css'))
        .sort()
        .map((name) => inlineStyleText(readFileSync(join(assets, name), 'utf8')))
    : [];
  const configPath = join(outDir, 'portals.json');
  const config: unknown = existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : {};
  return {
    connectOrigins: connectOrigins(config),
    scriptHashes: [...new Set([...shell.scripts, START_APP_CODE].map(cspHash))],
    styleHashes: [...new Set([...shell.styles, ...stylesheets].map(cspHash))],
  };
}

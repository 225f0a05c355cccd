// The rules as a Caddyfile (docs/deploy/Caddyfile, written by `npm run hosting`).
import {
  CACHE_RULES,
  CONTENT_TYPES,
  DEFAULT_CACHE,
  documentHeaders,
  everyResponseHeaders,
  FILE_EXTENSIONS,
  SPLASH_FILE,
  WORKER_SCRIPTS,
  type BuildFacts,
} from './headerRules.ts';

const TAB = '\t';
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
/** Caddy's path matcher: `/x/*` is a prefix, `*.js` a suffix, anything else exact. */
const filePatterns = ['/assets/*', ...FILE_EXTENSIONS.map((extension) => `*.${extension}`)];

function headerBlock(headers: Record<string, string>, indent: string, matcher?: string): string[] {
  return [
    `${indent}header ${matcher ? `${matcher} ` : ''}{`,
    ...Object.entries(headers).map(([name, value]) => `${indent}${TAB}${name} ${quoted(value)}`),
    `${indent}}`,
  ];
}

/**
 * Content-Security-Policy and Permissions-Policy are enforced for documents and workers only, and
 * Referrer-Policy governs what they fetch: on scripts, styles and data they are bytes on every
 * response. A Caddyfile matcher cannot say "this or that", so documents are two: any address that
 * is not a file (a page, the shell, an .html file), and the workers' scripts (.js files).
 */
function documentLines(facts: BuildFacts): string[] {
  return [
    `${TAB}# Documents: the pages (prerendered, or drawn from the shell) and .html files: every address`,
    `${TAB}# that is not a file. The policies are enforced there and in workers only: elsewhere they`,
    `${TAB}# would be bytes on every response.`,
    `${TAB}@document not path ${filePatterns.join(' ')}`,
    ...headerBlock(documentHeaders(facts), TAB, '@document'),
    `${TAB}# The workers' scripts: a worker's policy comes from its own script's response.`,
    `${TAB}@worker path ${WORKER_SCRIPTS.join(' ')}`,
    ...headerBlock(documentHeaders(facts), TAB, '@worker'),
  ];
}

/**
 * Matchers are evaluated on the address as asked for: `header` runs before the rewrite below, so
 * a page drawn from the shell keeps the page's rule, not index.html's.
 */
function cacheLines(): string[] {
  const special = CACHE_RULES.filter((rule) => rule.cacheControl !== DEFAULT_CACHE);
  const lines = special.flatMap((rule, index) => [
    `${TAB}# ${rule.why}`,
    `${TAB}@cache${index} path ${rule.paths.join(' ')}`,
    `${TAB}header @cache${index} Cache-Control ${quoted(rule.cacheControl)}`,
  ]);
  const others = special.flatMap((rule) => rule.paths);
  return [
    ...lines,
    `${TAB}# Pages, the service worker, portals.json, the manifest, a snapshot: revalidated every time, by ETag.`,
    `${TAB}@revalidate not path ${others.join(' ')}`,
    `${TAB}header @revalidate Cache-Control ${quoted(DEFAULT_CACHE)}`,
  ];
}

function typeLines(): string[] {
  return Object.entries(CONTENT_TYPES).flatMap(([extension, type]) => {
    const name = `type_${extension.slice(1)}`;
    return [`${TAB}@${name} path *${extension}`, `${TAB}header @${name} Content-Type ${quoted(type)}`];
  });
}

export function caddyfile(facts: BuildFacts): string {
  return `${[
    '# No Wrong Door behind Caddy: an example site, written by `npm run hosting` from',
    '# scripts/hosting/headerRules.ts and a build. Edit the rules, not this file. Its',
    '# Content-Security-Policy allows the inline code of that build by its hashes (and the origins',
    '# of its portals.json): write the file again (npm run build, then npm run hosting) for each',
    '# build you deploy.',
    '# Put your domain in place of :80 for HTTPS; copy the build folder to the root named below.',
    '',
    ':80 {',
    `${TAB}root * /srv/no-wrong-door`,
    '',
    `${TAB}# Every response.`,
    ...headerBlock(everyResponseHeaders(), TAB),
    '',
    ...documentLines(facts),
    '',
    ...cacheLines(),
    '',
    `${TAB}# The build's kinds of file, typed as scripts/hosting/headerRules.ts says.`,
    ...typeLines(),
    '',
    `${TAB}# \`/\` is the splash page, a door in each language; the shell stays index.html for the rest.`,
    `${TAB}@splash {`,
    `${TAB}${TAB}path /`,
    `${TAB}${TAB}file /${SPLASH_FILE}`,
    `${TAB}}`,
    `${TAB}rewrite @splash /${SPLASH_FILE}`,
    '',
    `${TAB}# A prerendered page is its folder's index.html; any other page address is drawn by the app`,
    `${TAB}# from its shell. Files are not: a missing one is a 404 (step ids such as ca.sin have dots,`,
    `${TAB}# not extensions).`,
    `${TAB}@page {`,
    `${TAB}${TAB}not path ${filePatterns.join(' ')}`,
    `${TAB}${TAB}file {path} {path}/index.html /index.html`,
    `${TAB}}`,
    `${TAB}rewrite @page {file_match.relative}`,
    '',
    `${TAB}# The build holds a .br and a .gz beside each text file, compressed once at the highest level.`,
    `${TAB}file_server {`,
    `${TAB}${TAB}precompressed br gzip`,
    `${TAB}}`,
    '',
    `${TAB}# An error is a few words of text: nosniff, not the policies of a document.`,
    `${TAB}handle_errors {`,
    ...headerBlock(everyResponseHeaders(), TAB.repeat(2)),
    `${TAB}${TAB}# Not the year an asset is kept for: the file may be deployed a moment later.`,
    `${TAB}${TAB}header Cache-Control ${quoted(DEFAULT_CACHE)}`,
    `${TAB}${TAB}header Content-Type ${quoted('text/plain; charset=utf-8')}`,
    `${TAB}${TAB}respond "{err.status_code} {err.status_text}"`,
    `${TAB}}`,
    '}',
  ].join('\n')}\n`;
}

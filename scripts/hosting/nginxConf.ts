// The rules as an nginx configuration (docs/deploy/nginx.conf, written by `npm run hosting`).
import {
  CACHE_RULES,
  CONTENT_TYPES,
  DEFAULT_CACHE,
  documentHeaders,
  everyResponseHeaders,
  FILE_EXTENSIONS,
  PAGE_PATHS,
  SPLASH_FILE,
  WORKER_SCRIPTS,
  type BuildFacts,
} from './headerRules.ts';

const INDENT = '    ';
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CACHE_VARIABLE = '$no_wrong_door_cache_control';
const DOCUMENT_VARIABLE = '$no_wrong_door_document';
/** `Content-Security-Policy` → `$no_wrong_door_content_security_policy`. */
const headerVariable = (name: string) => `$no_wrong_door_${name.toLowerCase().replace(/-/g, '_')}`;
/** A pattern of the rules (exact, or a prefix ending in `*`) as an nginx regex on the address. */
const addressRegex = (path: string) => (path.endsWith('*') ? `^${escapeRegex(path.slice(0, -1))}` : `^${escapeRegex(path)}$`);

/**
 * The cache rule of each response, by its status and address: a 404 is never kept for the year
 * an asset is (the file may be deployed a moment later). nginx reads a map when the headers go
 * out, so the status is known. First matching expression wins, as in the rules.
 */
function cacheMap(): string[] {
  const entries = CACHE_RULES.flatMap((rule) =>
    rule.paths.map((path) => {
      const address = path.endsWith('*') ? `${escapeRegex(path.slice(0, -1))}` : `${escapeRegex(path)}$`;
      return [`~^[0-9]+:${address}`, rule.cacheControl] as const;
    }),
  ).filter(([, cacheControl]) => cacheControl !== DEFAULT_CACHE);
  return [
    `map "$status:$uri" ${CACHE_VARIABLE} {`,
    `${INDENT}${quoted('~^404:')} ${quoted(DEFAULT_CACHE)};`,
    ...entries.map(([expression, value]) => `${INDENT}${quoted(expression)} ${quoted(value)};`),
    `${INDENT}default ${quoted(DEFAULT_CACHE)};`,
    '}',
  ];
}

/**
 * Whether the response is a document, by its address once try_files is done ($uri is then the
 * file sent: a page drawn from the shell is /index.html, a prerendered one its index.html). Each
 * policy is a map of that: the empty value of a file makes add_header send nothing, so the
 * policies stay beside the other headers at the server level (see the note on add_header there).
 */
function documentMaps(facts: BuildFacts): string[] {
  const expressions = [...PAGE_PATHS, ...WORKER_SCRIPTS].map(addressRegex);
  return [
    `map $uri ${DOCUMENT_VARIABLE} {`,
    `${INDENT}${quoted('~\\.html$')} 1;`,
    ...expressions.map((expression) => `${INDENT}${quoted(`~${expression}`)} 1;`),
    `${INDENT}default "";`,
    '}',
    ...Object.entries(documentHeaders(facts)).flatMap(([name, value]) => [
      `map ${DOCUMENT_VARIABLE} ${headerVariable(name)} {`,
      `${INDENT}1 ${quoted(value)};`,
      `${INDENT}default "";`,
      '}',
    ]),
  ];
}

function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(CONTENT_TYPES)) {
    const bare = type.split(';')[0] ?? type;
    byType.set(bare, [...(byType.get(bare) ?? []), extension.slice(1)]);
  }
  const withCharset = Object.values(CONTENT_TYPES)
    .filter((type) => /charset=/.test(type))
    .map((type) => type.split(';')[0] ?? type)
    .filter((type) => type !== 'text/html');
  return [
    `${INDENT}# The build's kinds of file, typed as the rules say (this replaces mime.types here).`,
    `${INDENT}types {`,
    ...[...byType].map(([type, extensions]) => `${INDENT.repeat(2)}${type} ${extensions.join(' ')};`),
    `${INDENT}}`,
    `${INDENT}default_type application/octet-stream;`,
    `${INDENT}charset utf-8;`,
    `${INDENT}charset_types ${[...new Set(withCharset)].join(' ')};`,
  ];
}

export function nginxConf(facts: BuildFacts): string {
  const headers = [
    ...Object.entries(everyResponseHeaders()).map(([name, value]) => `${INDENT}add_header ${name} ${quoted(value)} always;`),
    ...Object.keys(documentHeaders(facts)).map((name) => `${INDENT}add_header ${name} ${headerVariable(name)} always;`),
    `${INDENT}add_header Cache-Control ${CACHE_VARIABLE} always;`,
  ];
  return `${[
    '# No Wrong Door behind nginx: an example, written by `npm run hosting` from',
    '# scripts/hosting/headerRules.ts and a build. Edit the rules, not this file. Its',
    '# Content-Security-Policy allows the inline code of that build by its hashes (and the origins',
    '# of its portals.json): write the file again (npm run build, then npm run hosting) for each',
    '# build you deploy.',
    '# Include it in the http block of nginx.conf; copy the build folder to the root named below.',
    '',
    ...cacheMap(),
    '',
    '# Content-Security-Policy and Permissions-Policy are enforced for documents and workers only,',
    '# and Referrer-Policy governs what they fetch: on scripts, styles and data they are bytes on',
    '# every response. Documents: the pages, the app shell, .html files and the workers\' scripts.',
    ...documentMaps(facts),
    '',
    'server {',
    `${INDENT}listen 80;`,
    `${INDENT}server_name _;`,
    `${INDENT}root /srv/no-wrong-door;`,
    `${INDENT}index index.html;`,
    '',
    `${INDENT}# Every response, errors too (always); the policies on documents only (empty elsewhere, so`,
    `${INDENT}# not sent). No location below adds a header of its own: one that did would lose all of these.`,
    ...headers,
    '',
    `${INDENT}# The build holds a .gz beside each text file, compressed once at the highest level.`,
    `${INDENT}# With the ngx_brotli module, add: brotli_static on;`,
    `${INDENT}gzip_static on;`,
    `${INDENT}etag on;`,
    '',
    ...typesBlock(),
    '',
    `${INDENT}# Files: a missing one is a 404 in a few words, never the app shell (which a browser would`,
    `${INDENT}# try to run as a script or read as data).`,
    `${INDENT}error_page 404 @missing;`,
    `${INDENT}location @missing {`,
    `${INDENT.repeat(2)}# Typed as text, not as what the address named (its extension would decide otherwise).`,
    `${INDENT.repeat(2)}types { }`,
    `${INDENT.repeat(2)}default_type text/plain;`,
    `${INDENT.repeat(2)}return 404 "Not found\\n";`,
    `${INDENT}}`,
    `${INDENT}location ^~ /assets/ {`,
    `${INDENT.repeat(2)}try_files $uri =404;`,
    `${INDENT}}`,
    `${INDENT}location ~* \\.(?:${FILE_EXTENSIONS.join('|')})$ {`,
    `${INDENT.repeat(2)}try_files $uri =404;`,
    `${INDENT}}`,
    '',
    `${INDENT}# \`/\` is the splash page, a door in each language; the shell stays index.html for the rest.`,
    `${INDENT}location = / {`,
    `${INDENT.repeat(2)}try_files /${SPLASH_FILE} /index.html;`,
    `${INDENT}}`,
    `${INDENT}# Pages: a prerendered page is its folder's index.html; any other address is drawn by the`,
    `${INDENT}# app from its shell (step ids such as ca.sin have dots, not extensions).`,
    `${INDENT}location / {`,
    `${INDENT.repeat(2)}try_files $uri $uri/index.html /index.html;`,
    `${INDENT}}`,
    '}',
  ].join('\n')}\n`;
}

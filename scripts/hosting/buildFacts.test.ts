import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderedPage } from '../prerender/prerenderedPage';
import { connectOrigins, cspHash, inlineCode, readBuildFacts } from './buildFacts';

describe('connectOrigins', () => {
  it('names the origins the browser fetches from, and no relative, disabled or ingest-only source', () => {
    const config = {
      portals: [
        { url: '/portals/canada/newcomer-feed.json' },
        { url: 'https://services.example.ca/data.js', reports: { url: 'https://reports.example.ca/new?source=x' } },
        { url: 'https://news.example.ca/{lang}/news.json' },
        { url: 'https://off.example.ca/feed.json', enabled: false },
        { kind: '211', url: 'https://data.211.example.ca/api/v2/search' },
      ],
      feedback: { url: '/portals/feedback' },
      snapshot: { url: 'https://cdn.example.ca/snapshot/' },
    };
    expect(connectOrigins(config)).toEqual([
      'https://cdn.example.ca',
      'https://news.example.ca',
      'https://reports.example.ca',
      'https://services.example.ca',
    ]);
  });

  it('takes a configuration of the wrong shape as naming nothing', () => {
    expect(connectOrigins(null)).toEqual([]);
    expect(connectOrigins({ portals: [{ url: 42 }, { url: 'https://' }] })).toEqual([]);
  });
});

describe('inlineCode', () => {
  it('finds inline scripts and styles, not scripts with a source or data blocks', () => {
    const html = `<script type="module" src="/assets/a.js"></script><script>run()</script>
<script type="application/json">{"a":1}</script><script type="module">go()</script><style>p{}</style>`;
    expect(inlineCode(html)).toEqual({ scripts: ['run()', 'go()'], styles: ['p{}'] });
  });
});

describe('readBuildFacts', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('allows every inline script and style of a page the prerender writes from the build', () => {
    dir = mkdtempSync(join(tmpdir(), 'nwd-hosting-'));
    mkdirSync(join(dir, 'assets'));
    const css = 'body{color:#333}.a::after{content:"</style>"}';
    writeFileSync(join(dir, 'assets', 'index-abc.css'), css);
    const shell = `<!doctype html><html lang="en"><head><title>No Wrong Door</title>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-abc.css">
<script>(function(m){})({"pages":[]})</script>
</head><body><div id="root"></div></body></html>`;
    writeFileSync(join(dir, 'index.html'), shell);
    writeFileSync(join(dir, 'portals.json'), JSON.stringify({ portals: [{ url: 'https://feeds.example.ca/a.json' }] }));

    const facts = readBuildFacts(dir);
    const page = prerenderedPage(shell, {
      rootHtml: '<main><h1>Hello</h1></main>',
      title: 'Hello',
      lang: 'en',
      dir: 'ltr',
      stylesheets: [{ href: '/assets/index-abc.css', css }],
    });
    // The page's template holds the shell's scripts, which its starter runs once painted.
    const { scripts, styles } = inlineCode(page.replace(/<\/?template[^>]*>/g, ''));
    expect(scripts.length).toBe(2);
    expect(styles.length).toBe(1);
    for (const script of scripts) expect(facts.scriptHashes).toContain(cspHash(script));
    for (const style of styles) expect(facts.styleHashes).toContain(cspHash(style));
    expect(facts.connectOrigins).toEqual(['https://feeds.example.ca']);
  });

  it('hashes as browsers do: SHA-256 of the exact text, in base64', () => {
    // The hash of an empty inline element, as the CSP specification gives it.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

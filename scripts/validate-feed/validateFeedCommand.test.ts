import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../mocks/data/feeds';

const run = promisify(execFile);
const FIXTURE = 'scripts/validate-feed/fixtures/ottawa-draft-with-mistakes.json';
const fixtureLines = readFileSync(FIXTURE, 'utf8').split('\n');
const dir = mkdtempSync(join(tmpdir(), 'validate-feed-'));

/** Runs the command as a publisher's pipeline would, and keeps its exit code. */
async function validateFeed(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/validate-feed.ts', ...args], {
      env: { ...process.env, LANG: 'en_CA.UTF-8' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The 1-based line of the first fixture line holding `text` after line `after`. */
const lineOf = (text: string, after = 0) => fixtureLines.findIndex((line, i) => i >= after && line.includes(text)) + 1;

const writeFeed = (name: string, feed: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(feed, null, 2));
  return path;
};

// Each case starts Node and tsx (1–3 s alone, longer beside the rest of the suite).
describe('npm run validate-feed', { timeout: 30_000 }, () => {
  it('prints each mistake of a draft with its line and column, and exits 1', async () => {
    const { code, stdout } = await validateFeed(FIXTURE, '--as-of', '2026-12-01');
    expect(code).toBe(1);
    const titleFr = lineOf('"title": {', lineOf('"id": "ottawa.library-card"'));
    const expected = [
      [`${titleFr}:7: error text_language_missing /items/1/title/fr (ottawa.library-card)`, 'Add `title.fr`'],
      [`error body_script /items/1/body/en (ottawa.library-card)`, 'Remove the `<script>` element'],
      [`${lineOf('"ca.sni"')}:9: error unknown_dependency /items/1/dependsOn/0`, 'Did you mean `ca.sin`?'],
      [`${lineOf('"hours": [', lineOf('"id": "ottawa.office.city-hall"')) + 1}:9: error office_hours_closes_before_opens /offices/0/hours/0`, 'write 08:30 in `opens`'],
      [`error coordinates_swapped /offices/1/coordinates (ottawa.office.ociso)`, 'Swap the two values'],
      [`${lineOf('"dateModified": "2019-03-14"')}:7: warning date_modified_old /items/1/dateModified`, 'more than 12 months'],
      [`${lineOf('"https://staging.ottawa.ca/en/recreation"')}:9: error url_not_public /items/2/source/en`, 'staging'],
      [`warning same_source_as_other_publisher /items/6/source/en (ottawa.ohip)`, 'Ontario'],
      [`warning past_date_as_upcoming /items/6/body/en (ottawa.ohip)`, 'Starting January 2020'],
      [`warning french_services_language_missing /items/5/languages (ottawa.parking-permit)`, 'French Language Services Act'],
    ];
    for (const [where, fix] of expected) {
      const at = stdout.split('\n').findIndex((line) => line.includes(where ?? ''));
      expect(at, where).toBeGreaterThan(-1);
      expect(stdout.split('\n')[at + 1]).toContain(fix);
    }
    expect(stdout).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes?$/m);
  });

  it('exits 0 on a clean feed: Ottawa’s published feed', async () => {
    const { code, stdout } = await validateFeed(writeFeed('ottawa.json', mockFeeds.ottawa), '--as-of', '2026-12-01');
    expect(stdout).toContain('City of Ottawa (ottawa)');
    expect(stdout).not.toMatch(/: error /);
    expect(code).toBe(0);
  });

  it('gives the JSON report with every notice’s code, place and message in both languages', async () => {
    const { code, stdout } = await validateFeed(FIXTURE, '--as-of', '2026-12-01', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { summary: Record<string, unknown>; notices: Record<string, unknown>[] };
    expect(report.summary).toMatchObject({ publisher: { id: 'ottawa' }, asOf: '2026-12-01', items: { total: 12, kept: 8 } });
    const script = report.notices.find((n) => n.code === 'body_script');
    expect(script).toMatchObject({ severity: 'error', path: '/items/1/body/en', id: 'ottawa.library-card', line: expect.any(Number), column: 9 });
    expect(script?.message).toEqual({ en: expect.stringContaining('script'), fr: expect.stringContaining('script') });
  });

  it('speaks French with --lang fr, and writes an HTML report from the same run', async () => {
    const html = join(dir, 'report.html');
    const { stdout } = await validateFeed(FIXTURE, '--as-of', '2026-12-01', '--lang', 'fr', '--html', html);
    expect(stdout).toContain('erreur text_language_missing');
    expect(stdout).toContain('Ajoutez `title.fr`');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<section id="body_script">');
    // The draft's own script is shown as text, never as markup.
    expect(page).not.toContain('<script>document.title');
    expect(page).toContain('&lt;script&gt;document.title');
  });

  it('is reproducible: --as-of decides what is old and what is in the future', async () => {
    const { stdout } = await validateFeed(FIXTURE, '--as-of', '2019-06-01', '--json');
    const codes = (JSON.parse(stdout) as { notices: { code: string; id?: string }[] }).notices;
    expect(codes.find((n) => n.code === 'date_modified_old' && n.id === 'ottawa.library-card')).toBeUndefined();
    expect(codes.filter((n) => n.code === 'date_modified_in_future').length).toBeGreaterThan(1);
  });

  it('checks references against the feeds named with --with instead of the configured portals', async () => {
    const draft = { ...mockFeeds.ottawa, items: [{ ...mockFeeds.ottawa?.items?.[0], dependsOn: ['ca.sin'] }] };
    const path = writeFeed('draft.json', draft);
    const alone = await validateFeed(path, '--as-of', '2026-12-01', '--no-published', '--json');
    expect(alone.stdout).toContain('unknown_dependency');
    const withCanada = await validateFeed(path, '--as-of', '2026-12-01', '--with', writeFeed('canada.json', mockFeeds.canada), '--json');
    expect(withCanada.stdout).not.toContain('unknown_dependency');
    const configured = await validateFeed(path, '--as-of', '2026-12-01', '--json');
    expect(configured.stdout).not.toContain('unknown_dependency');
  });

  it('says what is wrong with a file that is not a feed, and with the command line', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "schemaVersion": "1.0",\n  "items": [\n    { "id": "ottawa.x" },\n  ]\n}\n');
    const invalid = await validateFeed(broken);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain(`${broken}:5:3: error invalid_json`);
    const usage = await validateFeed(FIXTURE, '--as-of', 'yesterday');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--as-of must be a date written YYYY-MM-DD');
    const missing = await validateFeed(join(dir, 'nowhere.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.json');
  });
});

describe('npm run validate-feed: what publishing would change', { timeout: 30_000 }, () => {
  it('lists entries added, removed and changed against the published feed, naming the changed fields', async () => {
    const { stdout } = await validateFeed(FIXTURE, '--as-of', '2026-12-01');
    const changes = stdout.slice(stdout.indexOf('Changes against the feed ottawa publishes now:'));
    expect(changes).toContain('    + ottawa.parking-permit');
    expect(changes).toContain('    ~ ottawa.library-card: title.fr, body.en, dependsOn[0], dateModified');
    // An office the draft still holds, but that its errors keep out of the app, would disappear.
    expect(changes).toContain('    - ottawa.office.ociso (still in the draft, but left out until its errors are fixed)');
    const json = JSON.parse((await validateFeed(FIXTURE, '--as-of', '2026-12-01', '--json')).stdout) as {
      changes: { sections: { items: { added: { id: string }[] } } };
    };
    expect(json.changes.sections.items.added.map((entry) => entry.id)).toContain('ottawa.ohip');
  });

  it('says so when the publisher publishes nothing yet, and when nothing changes', async () => {
    const newcomer = { ...mockFeeds.ottawa, publisher: { ...mockFeeds.ottawa?.publisher, id: 'kanata' } };
    const fresh = await validateFeed(writeFeed('kanata.json', newcomer), '--as-of', '2026-12-01');
    expect(fresh.stdout).toContain('Nothing is published by kanata yet');
    const same = await validateFeed(writeFeed('same.json', mockFeeds.ottawa), '--as-of', '2026-12-01');
    expect(same.stdout).toContain('none: the draft publishes what is published now.');
  });
});

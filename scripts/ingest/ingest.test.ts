import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { resetMockSwitches, setMockSwitches } from '../../mocks/switches';
import { newsEntrySchema } from '../../src/api/newsEntry';
import { PortalsFile } from '../../src/api/portalConfig';
import type { Catalogue } from '../../src/content/catalogue';
import { parseFeed } from '../../src/content/parseFeed';
import type { TargetState } from './decide';
import type { IngestReport, SourceReport } from './report';
import { runIngest, type IngestOptions } from './runIngest';
import type { NewsFile } from '../../src/api/newsFile';
import type { MunicipalityIndex } from '../../src/content/municipalityIndex';

const readConfig = (path: string) => PortalsFile.parse(JSON.parse(readFileSync(path, 'utf8')));
const fullConfig = readConfig('public/portals.json');
/** The default configuration's six common feeds, without the real services' kinds. */
const commonFeeds: PortalsFile = { ...fullConfig, portals: fullConfig.portals.filter((portal) => portal.kind === 'newcomer-feed'), news: [], ingestOnly: [] };

/** The environment of an ingest that holds a 211 key; the tests never read the real one. */
const KEYED = { ONTARIO_211_KEY: 'test-key-5d1f' };

const requests: Request[] = [];
server.events.on('request:start', ({ request }) => void requests.push(request));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetMockSwitches();
  requests.length = 0;
});
afterAll(() => server.close());

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  dirs.push(dir);
  return dir;
}

/** An ingest against the mock portals, with retries that wait 1 ms rather than 250. */
const ingest = (out: string, config = commonFeeds, options: Partial<IngestOptions> = {}) =>
  runIngest({ config, out, asOf: '2026-12-01', baseUrl: 'http://localhost/', retry: { baseDelayMs: 1 }, ...options });

const json = <T>(dir: string, path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const rowOf = (report: IngestReport, source: string): SourceReport => {
  const row = report.sources.find((candidate) => candidate.source === source);
  if (!row) throw new Error(`no report row for ${source}`);
  return row;
};

/** Every source file parses as a feed with no problem at all: the snapshot holds only what the app keeps. */
function expectCleanSources(dir: string, ids: string[]) {
  expect(readdirSync(join(dir, 'sources')).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
  for (const id of ids) {
    const { feed, problems } = parseFeed(json(dir, `sources/${id}.json`));
    expect(problems, id).toEqual([]);
    expect(feed, id).not.toBeNull();
  }
}

describe('npm run ingest against the mock portals', { timeout: 30_000 }, () => {
  it('writes the snapshot of the six common feeds: feeds, catalogues, the index, state and report', async () => {
    const dir = tempDir();
    const { written, report } = await ingest(dir);
    expect(written).toBe(true);
    const ids = commonFeeds.portals.map((portal) => portal.id);
    expectCleanSources(dir, ids);
    expect(report.sources.map((row) => [row.source, row.status])).toEqual(ids.map((id) => [id, 'read']));

    const index = json<MunicipalityIndex>(dir, 'municipalities.json');
    expect(index.municipalities.map((row) => row.id)).toEqual(['ottawa', 'toronto', 'hamilton', 'greater-sudbury']);
    for (const { id } of index.municipalities) {
      const catalogue = json<Catalogue>(dir, `catalogues/${id}.json`);
      expect(catalogue.publishers.map((publisher) => publisher.id)).toEqual(['canada', 'ontario', id]);
      expect(catalogue.items.length).toBeGreaterThan(0);
    }
    expect(json<Catalogue>(dir, 'catalogue.json').publishers.map((publisher) => publisher.id)).toEqual(['canada', 'ontario']);

    const state = json<{ sources: Record<string, TargetState> }>(dir, 'state.json').sources;
    expect(state.ontario).toMatchObject({ entries: rowOf(report, 'ontario').entries, lastGood: report.generatedAt });
    expect(json<IngestReport>(dir, 'report.json')).toMatchObject({ written: true, asOf: '2026-12-01', sources: report.sources });
  });

  it('writes the snapshot of the default configuration: every kind of source, and the news in both languages', async () => {
    const dir = tempDir();
    const { written, report } = await ingest(dir, fullConfig, { env: KEYED });
    expect(written).toBe(true);
    expectCleanSources(dir, [...fullConfig.portals, ...fullConfig.ingestOnly].map((portal) => portal.id));
    expect(report.sources.map((row) => row.status)).toEqual(report.sources.map(() => 'read'));
    // The adapters' rejections reach the report with their reasons.
    expect(rowOf(report, 'tpl-branches').rejected.reasons).toContainEqual(expect.stringContaining('Bookmobile'));

    for (const lang of ['en', 'fr'] as const) {
      const news = json<NewsFile>(dir, `news/${lang}.json`);
      expect(news.entries.length).toBeGreaterThan(0);
      expect(news.entries.every((entry) => newsEntrySchema.safeParse(entry).success && entry.lang === lang)).toBe(true);
      const days = news.entries.map((entry) => entry.publishedOn);
      expect(days).toEqual([...days].sort().reverse());
      expect(news.publishers['ircc-news']?.id).toBe('ircc');
    }
    // Toronto has a source of its own (its library branches): it gets its catalogue.
    const toronto = json<Catalogue>(dir, 'catalogues/toronto.json');
    expect(toronto.offices.some((office) => office.kind === 'library')).toBe(true);
  });

  it('reads 211 server-side with the key from the environment, and writes the key nowhere', async () => {
    const dir = tempDir();
    const { report } = await ingest(dir, fullConfig, { env: KEYED });
    const asked = requests.filter((request) => request.url.includes('/portals/211/'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((request) => request.method === 'POST' && new URL(request.url).searchParams.get('key') === KEYED.ONTARIO_211_KEY)).toBe(true);
    expect(rowOf(report, '211-ontario')).toMatchObject({ status: 'read', kind: '211' });
    expect(json<Catalogue>(dir, 'catalogues/ottawa.json').offices.some((office) => office.publisher.id === '211-ontario')).toBe(true);
    for (const path of ['report.json', 'state.json', 'sources/211-ontario.json', 'catalogues/ottawa.json', 'catalogue.json']) {
      expect(readFileSync(join(dir, path), 'utf8'), path).not.toContain(KEYED.ONTARIO_211_KEY);
    }
  });

  it('names the missing 211 key in the report and writes every other source', async () => {
    const { written, report } = await ingest(tempDir(), fullConfig, { env: {} });
    expect(written).toBe(true);
    expect(rowOf(report, '211-ontario')).toMatchObject({ status: 'failed', reason: expect.stringContaining('set ONTARIO_211_KEY') });
    expect(report.sources.filter((row) => row.status === 'failed').map((row) => row.source)).toEqual(['211-ontario']);
    expect(requests.some((request) => request.url.includes('/portals/211/'))).toBe(false);
  });

  it('keeps the previous copy of a source that is down, names it, and writes the rest', async () => {
    const dir = tempDir();
    await ingest(dir);
    const before = readFileSync(join(dir, 'sources/ontario.json'), 'utf8');
    setMockSwitches('ontario:fail');
    const { written, report } = await ingest(dir);
    expect(written).toBe(true);
    expect(rowOf(report, 'ontario')).toMatchObject({ status: 'failed', reason: expect.stringContaining('HTTP 500'), retries: 2 });
    expect(rowOf(report, 'ontario').keptFromPrevious).toBeGreaterThan(0);
    expect(report.sources.filter((row) => row.status !== 'read').map((row) => row.source)).toEqual(['ontario']);
    expect(readFileSync(join(dir, 'sources/ontario.json'), 'utf8')).toBe(before);
    expect(json<Catalogue>(dir, 'catalogues/ottawa.json').publishers.map((publisher) => publisher.id)).toContain('ontario');
  });

  it('keeps the previous copy of a source that suddenly answers an empty feed, and reports it', async () => {
    const dir = tempDir();
    await ingest(dir);
    const before = json<unknown>(dir, 'sources/ottawa.json');
    setMockSwitches('ottawa:empty');
    const { report } = await ingest(dir);
    expect(rowOf(report, 'ottawa')).toMatchObject({ status: 'kept-previous', read: 0, reason: expect.stringContaining('no entries') });
    expect(json<unknown>(dir, 'sources/ottawa.json')).toEqual(before);
    expect(json<MunicipalityIndex>(dir, 'municipalities.json').municipalities.map((row) => row.id)).toContain('ottawa');
  });

  it('tries again after a 503 and takes the answer that follows', async () => {
    server.use(http.get('*/portals/toronto/newcomer-feed.json', () => new HttpResponse('busy', { status: 503 }), { once: true }));
    const { report } = await ingest(tempDir());
    expect(rowOf(report, 'toronto')).toMatchObject({ status: 'read', retries: 1 });
    expect(requests.filter((request) => request.url.includes('/toronto/'))).toHaveLength(2);
  });

  it('never tries again after a 404', async () => {
    const config = { ...commonFeeds, portals: [...commonFeeds.portals, { ...commonFeeds.portals[0]!, id: 'nowhere', url: '/portals/nowhere/newcomer-feed.json' }] };
    const { report, written } = await ingest(tempDir(), config);
    expect(written).toBe(true);
    expect(rowOf(report, 'nowhere')).toMatchObject({ status: 'failed', retries: 0, reason: expect.stringContaining('HTTP 404') });
    expect(requests.filter((request) => request.url.includes('/nowhere/'))).toHaveLength(1);
  });

  it('asks with the saved ETag and Last-Modified, and keeps the previous copy on a 304', async () => {
    const dir = tempDir();
    await ingest(dir, fullConfig);
    const before = readFileSync(join(dir, 'sources/ircc-services.json'), 'utf8');
    const saved = json<{ sources: Record<string, TargetState> }>(dir, 'state.json').sources['ircc-services']?.validators;
    expect(saved).toMatchObject({ etag: expect.any(String), lastModified: expect.any(String) });
    requests.length = 0;

    const { report } = await ingest(dir, fullConfig);
    const asked = requests.find((request) => request.url.includes('services-info.js'));
    expect(asked?.headers.get('If-None-Match')).toBe(saved?.etag);
    expect(asked?.headers.get('If-Modified-Since')).toBe(saved?.lastModified);
    expect(rowOf(report, 'ircc-services')).toMatchObject({ status: 'not-modified', entries: rowOf(report, 'ircc-services').keptFromPrevious });
    expect(readFileSync(join(dir, 'sources/ircc-services.json'), 'utf8')).toBe(before);
    // A paged source's first page says nothing of the others: it is never asked conditionally.
    expect(requests.filter((request) => request.url.includes('/hsds/')).every((request) => !request.headers.has('If-None-Match'))).toBe(true);
  });

  it('asks unconditionally when the previous copy is gone, since a 304 would leave nothing', async () => {
    const dir = tempDir();
    await ingest(dir, fullConfig);
    rmSync(join(dir, 'sources/ircc-services.json'));
    requests.length = 0;
    const { report } = await ingest(dir, fullConfig);
    expect(requests.find((request) => request.url.includes('services-info.js'))?.headers.has('If-None-Match')).toBe(false);
    expect(rowOf(report, 'ircc-services').status).toBe('read');
  });

  it('offline, writes from the previous snapshot only', async () => {
    const dir = tempDir();
    await ingest(dir, fullConfig, { env: KEYED });
    const before = readFileSync(join(dir, 'catalogues/toronto.json'), 'utf8');
    requests.length = 0;
    const { written, report } = await ingest(dir, fullConfig, { offline: true });
    expect(written).toBe(true);
    expect(requests).toEqual([]);
    expect(report.offline).toBe(true);
    expect(report.sources.map((row) => row.status)).toEqual(report.sources.map(() => 'kept-previous'));
    expect(readFileSync(join(dir, 'catalogues/toronto.json'), 'utf8')).toBe(before);
    expect(json<NewsFile>(dir, 'news/fr.json').entries.length).toBeGreaterThan(0);
    expectCleanSources(dir, [...fullConfig.portals, ...fullConfig.ingestOnly].map((portal) => portal.id));
  });

  it('writes nothing when no source gave anything and there is no previous copy', async () => {
    const dir = join(tempDir(), 'snapshot');
    const offline = await ingest(dir, commonFeeds, { offline: true });
    expect(offline.written).toBe(false);
    expect(offline.report.sources.every((row) => row.status === 'failed')).toBe(true);
    setMockSwitches(commonFeeds.portals.map((portal) => `${portal.id}:fail`).join(','));
    expect((await ingest(dir)).written).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });
});

const run = promisify(execFile);

/** The command as a scheduled job runs it, with its exit code. */
async function command(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

// Each case starts Node and tsx (1–3 s alone, longer beside the rest of the suite).
describe('the ingest command', { timeout: 30_000 }, () => {
  it('prints the per-source report and exits 0 when the snapshot is written, 1 when nothing could be', async () => {
    const dir = tempDir();
    const empty = await command('--offline', '--out', dir, '--as-of', '2026-12-01');
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('Nothing written');

    await ingest(dir);
    const offline = await command('--offline', '--out', dir, '--as-of', '2026-12-01');
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/^! ontario +kept-previous +\d+ kept from the previous run/m);
    expect(offline.stdout).toContain(`Snapshot written to ${dir}`);
    // The build deploys this copy as the app's portals.json: the file as written, disabled sources included.
    expect(json(dir, 'portals.json')).toEqual(JSON.parse(readFileSync('public/portals.json', 'utf8')));
  });

  it('exits 2 on a wrong command line', async () => {
    const wrong = await command('--as-of', 'soon');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toContain('Usage: npm run ingest');
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalsFile } from '../../../src/api/portalConfig';
import type { Feed } from '../../../src/content/feed';
import { parseFeed } from '../../../src/content/parseFeed';
import { validateFeed } from '../../../src/content/validation/validateFeed';
import { GENERATED_AS_OF, ONTARIO_MUNICIPALITIES, feedPath, generateProvince, writeProvince } from './generate';
import { serveFolder } from './serve';

describe('generateProvince', () => {
  const province = generateProvince();
  const municipal = [...province.feeds.values()].slice(2);

  it('gives Ontario’s 444 municipalities, each once, beside the federal and provincial feeds', () => {
    expect(province.municipalities).toHaveLength(ONTARIO_MUNICIPALITIES);
    expect(new Set(province.municipalities.map((m) => m.id)).size).toBe(ONTARIO_MUNICIPALITIES);
    expect([...province.feeds.keys()].slice(0, 2)).toEqual(['canada', 'ontario']);
    expect(province.feeds.size).toBe(ONTARIO_MUNICIPALITIES + 2);
  });

  it('names each in English and French, about 30 % of them designated for French services', () => {
    for (const { name } of province.municipalities) expect(name.en).not.toBe(name.fr);
    const french = province.municipalities.filter((m) => m.frenchLanguageServices).length / ONTARIO_MUNICIPALITIES;
    expect(french).toBeGreaterThan(0.25);
    expect(french).toBeLessThan(0.35);
  });

  it('publishes about 50 items and 5 offices a municipality', () => {
    const mean = (counts: number[]) => counts.reduce((sum, n) => sum + n, 0) / counts.length;
    expect(mean(municipal.map((feed) => feed.items?.length ?? 0))).toBeGreaterThan(45);
    expect(mean(municipal.map((feed) => feed.items?.length ?? 0))).toBeLessThan(55);
    expect(mean(municipal.map((feed) => feed.offices?.length ?? 0))).toBeGreaterThan(4);
    expect(mean(municipal.map((feed) => feed.offices?.length ?? 0))).toBeLessThan(6);
  });

  it('is the same province for the same seed, another for another', () => {
    const again = generateProvince({ count: 20 });
    expect(JSON.stringify([...again.feeds.values()])).toBe(JSON.stringify([...generateProvince({ count: 20 }).feeds.values()]));
    expect(JSON.stringify(generateProvince({ count: 20, seed: 7 }).municipalities)).not.toBe(JSON.stringify(again.municipalities));
  });

  it('writes feeds the loader keeps whole and the validator finds no error in', { timeout: 30_000 }, () => {
    const sample = [...province.feeds.values()].slice(0, 12);
    const feeds = sample.map((input) => {
      const { feed, problems } = parseFeed(input);
      expect(problems).toEqual([]);
      return feed as Feed;
    });
    for (const feed of feeds.slice(2)) {
      const { summary } = validateFeed(feed, { asOf: GENERATED_AS_OF, published: feeds });
      expect(summary.counts.error, feed.publisher.id).toBe(0);
      expect(summary.counts.warning, feed.publisher.id).toBe(0);
    }
  });
});

describe('writeProvince', () => {
  it('writes a configuration the ingest reads, with each feed where its URL points, served over HTTP', { timeout: 30_000 }, async () => {
    const province = generateProvince({ count: 3 });
    const dir = await mkdtemp(join(tmpdir(), 'nwd-province-'));
    try {
      const configPath = await writeProvince(dir, province);
      const config = PortalsFile.parse(JSON.parse(await readFile(configPath, 'utf8')));
      expect(config.portals.map((portal) => portal.municipality ?? null)).toEqual([null, null, ...province.municipalities.map((m) => m.id)]);
      const served = await serveFolder(dir);
      try {
        const town = province.municipalities[0]?.id ?? '';
        const answer = await fetch(new URL(config.portals[2]?.url ?? '', served.baseUrl));
        expect(answer.status).toBe(200);
        expect(await answer.json()).toEqual(province.feeds.get(town));
        expect((await fetch(new URL(`/${feedPath('nowhere')}`, served.baseUrl))).status).toBe(404);
        expect((await fetch(new URL('/..%2fpackage.json', served.baseUrl))).status).toBe(404);
      } finally {
        await served.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

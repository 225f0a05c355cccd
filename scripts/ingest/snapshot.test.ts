import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../mocks/data/feeds';
import type { NewsEntry } from '../../src/api/newsEntry';
import { PortalsFile, type NewsSourceConfig } from '../../src/api/portalConfig';
import { buildCatalogue, itemsForMunicipality, type Catalogue } from '../../src/content/catalogue';
import { compareMunicipalities } from '../../src/content/compareMunicipalities';
import type { Feed } from '../../src/content/feed';
import { parseFeed } from '../../src/content/parseFeed';
import type { NewsFile } from '../../src/api/newsFile';
import { GENERAL_CATALOGUE, INDEX_PATH } from '../../src/api/snapshotPaths';
import type { MunicipalityIndex } from '../../src/content/municipalityIndex';
import { snapshotFiles, type SnapshotInput } from './snapshot';

const example = PortalsFile.parse(JSON.parse(readFileSync('public/portals.json', 'utf8')));
/** The default configuration's six common feeds, whose mock feeds parse directly. */
const config = { ...example, portals: example.portals.filter((portal) => portal.kind === 'newcomer-feed') };
const generatedAt = '2026-12-01T06:00:00.000Z';

function parsed(id: string): Feed {
  const { feed } = parseFeed(mockFeeds[id]);
  if (!feed) throw new Error(`mock feed ${id} does not parse`);
  return feed;
}

const feeds: SnapshotInput['feeds'] = config.portals.map((source) => ({ source, feed: parsed(source.id) }));
const newsSource = example.news[0] as NewsSourceConfig;

const entry = (id: string, lang: 'en' | 'fr', publishedOn: string, publisher: string): NewsEntry => ({
  id: `${publisher}.${id}`,
  lang,
  title: id,
  url: `https://www.canada.ca/${id}.html`,
  publishedOn,
  publisher,
});

describe('snapshotFiles', () => {
  const files = snapshotFiles({ generatedAt, feeds, news: [] });
  const catalogue = (path: string) => files.get(path) as Catalogue;

  it('holds each publisher’s feed as read', () => {
    for (const { source, feed } of feeds) expect(files.get(`sources/${source.id}.json`)).toBe(feed);
  });

  it('merges, for each municipality, the sources that apply everywhere and its own, not the other cities’', () => {
    for (const id of ['ottawa', 'toronto', 'hamilton', 'greater-sudbury']) {
      const merged = catalogue(`catalogues/${id}.json`);
      expect(merged.publishers.map((publisher) => publisher.id)).toEqual(['canada', 'ontario', id]);
      expect(merged).toEqual(buildCatalogue([parsed('canada'), parsed('ontario'), parsed(id)]));
    }
    expect(catalogue(GENERAL_CATALOGUE).publishers.map((publisher) => publisher.id)).toEqual(['canada', 'ontario']);
  });

  it('indexes each municipality with the facts "where to settle" compares, as from every feed', () => {
    const { municipalities } = files.get(INDEX_PATH) as MunicipalityIndex;
    expect(municipalities.map((row) => row.id)).toEqual(['ottawa', 'toronto', 'hamilton', 'greater-sudbury']);
    const everything = buildCatalogue(feeds.map(({ feed }) => feed));
    for (const row of municipalities) {
      const [facts] = compareMunicipalities(everything, [row.id]);
      const { municipality, ...figures } = facts ?? { municipality: null };
      expect(row).toMatchObject({ ...figures, name: municipality?.name, population: municipality?.population, publisher: { id: row.id } });
      const own = catalogue(`catalogues/${row.id}.json`);
      expect(row.counts).toEqual({
        items: itemsForMunicipality(own.items, row.id).length,
        offices: own.offices.filter((office) => office.municipality === row.id).length,
      });
      expect(row.counts.offices).toBeGreaterThan(0);
    }
    // Small: the page compares cities without downloading any feed.
    expect(JSON.stringify(municipalities).length).toBeLessThan(3_000);
  });

  it('merges the news of every source by language, newest first, with each source’s publisher', () => {
    const other: NewsSourceConfig = { ...newsSource, id: 'other-news' };
    const news = snapshotFiles({
      generatedAt,
      feeds,
      news: [
        { source: newsSource, lang: 'en', entries: [entry('b', 'en', '2026-11-20', newsSource.id), entry('d', 'en', '2026-10-01', newsSource.id)] },
        { source: other, lang: 'en', entries: [entry('c', 'en', '2026-11-25', 'other-news')] },
        { source: newsSource, lang: 'fr', entries: [] },
      ],
    });
    const en = news.get('news/en.json') as NewsFile;
    expect(en.entries.map((item) => item.id)).toEqual(['other-news.c', `${newsSource.id}.b`, `${newsSource.id}.d`]);
    expect(Object.keys(en.publishers)).toEqual([newsSource.id, 'other-news']);
    expect(news.get('news/fr.json')).toMatchObject({ lang: 'fr', entries: [] });
  });
});

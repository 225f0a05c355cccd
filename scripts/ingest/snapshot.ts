import { latestNews } from '../../src/api/adapters/gcNews';
import type { NewsEntry } from '../../src/api/newsEntry';
import type { NewsSourceConfig } from '../../src/api/portalConfig';
import { portalsInScope } from '../../src/api/portalScope';
import type { NewsFile } from '../../src/api/newsFile';
import { GENERAL_CATALOGUE, INDEX_PATH, cataloguePath, newsPath, sourcePath } from '../../src/api/snapshotPaths';
import { buildCatalogue, type Catalogue } from '../../src/content/catalogue';
import type { Feed } from '../../src/content/feed';
import type { Municipality } from '../../src/content/municipality';
import type { FeedSource } from './targets';
import { indexEntry, type MunicipalityIndex, type MunicipalityIndexEntry } from '../../src/content/municipalityIndex';

export interface SnapshotInput {
  generatedAt: string;
  /** The feeds the snapshot holds, in configuration order. */
  feeds: { source: FeedSource; feed: Feed }[];
  news: { source: NewsSourceConfig; lang: string; entries: NewsEntry[] }[];
}

/** The snapshot's files, by path relative to its folder; every value is written as JSON. */
export type SnapshotFiles = Map<string, unknown>;

/** Each municipality a record or a configured source names, records first, each once. */
function municipalityIds(feeds: SnapshotInput['feeds'], records: Municipality[]): string[] {
  const configured = feeds.flatMap(({ source }) => (source.municipality ? [source.municipality] : []));
  return [...new Set([...records.map((record) => record.id), ...configured])];
}

/** The catalogue a phone in `municipality` reads: the same sources the app would load for it. */
function catalogueFor(feeds: SnapshotInput['feeds'], municipality: string | undefined): Catalogue {
  const inScope = portalsInScope(
    feeds.map(({ source, feed }) => ({ municipality: source.municipality, feed })),
    'mine',
    municipality,
  );
  return buildCatalogue(inScope.map(({ feed }) => feed));
}

function newsFiles(news: SnapshotInput['news'], generatedAt: string): [string, NewsFile][] {
  const languages = [...new Set(news.map(({ lang }) => lang))];
  return languages.map((lang) => {
    const sources = news.filter((entry) => entry.lang === lang);
    const publishers = Object.fromEntries(sources.flatMap(({ source }) => (source.publisher ? [[source.id, source.publisher]] : [])));
    const entries = sources.flatMap((source) => source.entries);
    return [newsPath(lang), { lang, generatedAt, publishers, entries: latestNews(entries, entries.length) }];
  });
}

/**
 * The whole snapshot from the feeds and news it holds: each publisher's feed, each
 * municipality's catalogue already merged, the index "where to settle" reads, and the news.
 * Pure, so the same content always gives the same files.
 */
export function snapshotFiles({ generatedAt, feeds, news }: SnapshotInput): SnapshotFiles {
  const files: SnapshotFiles = new Map();
  for (const { source, feed } of feeds) files.set(sourcePath(source.id), feed);
  for (const [path, file] of newsFiles(news, generatedAt)) files.set(path, file);

  const records = buildCatalogue(feeds.map(({ feed }) => feed)).municipalities;
  const index: MunicipalityIndexEntry[] = [];
  for (const id of municipalityIds(feeds, records)) {
    const catalogue = catalogueFor(feeds, id);
    files.set(cataloguePath(id), catalogue);
    const entry = indexEntry(catalogue, id);
    if (entry) index.push(entry);
  }
  files.set(GENERAL_CATALOGUE, catalogueFor(feeds, undefined));
  files.set(INDEX_PATH, { generatedAt, municipalities: index } satisfies MunicipalityIndex);
  return files;
}

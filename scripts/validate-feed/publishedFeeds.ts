import { readFile } from 'node:fs/promises';
import type { Feed } from '../../src/content/feed';
import { parseFeed } from '../../src/content/parseFeed';
import { loadPortal } from '../../src/api/loadPortal';
import { PortalsFile } from '../../src/api/portalConfig';
import { withMockPortals } from '../mockPortals';

export interface Published {
  feeds: Feed[];
  /** Sources that could not be read: references to their ids may then be reported. */
  unreadable: { source: string; reason: string }[];
}

const isUrl = (source: string) => /^https?:\/\//.test(source);

/** A file's text or a URL's body; `--with` and the feed under check are read the same way. */
export async function readSource(source: string): Promise<string> {
  if (!isUrl(source)) return readFile(source, 'utf8');
  const response = await fetch(source, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}`);
  return response.text();
}

/** The feeds given with --with: each kept as the app would keep it. */
export async function feedsFrom(sources: string[]): Promise<Published> {
  const result: Published = { feeds: [], unreadable: [] };
  for (const source of sources) {
    try {
      const { feed, problems } = parseFeed(JSON.parse(await readSource(source)));
      if (feed) result.feeds.push(feed);
      else result.unreadable.push({ source, reason: problems[0]?.message ?? 'not a feed' });
    } catch (error) {
      result.unreadable.push({ source, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

/** The configured portals (public/portals.json), read through the app's own adapters. */
export async function configuredFeeds(configPath = 'public/portals.json'): Promise<Published> {
  const config = PortalsFile.parse(JSON.parse(await readFile(configPath, 'utf8')));
  return withMockPortals(async (baseUrl) => {
    const result: Published = { feeds: [], unreadable: [] };
    const contents = await Promise.allSettled(config.portals.map((portal) => loadPortal(portal, { baseUrl })));
    contents.forEach((content, i) => {
      if (content.status === 'fulfilled') result.feeds.push(content.value.feed);
      else result.unreadable.push({ source: config.portals[i]?.id ?? String(i), reason: String(content.reason) });
    });
    return result;
  });
}

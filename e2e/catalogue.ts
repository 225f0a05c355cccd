import { readFileSync } from 'node:fs';
import { getResponse } from 'msw';
import { handlers } from '../mocks/handlers';
import { loadPortal } from '../src/api/loadPortal';
import { PortalsFile } from '../src/api/portalConfig';
import { buildCatalogue } from '../src/content/catalogue';

const BASE = 'http://localhost/';
/** The mock portals answer here exactly as they answer the app: the same MSW handlers, in Node. */
const mockFetch = async (input: RequestInfo | URL, init?: RequestInit) =>
  (await getResponse(handlers, new Request(input, init))) ?? new Response(null, { status: 404 });

const config = PortalsFile.parse(JSON.parse(readFileSync(new URL('../public/portals.json', import.meta.url), 'utf8')));
const contents = await Promise.all(config.portals.map((portal) => loadPortal(portal, { baseUrl: BASE, fetch: mockFetch })));

/**
 * What the app shows from the default configuration's sources, each read through its adapter
 * from the mocks: tests take titles, rules and counts from it, never from numbers written in.
 */
export const catalogue = buildCatalogue(contents.map((content) => content.feed));

/** The same, for a person whose profile names `municipality` (the sources a phone there loads). */
export function catalogueFor(municipality: string | undefined) {
  return buildCatalogue(
    contents.filter((_, i) => [undefined, municipality].includes(config.portals[i]?.municipality)).map((content) => content.feed),
  );
}

/** Each configured feed source as the app reads it from the mocks, in configuration order. */
export const sources = config.portals.map((portal, i) => {
  const feed = contents[i]?.feed;
  if (!feed) throw new Error(`no content for ${portal.id}`);
  return { id: portal.id, municipality: portal.municipality, name: feed.publisher.name, items: feed.items.length, offices: feed.offices.length };
});

/** How many queries a phone saves for offline use: the configuration, and each source in its scope. */
export const savedQueriesFor = (municipality?: string | 'all') =>
  1 + sources.filter((source) => municipality === 'all' || source.municipality === undefined || source.municipality === municipality).length;

export function itemById(id: string) {
  const item = catalogue.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No item ${id} in the mock catalogue`);
  return item;
}

export const englishTitle = (id: string) => itemById(id).title.en ?? '';

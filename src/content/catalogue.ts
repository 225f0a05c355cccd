import type { Feed } from './feed';
import type { Item } from './item';
import type { Municipality } from './municipality';
import type { Office } from './office';
import type { Publisher } from './publisher';

/** An entry together with who published it: the UI's only way to know where content came from. */
export type Sourced<T> = T & { publisher: Publisher };

/** Another publisher's text about the same service, kept for "also from" links. */
export interface AlsoFrom {
  publisher: Publisher;
  id: string;
  title: Item['title'];
  source: Item['source'];
  dateModified: string;
}

/**
 * One service in the merged catalogue: the responsible jurisdiction's text, and the other
 * publishers that describe the same service.
 */
export type CatalogueItem = Sourced<Item> & {
  alsoFrom: AlsoFrom[];
  /** Municipality ids the item applies to; empty means all of Ontario. */
  scope: string[];
};

export interface Catalogue {
  items: CatalogueItem[];
  offices: Sourced<Office>[];
  municipalities: Sourced<Municipality>[];
  publishers: Publisher[];
}

const normalizeUrl = (url: string) => url.replace(/^http:/, 'https:').replace(/[#?].*$/, '').replace(/\/$/, '');

/** Keys under which two items count as the same service: their service id and each source URL. */
function serviceKeys(item: Item): string[] {
  const urls = Object.values(item.source).map((url) => `url:${normalizeUrl(url)}`);
  return item.serviceId ? [`service:${item.serviceId}`, ...urls] : urls;
}

/**
 * Groups items that describe one service (transitively). A shared service id always links two
 * items; a shared URL links items of different publishers only, because one publisher often
 * cites the same overview page for several of its own steps.
 */
function groupSameService<T extends Sourced<Item>>(items: T[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const holders = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of serviceKeys(item)) {
      const earlier = holders.get(key) ?? [];
      const match = key.startsWith('url:')
        ? earlier.find((j) => items[j]?.publisher.id !== item.publisher.id)
        : earlier[0];
      if (match !== undefined) parent[find(i)] = find(match);
      holders.set(key, [...earlier, i]);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.values()];
}

function scopeOf(item: Item, feed: Feed): string[] {
  if (item.municipalities.length > 0) return item.municipalities;
  // A municipality's feed speaks for that municipality unless an item says otherwise.
  return feed.publisher.jurisdiction === 'municipal' ? feed.municipalities.map((m) => m.id) : [];
}

function firstById<T extends { id: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.id) && Boolean(seen.add(entry.id)));
}

/**
 * Merges the feeds that loaded into one catalogue. Items describing the same service (same
 * serviceId or same canonical URL) become one: the text of the publisher whose jurisdiction is
 * responsible comes first, the others are listed as "also from". Municipal items keep the
 * municipalities they apply to.
 */
export function buildCatalogue(feeds: Feed[]): Catalogue {
  const sourced = firstById(
    feeds.flatMap((feed) =>
      feed.items.map((item) => ({ ...item, publisher: feed.publisher, scope: scopeOf(item, feed) })),
    ),
  );
  const items = groupSameService(sourced).map((group): CatalogueItem => {
    const primary =
      group.find((item) => item.publisher.jurisdiction === item.responsible.jurisdiction) ?? group[0];
    if (!primary) throw new Error('empty service group');
    const others = group.filter((item) => item !== primary);
    return {
      ...primary,
      // The merged service applies wherever any of its versions applies.
      scope: group.some((item) => item.scope.length === 0) ? [] : [...new Set(group.flatMap((item) => item.scope))],
      alsoFrom: others.map(({ publisher, id, title, source, dateModified }) => ({
        publisher,
        id,
        title,
        source,
        dateModified,
      })),
    };
  });
  return {
    items,
    offices: firstById(feeds.flatMap((feed) => feed.offices.map((office) => ({ ...office, publisher: feed.publisher })))),
    municipalities: firstById(
      feeds.flatMap((feed) => feed.municipalities.map((municipality) => ({ ...municipality, publisher: feed.publisher }))),
    ),
    publishers: feeds.map((feed) => feed.publisher),
  };
}

/**
 * Items that apply to a person settling in `municipality`; with no municipality chosen, only
 * the items that apply everywhere in Ontario.
 */
export function itemsForMunicipality<T extends Pick<CatalogueItem, 'scope'>>(items: T[], municipality: string | undefined): T[] {
  return items.filter((item) => item.scope.length === 0 || (municipality !== undefined && item.scope.includes(municipality)));
}

const MONTHS_BEFORE_STALE = 12;

/** Content not modified for 12 months may be out of date; the UI says so. */
export function isPossiblyOutdated(dateModified: string, today: Date): boolean {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - MONTHS_BEFORE_STALE, today.getUTCDate()));
  return new Date(`${dateModified}T00:00:00Z`) < limit;
}

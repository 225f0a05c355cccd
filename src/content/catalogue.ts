import type { Feed } from './feed';
import type { Item } from './item';
import type { Municipality } from './municipality';
import type { Office } from './office';
import type { Publisher } from './publisher';

/** An entry together with who published it: the UI's only way to know where content came from. */
export type Sourced<T> = T & { publisher: Publisher };

export interface Catalogue {
  items: Sourced<Item>[];
  offices: Sourced<Office>[];
  municipalities: Sourced<Municipality>[];
  publishers: Publisher[];
}

function withPublisher<T extends { id: string }>(entries: T[], publisher: Publisher, seen: Set<string>) {
  return entries.flatMap((entry) => {
    if (seen.has(entry.id)) return [];
    seen.add(entry.id);
    return [{ ...entry, publisher }];
  });
}

/**
 * Puts the feeds that loaded side by side, in the order given. An id repeated across feeds
 * keeps its first publisher's version.
 */
export function buildCatalogue(feeds: Feed[]): Catalogue {
  const seen = new Set<string>();
  return {
    items: feeds.flatMap((feed) => withPublisher(feed.items, feed.publisher, seen)),
    offices: feeds.flatMap((feed) => withPublisher(feed.offices, feed.publisher, seen)),
    municipalities: feeds.flatMap((feed) => withPublisher(feed.municipalities, feed.publisher, seen)),
    publishers: feeds.map((feed) => feed.publisher),
  };
}

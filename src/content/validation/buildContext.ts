import { Feed } from '../feed';
import type { Municipality } from '../municipality';
import type { CheckContext, Located } from './context';
import { KnownItemIds } from './knownIds';
import { pointer, pointerParts } from './notice';
import { valueAt } from './fieldLabel';
import type { ReadFeed } from '../parseFeed';

/**
 * The context the checks run in: the kept entries with their paths in the source, and what the
 * other publishers have published. `others` may include this publisher's published feed; it is
 * left out so a draft is never compared with the version it replaces.
 */
export function buildContext(
  raw: unknown,
  read: Pick<ReadFeed, 'kept'> & { feed: Feed },
  { asOf, published }: { asOf: string; published: Feed[] },
): CheckContext {
  const { feed, kept } = read;
  const others = published.filter((other) => other.publisher.id !== feed.publisher.id);
  const locate = <T>(section: 'items' | 'offices' | 'municipalities', entries: T[]): Located<T>[] =>
    entries.map((value, i) => ({ value, path: pointer(section, kept[section][i] ?? i) }));
  const knownMunicipalities = new Map<string, Municipality>();
  for (const source of [feed, ...others]) {
    for (const municipality of source.municipalities) {
      if (!knownMunicipalities.has(municipality.id)) knownMunicipalities.set(municipality.id, municipality);
    }
  }
  return {
    feed,
    items: locate('items', feed.items),
    offices: locate('offices', feed.offices),
    municipalities: locate('municipalities', feed.municipalities),
    raw: (path) => valueAt(raw, pointerParts(path)),
    asOf,
    others,
    knownItemIds: new KnownItemIds([feed, ...others]),
    knownMunicipalities,
  };
}

/** For tests: the context of a feed given as input, with everything valid kept in order. */
export function contextFor(
  input: unknown,
  { asOf = '2026-12-01', published = [] }: { asOf?: string; published?: unknown[] } = {},
): CheckContext {
  const feed = Feed.parse(input);
  const kept = {
    items: feed.items.map((_, i) => i),
    offices: feed.offices.map((_, i) => i),
    municipalities: feed.municipalities.map((_, i) => i),
  };
  return buildContext(input, { feed, kept }, { asOf, published: published.map((other) => Feed.parse(other)) });
}

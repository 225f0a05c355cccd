import type { Feed } from '../feed';

// Feeds are never changed once parsed: the ids of one are read once however often it is a
// neighbour, which is every validation of every other feed of a province.
const idsOf = new WeakMap<Feed, ReadonlySet<string>>();
function itemIds(feed: Feed): ReadonlySet<string> {
  let ids = idsOf.get(feed);
  if (!ids) {
    ids = new Set(feed.items.map((item) => item.id));
    idsOf.set(feed, ids);
  }
  return ids;
}

/**
 * The item ids of `sources`, as one set, in the order the feeds and their items come. Looking an
 * id up asks each feed's own set; the whole set, which a province makes tens of thousands long,
 * is only put together when something reads it all (a suggestion for an id found nowhere).
 */
export class KnownItemIds implements ReadonlySet<string> {
  readonly #sources: readonly Feed[];
  #all: Set<string> | undefined;

  constructor(sources: readonly Feed[]) {
    this.#sources = sources;
  }

  has(id: string): boolean {
    return this.#all ? this.#all.has(id) : this.#sources.some((source) => itemIds(source).has(id));
  }

  #whole(): Set<string> {
    this.#all ??= new Set(this.#sources.flatMap((source) => [...itemIds(source)]));
    return this.#all;
  }

  get size(): number {
    return this.#whole().size;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.#whole()) callback.call(thisArg, id, id, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.#whole().entries();
  }

  keys(): SetIterator<string> {
    return this.#whole().keys();
  }

  values(): SetIterator<string> {
    return this.#whole().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.#whole()[Symbol.iterator]();
  }
}

import type { Feed } from '../feed';
import type { Item } from '../item';
import type { Municipality } from '../municipality';
import type { Office } from '../office';
import type { Notice } from './notice';

/** A valid entry of the feed under check, with its JSON Pointer in the source ("/items/3"). */
export interface Located<T> {
  value: T;
  path: string;
}

/** What every check sees: the entries the app would keep, and the other publishers' feeds. */
export interface CheckContext {
  feed: Feed;
  items: Located<Item>[];
  offices: Located<Office>[];
  municipalities: Located<Municipality>[];
  /** The raw entry at each kept entry's path, for fields the schema drops or defaults. */
  raw(path: string): unknown;
  /** The day the feed is judged on, YYYY-MM-DD: dates are "old" or "in the future" from here. */
  asOf: string;
  /** The published feeds of every other publisher (never this publisher's own published feed). */
  others: Feed[];
  /** Every item id published anywhere, this feed's included. */
  knownItemIds: ReadonlySet<string>;
  /** Every municipality known: from this feed and from the others. */
  knownMunicipalities: ReadonlyMap<string, Municipality>;
}

/** A check reads the context and returns notices; it never changes the feed. */
export type Check = (context: CheckContext) => Notice[];

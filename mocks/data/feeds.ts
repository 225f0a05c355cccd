import type { FeedInput } from '../../src/content/feed';
import { canadaFeed } from './canada.ts';
import { ontarioFeed } from './ontario.ts';
import { ottawaFeed } from './ottawa.ts';
import { torontoFeed } from './toronto.ts';
import { hamiltonFeed } from './hamilton.ts';
import { greaterSudburyFeed } from './greater-sudbury.ts';

/** Every mock portal's feed, keyed by the portal id used in URLs and in public/portals.json. */
export const mockFeeds: Record<string, FeedInput> = {
  canada: canadaFeed,
  ontario: ontarioFeed,
  ottawa: ottawaFeed,
  toronto: torontoFeed,
  hamilton: hamiltonFeed,
  'greater-sudbury': greaterSudburyFeed,
};

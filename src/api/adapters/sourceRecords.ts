import type { FeedInput } from '../../content/feed';
import type { Publisher } from '../../content/publisher';

/**
 * What an adapter knows of the source beyond its response: who publishes it (from the
 * configuration, since real services do not describe themselves in our terms), which
 * municipality it speaks for, and when it was read.
 */
export interface SourceContext {
  /** The configured source id, used to prefix the ids the adapter makes ("ircc-services.…"). */
  sourceId: string;
  publisher: Publisher;
  municipality?: string;
  /** The day the response was read (YYYY-MM-DD): the date modified of records that carry none. */
  fetchedOn: string;
  /** Kind-specific settings from the configuration, e.g. a CKAN field mapping. */
  options?: Record<string, unknown>;
}

/** A record of the source the adapter could not use, and why, worded for the source's publisher. */
export interface RejectedRecord {
  /** Where the record stands in the response: its index, and its own id when it has one. */
  index: number;
  recordId?: string;
  reason: string;
}

/**
 * An adapter's answer: the source as a common feed (checked by the same loader as any feed
 * afterwards), and every record left out with its reason. An adapter never throws on a record:
 * a response it cannot read at all is one rejection at index -1 and an empty feed.
 */
export interface AdaptedSource {
  feed: FeedInput;
  rejected: RejectedRecord[];
}

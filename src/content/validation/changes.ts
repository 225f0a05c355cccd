import diff from 'microdiff';
import type { Feed } from '../feed';
import type { LocalizedText } from '../localized';
import { fieldLabel } from './fieldLabel';

export const CHANGE_SECTIONS = ['items', 'offices', 'municipalities'] as const;
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

/** An entry as the changes list names it: its id and what an editor calls it. */
export interface EntryRef {
  id: string;
  label: LocalizedText;
}

export interface ChangedEntry extends EntryRef {
  /** The fields that differ, written as the editor sees them: `title.fr`, `channels[0].url.en`. */
  fields: string[];
}

export interface SectionChanges {
  added: EntryRef[];
  removed: EntryRef[];
  changed: ChangedEntry[];
  unchanged: number;
}

export interface FeedChanges {
  /** Publisher and envelope fields that differ (the generation time always does: left out). */
  feed: string[];
  sections: Record<ChangeSection, SectionChanges>;
  /** True when the draft publishes exactly what is published now. */
  same: boolean;
}

type Entry = { id: string } & ({ title: LocalizedText } | { name: LocalizedText });

const labelOf = (entry: Entry): LocalizedText => ('title' in entry ? entry.title : entry.name);
const refOf = (entry: Entry): EntryRef => ({ id: entry.id, label: labelOf(entry) });

function changedFields(before: object, after: object): string[] {
  return [...new Set(diff(before as Record<string, unknown>, after as Record<string, unknown>).map((d) => fieldLabel(d.path)))];
}

function compareSection(before: Entry[], after: Entry[]): SectionChanges {
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const ids = new Set(after.map((entry) => entry.id));
  const changes: SectionChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const entry of after) {
    const published = old.get(entry.id);
    if (!published) {
      changes.added.push(refOf(entry));
      continue;
    }
    const fields = changedFields(published, entry);
    if (fields.length) changes.changed.push({ ...refOf(entry), fields });
    else changes.unchanged += 1;
  }
  changes.removed = before.filter((entry) => !ids.has(entry.id)).map(refOf);
  return changes;
}

/**
 * What publishing the draft would change, entry by entry (matched by id), compared with the feed
 * that is published now for the same publisher. Both are the entries the app keeps, so a
 * malformed entry the app leaves out today counts as absent.
 */
export function compareFeeds(published: Feed, draft: Feed): FeedChanges {
  const envelope = (feed: Feed) => ({ schemaVersion: feed.schemaVersion, publisher: feed.publisher });
  const sections = {
    items: compareSection(published.items, draft.items),
    offices: compareSection(published.offices, draft.offices),
    municipalities: compareSection(published.municipalities, draft.municipalities),
  };
  const feed = changedFields(envelope(published), envelope(draft));
  const same =
    feed.length === 0 &&
    CHANGE_SECTIONS.every((key) => {
      const { added, removed, changed } = sections[key];
      return added.length + removed.length + changed.length === 0;
    });
  return { feed, sections, same };
}

/** The feed published now by the draft's publisher, among the configured portals' feeds. */
export function publishedFeedOf(publisherId: string, feeds: readonly Feed[]): Feed | undefined {
  return feeds.find((feed) => feed.publisher.id === publisherId);
}

import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import type { LocalizedText } from '../../content/localized';
import { localDay, storedSize } from './format';
import type { SavedRow } from './SavedSummary';
import { catalogueJobId } from './saveJobs';
import type { SaveFailure } from './useSaveForOffline';
import type { SavedCatalogue } from './useSavedContent';

/** From the live portals: a line for each portal, as its feed was saved. */
export function portalRows(portals: readonly PortalConfig[], contents: readonly (PortalContent | undefined)[], failed: Record<string, SaveFailure>) {
  const rows = portals.map((portal, i): SavedRow => {
    const content = contents[i];
    return {
      key: portal.id,
      name: content?.feed.publisher.name ?? portal.name,
      saved: content && {
        items: content.feed.items.length,
        offices: content.feed.offices.length,
        day: localDay(content.fetchedAt),
        skipped: content.problems.length,
      },
      failure: failed[portal.id],
    };
  });
  const totalBytes = contents.reduce((sum, content) => sum + (content ? storedSize(content) : 0), 0);
  return { rows, totalBytes };
}

/**
 * From a snapshot: a line for each publisher of the saved catalogues, counted once however many
 * places' catalogues hold it, and a line for each catalogue that could not be downloaded. With
 * nothing saved yet, the portals in scope are listed as not saved.
 */
export function catalogueRows(
  portals: readonly PortalConfig[],
  catalogues: readonly SavedCatalogue[],
  failed: Record<string, SaveFailure>,
  snapshotName: LocalizedText,
) {
  const byPublisher = new Map<string, { name: LocalizedText; items: Set<string>; offices: Set<string>; savedAt: number }>();
  for (const { read, savedAt } of catalogues) {
    const { publishers, items, offices } = read.value;
    for (const publisher of publishers) {
      const entry = byPublisher.get(publisher.id) ?? { name: publisher.name, items: new Set(), offices: new Set(), savedAt };
      for (const item of items) if (item.publisher.id === publisher.id) entry.items.add(item.id);
      for (const office of offices) if (office.publisher.id === publisher.id) entry.offices.add(office.id);
      entry.savedAt = Math.min(entry.savedAt, savedAt);
      byPublisher.set(publisher.id, entry);
    }
  }
  const day = (ms: number) => localDay(new Date(ms).toISOString());
  const rows: SavedRow[] =
    byPublisher.size > 0
      ? [...byPublisher].map(([id, entry]) => ({
          key: id,
          name: entry.name,
          saved: { items: entry.items.size, offices: entry.offices.size, day: day(entry.savedAt), skipped: 0 },
        }))
      : portals.map((portal) => ({ key: portal.id, name: portal.name }));
  for (const [id, failure] of Object.entries(failed)) {
    const kept = catalogues.find((catalogue) => catalogueJobId(catalogue.place) === id);
    rows.push({
      key: id,
      name: snapshotName,
      failure,
      saved: kept && { items: kept.read.value.items.length, offices: kept.read.value.offices.length, day: day(kept.savedAt), skipped: 0 },
    });
  }
  const totalBytes = catalogues.reduce((sum, { read }) => sum + storedSize(read), 0);
  return { rows, totalBytes };
}

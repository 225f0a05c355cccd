import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import type { Feed } from '../../content/feed';

/** One configured portal as a page reads it: its content, if any arrived, and how loading went. */
export interface PortalSlot {
  portal: PortalConfig;
  content: PortalContent | undefined;
  error: Error | null;
  pending: boolean;
}

/** The draft a publisher previews: only the entries the app's loader keeps. */
export interface OverlayDraft {
  feed: Feed;
  /** When preview mode began: the draft's content is "as of" that day. */
  startedAt: string;
}

/** The id of the stand-in portal for a draft no configured portal publishes yet. */
export const PREVIEW_PORTAL_PREFIX = 'preview:';

function matches(slot: PortalSlot, feed: Feed): boolean {
  if (slot.content) return slot.content.feed.publisher.id === feed.publisher.id;
  // A portal that failed or is still loading is known only by its configuration.
  const { id, municipality } = slot.portal;
  return id === feed.publisher.id || (municipality !== undefined && feed.municipalities.some((m) => m.id === municipality));
}

function draftSlot(portal: PortalConfig, draft: OverlayDraft): PortalSlot {
  return {
    portal,
    content: { portalId: portal.id, feed: draft.feed, problems: [], fetchedAt: draft.startedAt },
    error: null,
    pending: false,
  };
}

/**
 * The portals a page reads with the draft in place of its publisher's published feed: the
 * portal whose feed has the draft's publisher id shows the draft instead; when no portal the
 * page reads has it, the draft is added as one more portal, so it shows on every page. The
 * query cache is never touched: leaving the preview shows the published content at once, and
 * nothing of the draft is saved as if it were published.
 */
export function overlayDraft(slots: readonly PortalSlot[], draft: OverlayDraft | null): PortalSlot[] {
  if (!draft) return [...slots];
  const index = slots.findIndex((slot) => slot.content && matches(slot, draft.feed));
  const target = index >= 0 ? index : slots.findIndex((slot) => !slot.content && matches(slot, draft.feed));
  const slot = slots[target];
  if (slot) return slots.map((other, i) => (i === target ? draftSlot(slot.portal, draft) : other));
  const { publisher } = draft.feed;
  const portal: PortalConfig = {
    id: `${PREVIEW_PORTAL_PREFIX}${publisher.id}`,
    kind: 'newcomer-feed',
    url: '',
    name: publisher.name,
    timeoutMs: 1,
  };
  return [...slots, draftSlot(portal, draft)];
}

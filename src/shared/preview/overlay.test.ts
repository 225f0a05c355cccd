import { describe, expect, it } from 'vitest';
import type { PortalConfig } from '../../api/portalConfig';
import { testFeed, testItem, testMunicipality } from '../../content/testing/builders';
import { overlayDraft, type PortalSlot } from './overlay';

const portal = (id: string, municipality?: string): PortalConfig => ({
  id,
  kind: 'newcomer-feed',
  url: `/portals/${id}/newcomer-feed.json`,
  name: { en: id },
  timeoutMs: 1000,
  ...(municipality ? { municipality } : {}),
});

const loaded = (config: PortalConfig, feed = testFeed(config.id, 'municipal')): PortalSlot => ({
  portal: config,
  content: { portalId: config.id, feed, problems: [], fetchedAt: '2026-11-01T10:00:00Z' },
  error: null,
  pending: false,
});

const draftFeed = testFeed('ottawa', 'municipal', {
  municipalities: [testMunicipality('ottawa')],
  items: [testItem('ottawa.new')],
});
const draft = { feed: draftFeed, startedAt: '2026-11-20T09:00:00Z' };

describe('overlayDraft', () => {
  it('shows the draft in place of the feed of the same publisher, and nothing else changes', () => {
    const canada = loaded(portal('canada'), testFeed('canada', 'federal'));
    const ottawa = loaded(portal('city', 'ottawa'), testFeed('ottawa', 'municipal'));
    const slots = overlayDraft([canada, ottawa], draft);
    expect(slots).toHaveLength(2);
    expect(slots[0]).toBe(canada);
    expect(slots[1]?.portal).toBe(ottawa.portal);
    expect(slots[1]?.content?.feed).toBe(draftFeed);
    expect(slots[1]?.content?.fetchedAt).toBe(draft.startedAt);
    // The published content is left as it was, for when the preview ends.
    expect(ottawa.content?.feed.items).toEqual([]);
  });

  it('stands in for the publisher’s portal when that portal failed, so its failure is not reported', () => {
    const failed: PortalSlot = { portal: portal('ottawa-portal', 'ottawa'), content: undefined, error: new Error('500'), pending: false };
    const [slot] = overlayDraft([failed], draft);
    expect(slot?.error).toBeNull();
    expect(slot?.content?.feed).toBe(draftFeed);
  });

  it('adds the draft as one more portal when no portal read by the page publishes it', () => {
    const canada = loaded(portal('canada'), testFeed('canada', 'federal'));
    const toronto = loaded(portal('toronto', 'toronto'), testFeed('toronto', 'municipal'));
    const slots = overlayDraft([canada, toronto], draft);
    expect(slots.slice(0, 2)).toEqual([canada, toronto]);
    expect(slots[2]?.portal.id).toBe('preview:ottawa');
    expect(slots[2]?.content?.feed).toBe(draftFeed);
  });

  it('changes nothing outside preview mode', () => {
    const canada = loaded(portal('canada'), testFeed('canada', 'federal'));
    expect(overlayDraft([canada], null)).toEqual([canada]);
  });
});

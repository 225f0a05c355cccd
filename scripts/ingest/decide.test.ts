import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../mocks/data/feeds';
import type { Feed } from '../../src/content/feed';
import { parseFeed } from '../../src/content/parseFeed';
import { decide, entryCount, type Content, type TargetState } from './decide';

const now = '2026-12-01T06:00:00.000Z';
const yesterday = '2026-11-30T06:00:00.000Z';

function ontario(): Feed {
  const { feed } = parseFeed(mockFeeds.ontario);
  if (!feed) throw new Error('the Ontario mock feed no longer parses');
  return feed;
}

/** The Ontario feed cut to `n` items and nothing else. */
function feedOf(n: number): Content {
  const feed = ontario();
  if (feed.items.length < n) throw new Error(`the Ontario mock feed has fewer than ${n} items`);
  return { type: 'feed', feed: { ...feed, items: feed.items.slice(0, n), offices: [], municipalities: [] } };
}

const answerOf = (content: Content) =>
  content.type === 'feed' ? { outcome: 'feed' as const, feed: content.feed, rejections: ['items[3] skipped: title: is required'] } : { outcome: 'news' as const, entries: content.entries, rejections: [] };

const validators = { url: 'http://localhost/portals/x.json', etag: '"abc"' };
const before: TargetState = { validators, entries: 10, lastGood: yesterday, lastChecked: yesterday };

describe('decide', () => {
  it('takes a first answer, with its validators', () => {
    const decision = decide({ answer: answerOf(feedOf(10)), validators, now });
    expect(decision).toMatchObject({ status: 'read', read: 10, keptFromPrevious: 0, rejections: ['items[3] skipped: title: is required'] });
    expect(decision.state).toEqual({ validators, entries: 10, lastGood: now, lastChecked: now });
    expect(entryCount(decision.content)).toBe(10);
  });

  it('takes an answer of half the entries of last time, and drops validators the new answer lacks', () => {
    const decision = decide({ answer: answerOf(feedOf(5)), previous: feedOf(10), previousState: before, now });
    expect(decision.status).toBe('read');
    expect(decision.state).toEqual({ entries: 5, lastGood: now, lastChecked: now });
  });

  it('keeps the previous copy, and its validators, when the answer has fewer than half the entries', () => {
    const previous = feedOf(10);
    const decision = decide({ answer: answerOf(feedOf(4)), validators: { url: validators.url, etag: '"new"' }, previous, previousState: before, now });
    expect(decision).toMatchObject({ status: 'kept-previous', read: 4, keptFromPrevious: 10 });
    expect(decision.reason).toContain('fewer than half of the 10');
    expect(decision.content).toBe(previous);
    expect(decision.state).toEqual({ validators, entries: 10, lastGood: yesterday, lastChecked: now });
  });

  it('keeps the previous copy when the answer is suddenly empty, feed or news', () => {
    expect(decide({ answer: answerOf(feedOf(0)), previous: feedOf(10), previousState: before, now })).toMatchObject({
      status: 'kept-previous',
      reason: expect.stringContaining('no entries, after 10'),
    });
    const news: Content = { type: 'news', entries: [{ id: 'n.a', lang: 'en', title: 'A', url: 'https://www.canada.ca/a.html', publishedOn: '2026-11-30', publisher: 'n' }] };
    expect(decide({ answer: answerOf({ type: 'news', entries: [] }), previous: news, now }).status).toBe('kept-previous');
  });

  it('takes an empty first answer, saying so, since there is nothing to keep', () => {
    expect(decide({ answer: answerOf(feedOf(0)), now })).toMatchObject({ status: 'read', reason: 'answered with no entries', read: 0 });
  });

  it('keeps the previous copy of a source that failed, and reports a failure with nothing to keep', () => {
    const previous = feedOf(10);
    const kept = decide({ answer: { outcome: 'failed', reason: 'ontario answered HTTP 500' }, previous, previousState: before, now });
    expect(kept).toMatchObject({ status: 'failed', reason: 'ontario answered HTTP 500', keptFromPrevious: 10, content: previous });
    expect(kept.state).toEqual({ ...before, lastChecked: now });
    const lost = decide({ answer: { outcome: 'failed', reason: 'ontario answered HTTP 500' }, now });
    expect(lost).toMatchObject({ status: 'failed', reason: expect.stringContaining('no previous copy') });
    expect(lost.content).toBeUndefined();
  });

  it('keeps the previous copy on a 304 and counts it as a good answer', () => {
    const previous = feedOf(10);
    const decision = decide({ answer: { outcome: 'not-modified' }, previous, previousState: before, now });
    expect(decision).toMatchObject({ status: 'not-modified', content: previous, keptFromPrevious: 10 });
    expect(decision.state).toEqual({ validators, entries: 10, lastGood: now, lastChecked: now });
    expect(decide({ answer: { outcome: 'not-modified' }, previousState: before, now }).status).toBe('failed');
  });

  it('offline, keeps what the previous run saved, or fails', () => {
    const previous = feedOf(3);
    expect(decide({ previous, previousState: before, now })).toMatchObject({ status: 'kept-previous', content: previous, reason: expect.stringContaining('offline') });
    expect(decide({ now })).toMatchObject({ status: 'failed', reason: 'offline: no previous copy' });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_BYTES, checkPaste, checkSize, feedAddress, fetchDraft, readLimited } from './draftInput';

const stream = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe('draft size', () => {
  it('refuses more than 10 MB and accepts exactly 10 MB', () => {
    expect(checkSize(MAX_DRAFT_BYTES)).toBeNull();
    expect(checkSize(MAX_DRAFT_BYTES + 1)).toEqual({ ok: false, error: { code: 'too-large', bytes: MAX_DRAFT_BYTES + 1 } });
  });

  it('counts pasted text in bytes, and refuses an empty paste', () => {
    expect(checkPaste('  \n')).toEqual({ ok: false, error: { code: 'empty-paste' } });
    expect(checkPaste('{"a":1}')).toEqual({ ok: true, text: '{"a":1}' });
    // Two bytes per "é": half the limit in characters is the whole limit in bytes.
    expect(checkPaste('é'.repeat(MAX_DRAFT_BYTES / 2 + 1)).ok).toBe(false);
  });
});

describe('feedAddress', () => {
  it('takes web addresses only', () => {
    expect(feedAddress(' https://ottawa.ca/feed.json ')?.href).toBe('https://ottawa.ca/feed.json');
    expect(feedAddress('http://localhost:4173/portals/ottawa/newcomer-feed.json')).not.toBeNull();
    expect(feedAddress('javascript:alert(1)')).toBeNull();
    expect(feedAddress('file:///etc/passwd')).toBeNull();
    expect(feedAddress('ottawa.ca/feed.json')).toBeNull();
  });
});

describe('readLimited', () => {
  it('joins the chunks, multi-byte characters split across them included', async () => {
    const bytes = new TextEncoder().encode('«é»');
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 3));
        controller.enqueue(bytes.slice(3));
        controller.close();
      },
    });
    expect(await readLimited(split)).toEqual({ ok: true, text: '«é»' });
  });

  it('stops as soon as the limit is passed', async () => {
    expect(await readLimited(stream('12345', '67890'), 8)).toEqual({ ok: false, error: { code: 'too-large', bytes: 10 } });
  });
});

describe('fetchDraft', () => {
  const url = new URL('https://ottawa.example/feed.json');

  it('reads the file and sends no cookies', async () => {
    let init: RequestInit | undefined;
    const fetchImpl = (async (_: unknown, options?: RequestInit) => {
      init = options;
      return new Response('{"ok":true}');
    }) as typeof fetch;
    expect(await fetchDraft(url, undefined, fetchImpl)).toEqual({ ok: true, text: '{"ok":true}' });
    expect(init?.credentials).toBe('omit');
  });

  it('says why it could not: unreachable (or not shared with other sites), an HTTP error, too large', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchDraft(url, undefined, failing)).toEqual({ ok: false, error: { code: 'unreachable' } });
    const missing = (async () => new Response('no', { status: 404 })) as typeof fetch;
    expect(await fetchDraft(url, undefined, missing)).toEqual({ ok: false, error: { code: 'http', status: 404 } });
    const big = (async () =>
      new Response('{}', { headers: { 'Content-Length': String(MAX_DRAFT_BYTES + 5) } })) as typeof fetch;
    expect(await fetchDraft(url, undefined, big)).toEqual({
      ok: false,
      error: { code: 'too-large', bytes: MAX_DRAFT_BYTES + 5 },
    });
  });
});

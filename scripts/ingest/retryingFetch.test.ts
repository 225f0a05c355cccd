import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordingFetch } from './conditionalFetch';
import { retryingFetch } from './retryingFetch';

const URL_ = 'http://portal.test/feed.json';
const server = setupServer();
let requests: Request[] = [];
server.events.on('request:start', ({ request }) => void requests.push(request));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests = [];
});
afterAll(() => server.close());

/** Answers with each response in turn, the last one for good. */
function answers(...responses: (() => Response)[]) {
  let call = 0;
  server.use(http.get(URL_, () => (responses[Math.min(call++, responses.length - 1)] as () => Response)()));
}

const ok = () => HttpResponse.json({ ok: true });
const fetchOf = (options = {}) => retryingFetch((input, init) => fetch(input, init), { baseDelayMs: 1, ...options });

describe('retryingFetch', () => {
  it('tries again after a 503 and returns the answer that succeeds', async () => {
    answers(() => new HttpResponse('busy', { status: 503 }), ok);
    const retries: string[] = [];
    const response = await fetchOf({ onRetry: (_: number, why: string) => retries.push(why) })(URL_);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(requests).toHaveLength(2);
    expect(retries).toEqual(['HTTP 503']);
  });

  it('tries again when the server cannot be reached', async () => {
    answers(() => HttpResponse.error(), ok);
    expect((await fetchOf()(URL_)).status).toBe(200);
    expect(requests).toHaveLength(2);
  });

  it('never tries again after a 4xx', async () => {
    answers(() => new HttpResponse('gone', { status: 404 }), ok);
    expect((await fetchOf()(URL_)).status).toBe(404);
    expect(requests).toHaveLength(1);
  });

  it('gives up after three tries with the last answer, waiting longer each time', async () => {
    answers(() => new HttpResponse('down', { status: 500 }));
    const started = performance.now();
    const response = await retryingFetch((input, init) => fetch(input, init), { baseDelayMs: 40 })(URL_);
    expect(response.status).toBe(500);
    expect(requests).toHaveLength(3);
    // 40 ms, then 80 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('stops waiting when the source’s time limit runs out', async () => {
    answers(() => new HttpResponse('down', { status: 502 }));
    const signal = AbortSignal.timeout(50);
    await expect(retryingFetch((input, init) => fetch(input, init), { baseDelayMs: 10_000 })(URL_, { signal })).rejects.toThrow();
    expect(requests).toHaveLength(1);
  });
});

describe('recordingFetch', () => {
  it('asks conditionally with the previous validators, on the first request only, and tells a 304', async () => {
    server.use(
      http.get(URL_, ({ request }) =>
        request.headers.get('If-None-Match') === '"v1"' ? new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } }) : ok(),
      ),
    );
    const recorder = recordingFetch(fetch, { url: URL_, etag: '"v1"', lastModified: 'Mon, 02 Nov 2026 14:00:00 GMT' });
    expect((await recorder.fetch(URL_, { headers: { Accept: 'application/json' } })).status).toBe(304);
    expect(requests[0]?.headers.get('If-Modified-Since')).toBe('Mon, 02 Nov 2026 14:00:00 GMT');
    expect(requests[0]?.headers.get('Accept')).toBe('application/json');
    expect(recorder.notModified()).toBe(true);
    expect((await recorder.fetch(URL_)).status).toBe(200);
    expect(requests[1]?.headers.get('If-None-Match')).toBeNull();
  });

  it('saves validators only when the whole source came in one answer', async () => {
    server.use(http.get(URL_, () => HttpResponse.json({}, { headers: { ETag: '"v2"', 'Last-Modified': 'Tue, 03 Nov 2026 10:00:00 GMT' } })));
    const one = recordingFetch(fetch);
    await one.fetch(URL_);
    expect(one.validators()).toEqual({ url: URL_, etag: '"v2"', lastModified: 'Tue, 03 Nov 2026 10:00:00 GMT' });
    const paged = recordingFetch(fetch);
    await paged.fetch(URL_);
    await paged.fetch(`${URL_}?page=2`);
    expect(paged.validators()).toBeUndefined();
  });
});

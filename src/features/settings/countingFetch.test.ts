import { describe, expect, it, vi } from 'vitest';
import { countingFetch, type BodyProgress } from './countingFetch';

const encoder = new TextEncoder();

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

/** A stand-in for the network that answers every request with `response`. */
const answering = (response: Response) => vi.fn<typeof fetch>(async () => response);

describe('countingFetch', () => {
  it('reports every chunk as it arrives and returns the whole body', async () => {
    const chunks = ['{"items":', '["é",', '"b"]}'];
    const size = chunks.reduce((sum, chunk) => sum + encoder.encode(chunk).byteLength, 0);
    const base = answering(
      new Response(streamOf(chunks), {
        status: 200,
        statusText: 'OK',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(size) },
      }),
    );
    const progress: BodyProgress[] = [];
    const init = { headers: { Accept: 'application/json' } };

    const response = await countingFetch((p) => progress.push(p), base)('https://portal.example/feed.json', init);

    expect(base).toHaveBeenCalledWith('https://portal.example/feed.json', init);
    expect(progress).toEqual([
      { chunk: 9, received: 9, total: size },
      // "é" is two bytes in UTF-8: bytes are counted, not characters.
      { chunk: 6, received: 15, total: size },
      { chunk: 5, received: 20, total: size },
    ]);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(response.ok).toBe(true);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({ items: ['é', 'b'] });
  });

  it('keeps the status of an error answer and counts its body too', async () => {
    const base = answering(new Response(streamOf(['<h1>503</h1>']), { status: 500, headers: { 'Content-Type': 'text/html' } }));
    const onProgress = vi.fn();

    const response = await countingFetch(onProgress, base)('/portals/ontario/newcomer-feed.json');

    expect(response.ok).toBe(false);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('<h1>503</h1>');
    expect(onProgress).toHaveBeenCalledExactlyOnceWith({ chunk: 12, received: 12, total: null });
  });

  it('gives no total when the body is compressed, since the length is then not what arrives', async () => {
    const base = answering(
      new Response(streamOf(['abc']), { headers: { 'Content-Length': '2', 'Content-Encoding': 'gzip' } }),
    );
    const progress: BodyProgress[] = [];
    await countingFetch((p) => progress.push(p), base)('/feed.json');
    expect(progress).toEqual([{ chunk: 3, received: 3, total: null }]);
  });

  it('passes an answer with no body through untouched', async () => {
    const empty = new Response(null, { status: 204 });
    const onProgress = vi.fn();
    expect(await countingFetch(onProgress, answering(empty))('/feed.json')).toBe(empty);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('rejects when the body stops halfway, after reporting what did arrive', async () => {
    let pulls = 0;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(encoder.encode('{"ite'));
        else controller.error(new TypeError('network error'));
      },
    });
    const progress: BodyProgress[] = [];
    const load = countingFetch((p) => progress.push(p), answering(new Response(broken)));
    await expect(load('/feed.json')).rejects.toThrow('network error');
    expect(progress).toEqual([{ chunk: 5, received: 5, total: null }]);
  });
});

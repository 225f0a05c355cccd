/** How much of one response body has arrived. */
export interface BodyProgress {
  /** Bytes in the chunk that just arrived. */
  chunk: number;
  /** Bytes received so far for this response. */
  received: number;
  /**
   * The size the server announced, when it is the size of what arrives: null without a
   * Content-Length, or when the body is compressed (the length is then the compressed size).
   */
  total: number | null;
}

function announcedLength(headers: Headers): number | null {
  if (headers.get('Content-Encoding')) return null;
  const length = Number(headers.get('Content-Length') ?? Number.NaN);
  return Number.isFinite(length) && length >= 0 ? length : null;
}

/**
 * A fetch that reads each response body as it streams in, reporting every chunk, then returns a
 * new Response with the same status and headers and the bytes it collected. Errors while reading
 * (a dropped connection, an abort or a time limit) reject the fetch itself, as a failed request would.
 */
export function countingFetch(
  onProgress: (progress: BodyProgress) => void,
  baseFetch: typeof fetch = (input, init) => fetch(input, init),
): typeof fetch {
  return async (input, init) => {
    const response = await baseFetch(input, init);
    if (!response.body) return response;
    const total = announcedLength(response.headers);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ chunk: value.byteLength, received, total });
    }
    const body = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

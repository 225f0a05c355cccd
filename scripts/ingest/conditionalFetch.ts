/** What the previous run was told about the one address a source was read from. */
export interface Validators {
  url: string;
  etag?: string;
  lastModified?: string;
}

export interface RecordedResponse {
  url: string;
  status: number;
  etag?: string;
  lastModified?: string;
}

export interface Recorder {
  /** Handed to the loaders as `options.fetch`, so the adapters run unchanged. */
  fetch: typeof fetch;
  /** Every answer the loader got (after retries), in order. */
  responses: RecordedResponse[];
  /** The source answered 304: what the previous run saved is still current. */
  notModified: () => boolean;
  /** The validators to save: only when the whole source came in one answer, which they then describe. */
  validators: () => Validators | undefined;
}

/** The validators an answer carries, if any. */
export function validatorsOf(response: RecordedResponse | undefined): Validators | undefined {
  if (!response || (!response.etag && !response.lastModified)) return undefined;
  return { url: response.url, ...(response.etag ? { etag: response.etag } : {}), ...(response.lastModified ? { lastModified: response.lastModified } : {}) };
}

const urlOf = (input: Parameters<typeof fetch>[0]) => (input instanceof Request ? input.url : String(input));

/**
 * Wraps a fetch to make the source's first request conditional on `previous` (If-None-Match,
 * If-Modified-Since) and to note the validators of what it answers. A 304 goes back to the
 * loader as it came, which fails the load; `notModified()` then says why.
 */
export function recordingFetch(inner: typeof fetch, previous?: Validators): Recorder {
  const responses: RecordedResponse[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const url = urlOf(input);
    const headers = new Headers(init?.headers);
    if (previous && responses.length === 0 && url === previous.url) {
      if (previous.etag) headers.set('If-None-Match', previous.etag);
      if (previous.lastModified) headers.set('If-Modified-Since', previous.lastModified);
    }
    const response = await inner(input, { ...init, headers });
    const etag = response.headers.get('ETag');
    const lastModified = response.headers.get('Last-Modified');
    responses.push({ url, status: response.status, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) });
    return response;
  };
  return {
    fetch: wrapped,
    responses,
    notModified: () => responses[0]?.status === 304,
    validators() {
      const [only, ...more] = responses;
      // A validator of one page of many says nothing of the other pages.
      return only?.status === 200 && more.length === 0 ? validatorsOf(only) : undefined;
    },
  };
}

export interface RetryOptions {
  /** Requests in all, the first included. */
  tries?: number;
  /** The wait before the first retry; each later wait doubles it. */
  baseDelayMs?: number;
  /** Told of every retry, for the report. */
  onRetry?: (attempt: number, why: string) => void;
}

export const DEFAULT_TRIES = 3;
export const DEFAULT_BASE_DELAY_MS = 250;

/** Waits `ms`, or rejects as soon as `signal` aborts: a source's time limit covers its retries too. */
function pause(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * A fetch that tries again, after 250 ms, 500 ms…, when the server failed (5xx) or could not be
 * reached: those pass. A 4xx never does (the request itself is wrong), nor an aborted request
 * (the caller or the source's time limit gave up). The last answer is returned as it came.
 */
export function retryingFetch(inner: typeof fetch, options: RetryOptions = {}): typeof fetch {
  const tries = Math.max(1, options.tries ?? DEFAULT_TRIES);
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  return async (input, init) => {
    for (let attempt = 1; ; attempt += 1) {
      const last = attempt >= tries;
      let why: string;
      try {
        const response = await inner(input, init);
        if (response.status < 500 || last) return response;
        why = `HTTP ${response.status}`;
        // Nobody reads the failed answer; free its connection (not awaited: some bodies never settle a cancel).
        void response.body?.cancel().catch(() => undefined);
      } catch (error) {
        if (last || init?.signal?.aborted) throw error;
        why = error instanceof Error ? error.message : String(error);
      }
      options.onRetry?.(attempt, why);
      await pause(baseDelayMs * 2 ** (attempt - 1), init?.signal);
    }
  };
}

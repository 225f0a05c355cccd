/** The largest draft the page reads: ten times the biggest real feed, small enough for a phone. */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

export type DraftInputError =
  | { code: 'too-large'; bytes: number }
  | { code: 'unreadable' }
  | { code: 'empty-paste' }
  | { code: 'bad-address' }
  | { code: 'unreachable' }
  | { code: 'http'; status: number };

export type DraftInput = { ok: true; text: string } | { ok: false; error: DraftInputError };

const tooLarge = (bytes: number): DraftInput => ({ ok: false, error: { code: 'too-large', bytes } });

/** Refuses a file by its size before reading a byte of it. */
export function checkSize(bytes: number): DraftInput | null {
  return bytes > MAX_DRAFT_BYTES ? tooLarge(bytes) : null;
}

/** Pasted text is held to the same limit as a file, counted in UTF-8 bytes as a file would be. */
export function checkPaste(text: string): DraftInput {
  if (text.trim() === '') return { ok: false, error: { code: 'empty-paste' } };
  const bytes = new TextEncoder().encode(text).length;
  return checkSize(bytes) ?? { ok: true, text };
}

/** A feed address a colleague can open: http or https only, never a script or a local file. */
export function feedAddress(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Reads a body up to the limit, stopping the download as soon as it passes it. */
export async function readLimited(body: ReadableStream<Uint8Array>, limit = MAX_DRAFT_BYTES): Promise<DraftInput> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { ok: true, text: text + decoder.decode() };
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return tooLarge(bytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Fetches the draft at a publisher's address: a plain GET without cookies, so nothing of the
 * person's is sent. A server that does not let other sites read it (CORS) fails like one that
 * cannot be reached: the page then suggests downloading the file and choosing it.
 */
export async function fetchDraft(url: URL, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<DraftInput> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', cache: 'no-store', signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { code: 'unreachable' } };
  }
  if (!response.ok) return { ok: false, error: { code: 'http', status: response.status } };
  const declared = Number(response.headers.get('Content-Length') ?? 0);
  const refused = checkSize(declared);
  if (refused) {
    await response.body?.cancel();
    return refused;
  }
  if (!response.body) return { ok: true, text: await response.text() };
  try {
    return await readLimited(response.body);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { code: 'unreadable' } };
  }
}

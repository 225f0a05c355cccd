import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { getResponse, type RequestHandler } from 'msw';
import { MOCK_PATH_PREFIXES } from './handlers.ts';

type Next = (error?: unknown) => void;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toFetchRequest(request: IncomingMessage, body: Buffer | undefined): Request {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return new Request(url, { method: request.method, headers, body: body?.length ? new Uint8Array(body) : undefined });
}

/**
 * Compresses a body the way the real portals' servers do, so the bytes a phone downloads are
 * measured as they would be in production.
 */
function encode(request: IncomingMessage, response: ServerResponse, body: Buffer): Buffer {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const type = String(response.getHeader('Content-Type') ?? '');
  if (body.length < 1024 || !/json|text|javascript/.test(type) || response.hasHeader('Content-Encoding')) return body;
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return body;
  response.setHeader('Content-Encoding', encoding);
  response.setHeader('Vary', 'Accept-Encoding');
  response.removeHeader('Content-Length');
  // Quality 5, as servers that compress on the fly use: quality 11 takes ten times longer.
  return encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body);
}

/**
 * Serves MSW handlers as real HTTP from a Connect server (Vite's preview server), so the
 * production build and its service worker talk to the mock portals over the network.
 */
export function mockHttpMiddleware(handlers: RequestHandler[]) {
  return async (request: IncomingMessage, response: ServerResponse, next: Next): Promise<void> => {
    const path = request.url ?? '/';
    if (!MOCK_PATH_PREFIXES.some((prefix) => path.startsWith(prefix))) return next();
    try {
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const mocked = await getResponse(handlers, toFetchRequest(request, hasBody ? await readBody(request) : undefined));
      if (!mocked) return next();
      response.statusCode = mocked.status;
      mocked.headers.forEach((value, name) => response.setHeader(name, value));
      response.end(encode(request, response, Buffer.from(await mocked.arrayBuffer())));
    } catch (error) {
      next(error);
    }
  };
}

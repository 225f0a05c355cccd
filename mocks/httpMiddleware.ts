import type { IncomingMessage, ServerResponse } from 'node:http';
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
      response.end(Buffer.from(await mocked.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  };
}

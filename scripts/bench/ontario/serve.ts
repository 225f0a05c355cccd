import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

export interface ServedFolder {
  /** Ends with a slash, so a configured `/portals/…` URL resolves under it. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` read-only on the loopback address, at a port the system picks: the portals of a
 * generated province, as the ingest would meet them over HTTP. Nothing outside `dir` is served.
 */
export async function serveFolder(dir: string): Promise<ServedFolder> {
  const root = normalize(dir);
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    const refuse = (status: number) => response.writeHead(status, { 'Content-Type': 'text/plain' }).end(String(status));
    if (request.method !== 'GET' || !path.startsWith(root + sep)) return refuse(request.method === 'GET' ? 404 : 405);
    stat(path).then(
      (file) => {
        if (!file.isFile()) return refuse(404);
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': file.size });
        createReadStream(path).pipe(response);
      },
      () => refuse(404),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

// Counts the bytes a phone would be charged for, between the browser and the app's server.
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

export interface Transfer {
  /** "GET /path" as the browser asked for it. */
  request: string;
  bytes: number;
}

export interface ByteCountingProxy {
  /** Where the browser must go instead of the real server. */
  origin: string;
  /** Every byte the server sent, headers and (compressed) bodies alike. */
  receivedBytes(): number;
  transfers(): Transfer[];
  /** Resolves once nothing has flowed either way for `quietMs`. */
  waitForQuiet(quietMs: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r\n/;

/**
 * A TCP forwarder in front of the server. It counts what a phone's data plan would be charged
 * for, service worker traffic included, which the page's own network events do not see. The
 * server speaks HTTP/1.1 and Chromium does not pipeline, so the bytes coming back on a
 * connection belong to the request last sent on it: that is enough to name the big transfers.
 */
export async function startByteCountingProxy(target: URL): Promise<ByteCountingProxy> {
  if (target.protocol !== 'http:') throw new Error(`the offline bench needs an http:// server, got ${target.href}`);
  const sockets = new Set<Socket>();
  const transfers: Transfer[] = [];
  let received = 0;
  let lastActivity = Date.now();

  const server = createServer((client) => {
    const upstream = connect({ host: target.hostname, port: Number(target.port || 80) });
    let current: Transfer | null = null;
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      lastActivity = Date.now();
      const line = REQUEST_LINE.exec(chunk.toString('latin1', 0, Math.min(chunk.length, 4096)));
      if (line) transfers.push((current = { request: `${line[1]} ${line[2]}`, bytes: 0 }));
    });
    upstream.on('data', (chunk: Buffer) => {
      lastActivity = Date.now();
      received += chunk.length;
      if (!current) transfers.push((current = { request: '(unattributed)', bytes: 0 }));
      current.bytes += chunk.length;
    });
    const teardown = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) socket.on('error', teardown).on('close', teardown);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  // 127.0.0.1, not a name: a secure context for the service worker, whatever localhost resolves to.
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    receivedBytes: () => received,
    transfers: () => transfers.map((transfer) => ({ ...transfer })),
    async waitForQuiet(quietMs, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) throw new Error(`the network did not go quiet for ${quietMs} ms within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** What one path cost, all its responses together. */
export interface PathTotal {
  path: string;
  bytes: number;
  responses: number;
}

/** Transfers summed by path, largest first: query strings only split one file into several. */
export function totalsByPath(transfers: readonly Transfer[]): PathTotal[] {
  const byPath = new Map<string, PathTotal>();
  for (const { request, bytes } of transfers) {
    const path = request.replace(/^GET /, '').replace(/[?#].*$/, '');
    const total = byPath.get(path) ?? { path, bytes: 0, responses: 0 };
    byPath.set(path, { path, bytes: total.bytes + bytes, responses: total.responses + 1 });
  }
  return [...byPath.values()].sort((a, b) => b.bytes - a.bytes);
}

/**
 * How Node commands reach the configured portals. Relative portal URLs are the embedded mocks:
 * the same MSW handlers answer them here, in Node, unless MOCKS=off, when they resolve against
 * PORTALS_BASE (the deployed portals' origin).
 */
export async function withMockPortals<T>(run: (baseUrl: string) => Promise<T>): Promise<T> {
  const mocks = process.env.MOCKS !== 'off';
  const baseUrl = process.env.PORTALS_BASE ?? 'http://localhost/';
  // Imported only when used, so MOCKS=off never loads the fixtures.
  const server = mocks ? (await import('../mocks/node')).server : null;
  server?.listen({ onUnhandledRequest: 'bypass' });
  // The mock 211 wants a key, as the real one does; any will do, and a real one is never needed.
  if (mocks) process.env.ONTARIO_211_KEY ??= 'mock-211-key';
  try {
    return await run(baseUrl);
  } finally {
    server?.close();
  }
}

/** The two servers the end-to-end tests run: the app on the live mocks, and the app from a snapshot. */
export const LIVE_PORT = Number(process.env.E2E_PORT ?? 4317);
export const SNAPSHOT_PORT = LIVE_PORT + 1;
export const liveURL = `http://localhost:${LIVE_PORT}`;
export const snapshotURL = `http://localhost:${SNAPSHOT_PORT}`;
/** Where the snapshot server's ingest writes, apart from `snapshot/` a developer may have. */
export const E2E_SNAPSHOT_DIR = 'test-snapshot';

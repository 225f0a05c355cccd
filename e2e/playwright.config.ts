import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

import { E2E_SNAPSHOT_DIR, LIVE_PORT, SNAPSHOT_PORT, liveURL as baseURL, snapshotURL } from './servers';

const DIST = process.env.NWD_DIST ?? 'dist';
const root = fileURLToPath(new URL('..', import.meta.url));

// Playwright cannot download its own browser on these machines: use Debian's when present.
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const launchOptions = {
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
};

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: [['list']],
  outputDir: `../test-results/${process.env.NWD_DIST ?? 'dist'}`,
  use: { baseURL, trace: 'retain-on-failure', locale: 'en-CA' },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, launchOptions },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions },
    },
  ],
  webServer: [
    {
      // The production build on the preview server, with the mock portals over real HTTP. A
      // snapshot a developer ingested into snapshot/ stays out of it: this server is the live case.
      command: 'npm start',
      cwd: root,
      env: { PORT: String(LIVE_PORT), NWD_SNAPSHOT: 'off' },
      url: `${baseURL}/portals.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 360_000,
      stdout: 'pipe',
    },
    {
      // The same app deployed with a snapshot ingested from the same mocks (e2e/snapshot.spec.ts).
      // A fresh snapshot each time: a source that fails keeps an earlier run's copy, by design.
      command: `node -e "require('fs').rmSync('${E2E_SNAPSHOT_DIR}', { recursive: true, force: true })" && npm run ingest -- --out ${E2E_SNAPSHOT_DIR} && npm start`,
      cwd: root,
      // No 211 key: 211 is read by the ingest only, so with it the snapshot would hold offices the
      // live app cannot show, and the two could not be compared (scripts/ingest tests cover 211).
      env: { PORT: String(SNAPSHOT_PORT), NWD_SNAPSHOT: E2E_SNAPSHOT_DIR, NWD_DIST: `${DIST}-snapshot`, ONTARIO_211_KEY: '' },
      url: `${snapshotURL}/portals.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 420_000,
      stdout: 'pipe',
    },
  ],
});

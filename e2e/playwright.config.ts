import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://localhost:${PORT}`;

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
  webServer: {
    // The production build on the preview server, with the mock portals over real HTTP.
    command: 'npm start',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { PORT: String(PORT) },
    url: `${baseURL}/portals.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
  },
});

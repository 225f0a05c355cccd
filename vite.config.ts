/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { handlers } from './mocks/handlers.ts';
import { mockHttpMiddleware } from './mocks/httpMiddleware.ts';

const require = createRequire(import.meta.url);

/**
 * The mock portals. `npm start` and the end-to-end tests run the production build on the
 * preview server, which answers the portal paths over real HTTP from the MSW handlers, so the
 * app's own service worker is what the browser exercises. `npm run dev` uses MSW's browser
 * worker instead; this plugin only serves that worker's script, so it never reaches a build.
 */
function mockPortals(): Plugin {
  return {
    name: 'no-wrong-door:mock-portals',
    configurePreviewServer(server) {
      if (process.env.MOCKS !== 'off') server.middlewares.use(mockHttpMiddleware(handlers));
    },
    configureServer(server) {
      const workerScript = require.resolve('msw/mockServiceWorker.js');
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(workerScript));
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), mockPortals()],
  build: {
    // scripts/first-route-budget.ts reads the manifest to add up what the home page loads.
    manifest: true,
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});

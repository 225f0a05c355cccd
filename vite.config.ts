/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import sirv from 'sirv';
import { VitePWA } from 'vite-plugin-pwa';
import { handlers } from './mocks/handlers.ts';
import { mockHttpMiddleware } from './mocks/httpMiddleware.ts';
import { precompress } from './scripts/precompress.ts';
import { OUT_DIR } from './scripts/outDir.ts';
import { previewHeaders } from './scripts/hosting/previewHeaders.ts';
import { deploySnapshot } from './scripts/vite/deploySnapshot.ts';
import { hostingHeaders } from './scripts/vite/hostingHeaders.ts';
import { pagePreloads } from './scripts/vite/pagePreloads.ts';

const require = createRequire(import.meta.url);
const SOURCES = fileURLToPath(new URL('./src/', import.meta.url));
const usesZod = (id: string) => /from 'zod'/.test(readFileSync(id.split('?')[0] ?? id, 'utf8'));

/** The build's files with the .br or .gz written at build time, whichever the browser accepts. */
function precompressedFiles(dir: string, headers: ReturnType<typeof previewHeaders>) {
  return sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    // Looks files up on every request: a new version may be deployed under a running server, and
    // a cached file list would serve the old sizes (a truncated service worker) or miss new files.
    dev: true,
    // A prerendered page (scripts/prerender.ts) is its folder's index.html; other page addresses
    // fall through to the preview server, which answers them with the app shell.
    extensions: ['html'],
    // The types and cache rules of scripts/hosting/headerRules.ts, as static hosts send them.
    setHeaders: (response, path) => headers.fileHeaders(response, path),
  });
}

/** Compresses the build once it is complete: after the service worker is written. */
function precompressBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'no-wrong-door:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await precompress(outDir);
      },
    },
  };
}

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
      const headers = previewHeaders(server.config.build.outDir);
      server.middlewares.use(headers.rules);
      if (process.env.MOCKS !== 'off') server.middlewares.use(mockHttpMiddleware(handlers));
      server.middlewares.use(headers.splash);
      server.middlewares.use(precompressedFiles(server.config.build.outDir, headers));
      server.middlewares.use(headers.notFound);
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

/** Identifies a build: the persisted content cache is dropped when it changes. */
const BUILD_ID = process.env.BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [
    react(),
    mockPortals(),
    pagePreloads(),
    deploySnapshot(),
    hostingHeaders(),
    precompressBuild(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // The app registers the worker itself (workbox-window) to prompt before updating.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // portals.json is configuration read through the query cache, not part of the app.
        // Prerendered pages serve first visits only: offline, every page starts from the shell.
        // The publishers' validator and preview (the worker, the list of notices, the pages and
        // their strings) are tools for editors at work, online: a newcomer's phone should not
        // download them to be used offline.
        globIgnores: [
          '.vite/**',
          'portals.json',
          '_headers',
          'schema/**',
          // A deployed snapshot holds every municipality; a phone saves its own through the query cache.
          'snapshot/**',
          '*/**/*.html',
          'assets/validate.worker-*.js',
          'assets/registry-*.js',
          'assets/PreviewRoute-*.js',
          'assets/NoticeCodesRoute-*.js',
          'assets/preview-*.js',
          // What reads the portals' own formats (their adapters, the news API) runs only when a
          // response arrives, so never offline: a phone fetches it the first time it is online.
          'assets/adaptedSources-*.js',
          'assets/loadNews-*.js',
          // The same for the worker that reads and checks a portal's feed in a refresh.
          'assets/loadPortal.worker-*.js',
        ],
      },
      manifest: {
        name: 'No Wrong Door – Your move to Ontario',
        short_name: 'No Wrong Door',
        description: 'What the governments of Canada, Ontario and your city ask of newcomers, step by step.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#26374a',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    outDir: OUT_DIR,
    // scripts/first-route-budget.ts reads the manifest to add up what the home page loads.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          // Over HTTP/1.1 a phone opens six connections at most: a dozen one-kilobyte chunks
          // shared by pages cost more round trips than their bytes. They travel as one.
          // Modules with schemas stay out: the validation library must not load before first paint.
          groups: [{ name: 'shared', test: (id) => id.startsWith(SOURCES) && !usesZod(id), minShareCount: 2 }],
        },
      },
    },
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

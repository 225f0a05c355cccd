// `npm run build`: the production app, then its prerendered pages (scripts/prerender.ts).
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { prerender } from './prerender';

export async function buildApp(): Promise<void> {
  await build({ logLevel: 'warn' });
  const started = Date.now();
  const pages = await prerender();
  if (pages > 0) console.log(`Prerendered ${pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildApp();

// Fails when the JavaScript a phone must download before the home page first renders grows past
// its budget. Cheap and stable, so `npm test` runs it on every change; `npm run bench` measures
// the rest.
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { FIRST_ROUTE_BUDGET_KB, measureBundle } from './bench/bundle';
import { OUT_DIR } from './outDir';

if (!existsSync(`${OUT_DIR}/.vite/manifest.json`)) await build({ logLevel: 'warn' });
const [firstRoute] = measureBundle(OUT_DIR);
if (!firstRoute) throw new Error('No first-route figure');
console.log(`${firstRoute.value.toFixed(1)} KB first-route JavaScript, ${firstRoute.note} (budget ${FIRST_ROUTE_BUDGET_KB} KB)`);
if (firstRoute.value > FIRST_ROUTE_BUDGET_KB) {
  console.error(`Over budget by ${(firstRoute.value - FIRST_ROUTE_BUDGET_KB).toFixed(1)} KB: split the route or drop a dependency.`);
  process.exit(1);
}

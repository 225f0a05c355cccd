// Screenshots of key pages at phone and desktop widths, in each language, for looking at
// what people see: `npx tsx scripts/screenshots.ts http://localhost:4173 /tmp/shots [path…]`
// (FULL=0 for the first screen only).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://localhost:4173', outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/en', '/fr', '/en/topics/health', '/en/tasks/ca.sin', '/fr/tasks/ca.sin'];
const viewports = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } };

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
});
for (const [name, viewport] of Object.entries(viewports)) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${outDir}/${name}${path.replace(/[^a-z0-9.]+/gi, '_')}.png`;
    // FULL=0 keeps to what fits in the first screen, which is easier to read on long pages.
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
  }
  await context.close();
}
await browser.close();

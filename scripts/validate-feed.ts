// Checks a feed the way the app reads it: `npm run validate-feed -- feed.json` or a URL.
// Prints each problem and exits 1 when any entry would be skipped or the feed rejected.
import { readFile } from 'node:fs/promises';
import { parseFeed } from '../src/content/parseFeed';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run validate-feed -- <feed.json | https://…>');
  process.exit(2);
}

async function read(source: string): Promise<unknown> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(source, 'utf8'));
}

try {
  const { feed, problems } = parseFeed(await read(target));
  for (const problem of problems) console.log(`✗ ${problem.message}`);
  if (feed) {
    const kept = `${feed.items.length} items, ${feed.offices.length} offices, ${feed.municipalities.length} municipalities`;
    console.log(`${problems.length ? '✗' : '✓'} ${feed.publisher.id}: ${kept} valid; ${problems.length} problem(s)`);
  }
  process.exit(feed && problems.length === 0 ? 0 : 1);
} catch (error) {
  console.error(`✗ ${target}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// `npm run validate-feed -- <file-or-url> [--as-of YYYY-MM-DD] [--lang en|fr] [--json]
//   [--html report.html] [--with <file-or-url>]… [--no-published]`
// The publishers' validator for their pipelines: the same report as the preview page, and what
// publishing the draft would change, exit 1 on any error. References and overlaps are checked against the configured portals unless --with
// names the feeds to compare with.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { localDay } from '../src/content/localDay';
import { compareFeeds, publishedFeedOf } from '../src/content/validation/changes';
import { NOTICE_DEFINITIONS } from '../src/content/validation/registry';
import { validateFeed } from '../src/content/validation/validateFeed';
import { changesReport } from './validate-feed/changesReport';
import { htmlReport } from './validate-feed/htmlReport';
import { configuredFeeds, feedsFrom, readSource, type Published } from './validate-feed/publishedFeeds';
import { textReport, type Lang } from './validate-feed/textReport';

const USAGE =
  'Usage: npm run validate-feed -- <feed.json | https://…> [--as-of YYYY-MM-DD] [--lang en|fr] [--json] [--html FILE] [--with <feed>]… [--no-published]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      html: { type: 'string' },
      with: { type: 'string', multiple: true },
      'no-published': { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
const target = positionals[0];
if (!target || positionals.length > 1) fail(target ? 'Give one feed at a time.' : 'Name the feed to check.');
const asOf = values['as-of'] ?? localDay();
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) fail(`--as-of must be a date written YYYY-MM-DD, not "${asOf}".`);
const lang: Lang = values.lang === 'fr' || (!values.lang && /^fr/i.test(process.env.LANG ?? '')) ? 'fr' : 'en';
if (values.lang && values.lang !== 'en' && values.lang !== 'fr') fail('--lang is en or fr.');

let text: string;
try {
  text = await readSource(target);
} catch (error) {
  console.error(`✗ ${target}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const published: Published = values['no-published']
  ? { feeds: [], unreadable: [] }
  : values.with?.length
    ? await feedsFrom(values.with)
    : await configuredFeeds();
for (const { source, reason } of published.unreadable) {
  console.error(`! ${source} could not be read (${reason}); references to its entries may be reported as unknown.`);
}

const { summary, notices, feed } = validateFeed(text, { asOf, published: published.feeds });
const before = feed ? publishedFeedOf(feed.publisher.id, published.feeds) : undefined;
const changes = feed && before ? compareFeeds(before, feed) : null;
if (values.html) await writeFile(values.html, htmlReport({ summary, notices }, target, lang, NOTICE_DEFINITIONS));
if (values.json) {
  console.log(JSON.stringify({ summary, notices, ...(changes ? { changes } : {}) }, null, 2));
} else {
  console.log(textReport({ summary, notices }, target, lang));
  const withErrors = new Set(notices.flatMap((n) => (n.severity === 'error' && n.id ? [n.id] : [])));
  if (feed && !values['no-published']) console.log(changesReport(feed.publisher.id, changes, lang, withErrors));
}
process.exit(summary.counts.error > 0 ? 1 : 0);

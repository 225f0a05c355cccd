// `npm run ingest -- [--config public/portals.json] [--out snapshot/] [--offline] [--as-of YYYY-MM-DD]`
// Reads every enabled source server-side and writes the static snapshot the app can be served
// from; prints a per-source report (also saved as report.json). Exit 0 when the snapshot was
// written, failing sources or not; 1 when nothing could be written; 2 on a wrong command line.
import { readFile } from 'node:fs/promises';
import { PortalsFile } from '../src/api/portalConfig';
import { describeIssues } from '../src/content/parseFeed';
import { USAGE, parseIngestArgs } from './ingest/args';
import { textReport } from './ingest/report';
import { runIngest } from './ingest/runIngest';
import { withMockPortals } from './mockPortals';

const args = parseIngestArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`${args.error}\n${USAGE}`);
  process.exit(2);
}

async function readConfig(path: string): Promise<{ config: PortalsFile; configFile: Record<string, unknown> }> {
  const configFile = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  const parsed = PortalsFile.safeParse(configFile);
  if (!parsed.success) throw new Error(`${path} is not a valid configuration:\n  ${describeIssues(parsed.error).join('\n  ')}`);
  return { config: parsed.data, configFile };
}

try {
  const { config, configFile } = await readConfig(args.config);
  const run = (baseUrl: string) => runIngest({ config, configFile, out: args.out, offline: args.offline, asOf: args.asOf, baseUrl });
  // Offline, nothing is fetched, so no mock portal is started either.
  const { report, written } = args.offline ? await run('http://localhost/') : await withMockPortals(run);
  console.log(textReport(report, args.out));
  process.exit(written ? 0 : 1);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

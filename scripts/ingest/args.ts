import { parseArgs } from 'node:util';
import { localDay } from '../../src/content/localDay';

export const USAGE = 'Usage: npm run ingest -- [--config public/portals.json] [--out snapshot/] [--offline] [--as-of YYYY-MM-DD]';

export interface IngestArgs {
  config: string;
  out: string;
  /** Write only from the previous snapshot in `out`: no request leaves the machine. */
  offline: boolean;
  /** The day feeds are judged on, so a run can be reproduced. */
  asOf: string;
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** The command line as options, or what is wrong with it. `today` stands in for the clock in tests. */
export function parseIngestArgs(argv: string[], today: () => string = localDay): IngestArgs | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        config: { type: 'string', default: 'public/portals.json' },
        out: { type: 'string', default: 'snapshot/' },
        offline: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const asOf = values['as-of'] ?? today();
  if (!isDay(asOf)) return { error: `--as-of must be a date written YYYY-MM-DD, not "${asOf}".` };
  return { config: values.config, out: values.out, offline: values.offline, asOf };
}

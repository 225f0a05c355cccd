import { describe, expect, it } from 'vitest';
import { parseIngestArgs } from './args';

const today = () => '2026-12-01';

describe('parseIngestArgs', () => {
  it('reads the default configuration into snapshot/, judged as of today', () => {
    expect(parseIngestArgs([], today)).toEqual({ config: 'public/portals.json', out: 'snapshot/', offline: false, asOf: '2026-12-01' });
  });

  it('takes --config, --out, --offline and --as-of', () => {
    expect(parseIngestArgs(['--config', 'docs/portals.example.json', '--out', '/tmp/s', '--offline', '--as-of', '2027-01-15'], today)).toEqual({
      config: 'docs/portals.example.json',
      out: '/tmp/s',
      offline: true,
      asOf: '2027-01-15',
    });
  });

  it('refuses a day that is not a calendar day, and an unknown flag', () => {
    expect(parseIngestArgs(['--as-of', '2026-02-30'], today)).toEqual({ error: expect.stringContaining('YYYY-MM-DD') });
    expect(parseIngestArgs(['--as-of', 'tomorrow'], today)).toEqual({ error: expect.stringContaining('"tomorrow"') });
    expect(parseIngestArgs(['--dry-run'], today)).toEqual({ error: expect.stringContaining('--dry-run') });
  });
});

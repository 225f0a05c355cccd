import { describe, expect, it } from 'vitest';
import { measureScale } from './scale';

describe('measureScale', () => {
  it('measures the ingest, the index, a catalogue and its search index of a generated province against the issue’s budgets', { timeout: 180_000 }, async () => {
    const rows = await measureScale({ municipalities: 3, browser: false });
    expect(rows.map((row) => [row.unit, row.budget])).toEqual([
      ['s', { max: 60 }],
      ['MB', { max: 1024 }],
      ['KB', { max: 150 }],
      ['KB', { max: 400 }],
      ['ms', { max: 100 }],
    ]);
    for (const row of rows) expect(row.value, row.measure).toBeGreaterThan(0);
    const [, memory, index, catalogue, search] = rows;
    // A Node process holding the feeds takes tens of megabytes at least.
    expect(memory?.value).toBeGreaterThan(30);
    // Three towns' index rows weigh far less than one town's whole catalogue.
    expect(index?.value).toBeLessThan(catalogue?.value ?? 0);
    // The federal and provincial items and offices, and one town's 50 items and 5 offices.
    expect(Number(/\((\d+) documents\)/.exec(search?.measure ?? '')?.[1])).toBeGreaterThan(80);
  });
});

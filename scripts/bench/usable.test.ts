import { describe, expect, it } from 'vitest';
import { alternating, formatLoad, listRuns } from './usable';

describe('usable bench helpers', () => {
  it('alternates pages within each round: run 1 of every page, then run 2', () => {
    expect(alternating(['home', 'plan', 'step'], 2)).toEqual([
      { page: 'home', run: 1 },
      { page: 'plan', run: 1 },
      { page: 'step', run: 1 },
      { page: 'home', run: 2 },
      { page: 'plan', run: 2 },
      { page: 'step', run: 2 },
    ]);
    expect(alternating(['home'], 0)).toEqual([]);
  });

  it('lists runs and the load average as a note reads them', () => {
    expect(listRuns([1234.4, 1301.6])).toBe('1234, 1302 ms');
    expect(listRuns([0.0123, 0.5], '', 3)).toBe('0.012, 0.500');
    expect(formatLoad([3.456, 2, 1.1])).toBe('3.46 / 2.00 / 1.10');
  });
});

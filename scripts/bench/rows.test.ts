import { describe, expect, it } from 'vitest';
import { formatTable, median, quantile, withinBudget, type BenchRow } from './rows';

const row = (value: number, budget: BenchRow['budget']): BenchRow => ({ measure: 'x', value, unit: 'ms', budget });

describe('bench rows', () => {
  it('judges maximum and minimum budgets, the budget itself included', () => {
    expect(withinBudget(row(20, { max: 20 }))).toBe(true);
    expect(withinBudget(row(20.1, { max: 20 }))).toBe(false);
    expect(withinBudget(row(95, { min: 95 }))).toBe(true);
    expect(withinBudget(row(94, { min: 95 }))).toBe(false);
  });

  it('takes medians and nearest-rank quantiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
  });

  it('marks a row over budget in the table', () => {
    const table = formatTable([{ ...row(12, { max: 10 }), measure: 'search p95' }]);
    expect(table).toMatch(/search p95\s+12\.0 ms\s+≤ 10\.0 ms\s+OVER BUDGET/);
  });
});

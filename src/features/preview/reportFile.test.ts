import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../content/validation/validateFeed';
import { testFeed } from '../../content/testing/builders';
import { offsetOf, reportFileName, reportJson } from './reportFile';

const result: ValidationResult = {
  summary: {
    publisher: { id: 'ottawa', name: { en: 'City of Ottawa' }, jurisdiction: 'municipal' },
    schemaVersion: '1.0',
    generatedAt: '2026-11-01T00:00:00Z',
    asOf: '2026-11-20',
    languages: ['en'],
    items: { total: 1, kept: 1 },
    offices: { total: 0, kept: 0 },
    municipalities: { total: 0, kept: 0 },
    counts: { error: 0, warning: 1, info: 0 },
  },
  notices: [{ code: 'some_code', severity: 'warning', path: '/items/0', message: { en: 'a', fr: 'b' } }],
  feed: testFeed('ottawa', 'municipal'),
};

describe('the downloaded report', () => {
  it('holds the summary and the notices, not the feed', () => {
    const report = JSON.parse(reportJson(result)) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['summary', 'notices']);
    expect(report.notices).toEqual(result.notices);
  });

  it('is named after the publisher and the day it was checked', () => {
    expect(reportFileName(result)).toBe('feed-report-ottawa-2026-11-20.json');
    expect(reportFileName({ summary: { ...result.summary, publisher: null } })).toBe('feed-report-draft-2026-11-20.json');
  });
});

describe('offsetOf', () => {
  it('finds a line and column in the text', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n}';
    expect(text.slice(offsetOf(text, 3, 3))).toMatch(/^"b"/);
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});

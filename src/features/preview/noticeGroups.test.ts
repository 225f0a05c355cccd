import { describe, expect, it } from 'vitest';
import type { Notice } from '../../content/validation/notice';
import { groupNotices, readSeverities, writeSeverities } from './noticeGroups';

const notice = (code: string, severity: Notice['severity'], line: number): Notice => ({
  code,
  severity,
  path: `/items/${line}`,
  line,
  column: 1,
  message: { en: code, fr: code },
});

describe('groupNotices', () => {
  const notices = [
    notice('stale_date', 'info', 1),
    notice('missing_french', 'warning', 2),
    notice('script_in_html', 'error', 3),
    notice('missing_french', 'warning', 4),
    notice('missing_french', 'warning', 5),
  ];

  it('groups by code, most serious first, and keeps the first occurrences of each', () => {
    const groups = groupNotices(notices, ['error', 'warning', 'info'], 2);
    expect(groups.map((group) => [group.code, group.count, group.more])).toEqual([
      ['script_in_html', 1, 0],
      ['missing_french', 3, 1],
      ['stale_date', 1, 0],
    ]);
    expect(groups[1]?.shown.map((shown) => shown.line)).toEqual([2, 4]);
  });

  it('leaves out the severities not asked for', () => {
    expect(groupNotices(notices, ['error']).map((group) => group.code)).toEqual(['script_in_html']);
    expect(groupNotices(notices, [])).toEqual([]);
  });
});

describe('severity filter in the address', () => {
  it('reads known severities in a fixed order, and every severity when none is named', () => {
    expect(readSeverities('warning,error')).toEqual(['error', 'warning']);
    expect(readSeverities(null)).toEqual(['error', 'warning', 'info']);
    expect(readSeverities('nonsense')).toEqual(['error', 'warning', 'info']);
  });

  it('writes nothing when all are shown, and says so when none is', () => {
    expect(writeSeverities(['info', 'error'])).toBe('error,info');
    expect(writeSeverities(['error', 'warning', 'info'])).toBeNull();
    expect(readSeverities(writeSeverities([]))).toEqual([]);
  });
});

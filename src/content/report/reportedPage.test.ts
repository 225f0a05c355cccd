import { describe, expect, it } from 'vitest';
import { REPORTED_PAGE_MAX, reportedPage } from './reportedPage';

describe('reportedPage', () => {
  it('keeps the path of a page of this site, without its query or fragment', () => {
    expect(reportedPage('/en/tasks/on.ohip')).toBe('/en/tasks/on.ohip');
    expect(reportedPage('/en/search?q=K1A+0B1#results')).toBe('/en/search');
    expect(reportedPage('/fr/services?jurisdiction=provincial')).toBe('/fr/services');
  });

  it('refuses anything that is not a path of this site', () => {
    for (const raw of ['//evil.example/x', '/\\evil.example/x', 'https://evil.example/', 'javascript:alert(1)', 'en/tasks', '', null, undefined]) {
      expect(reportedPage(raw)).toBeNull();
    }
  });

  it('cuts a very long path instead of refusing it', () => {
    const long = `/en/tasks/${'a'.repeat(2_000)}`;
    expect(reportedPage(long)).toHaveLength(REPORTED_PAGE_MAX);
  });
});

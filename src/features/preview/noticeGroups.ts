import type { Notice, Severity } from '../../content/validation/notice';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Occurrences listed per code before "and N more": enough to see the pattern, few enough to read. */
export const SHOWN_PER_CODE = 50;

export interface NoticeGroup {
  code: string;
  severity: Severity;
  count: number;
  shown: Notice[];
  /** Occurrences beyond those shown. */
  more: number;
}

/**
 * Notices by code, most serious first, then in the order their first occurrence stands in the
 * file, keeping the first `limit` occurrences of each.
 */
export function groupNotices(notices: readonly Notice[], severities: readonly Severity[], limit = SHOWN_PER_CODE): NoticeGroup[] {
  const groups = new Map<string, Notice[]>();
  for (const notice of notices) {
    if (!severities.includes(notice.severity)) continue;
    groups.set(notice.code, [...(groups.get(notice.code) ?? []), notice]);
  }
  const rank = (severity: Severity) => SEVERITY_ORDER.indexOf(severity);
  return [...groups.entries()]
    .map(([code, all]) => {
      const severity = all[0]?.severity ?? 'info';
      return { code, severity, count: all.length, shown: all.slice(0, limit), more: Math.max(0, all.length - limit) };
    })
    .sort((a, b) => rank(a.severity) - rank(b.severity));
}

const NONE = 'none';

/** The severities the address asks to show (`?show=error,warning`); all of them when it names none. */
export function readSeverities(value: string | null): Severity[] {
  if (value === NONE) return [];
  const asked = (value ?? '').split(',').filter((part): part is Severity => SEVERITY_ORDER.includes(part as Severity));
  return asked.length ? SEVERITY_ORDER.filter((severity) => asked.includes(severity)) : [...SEVERITY_ORDER];
}

/** The address value for a set of severities: nothing when all are shown, so the plain address stays plain. */
export function writeSeverities(severities: readonly Severity[]): string | null {
  const ordered = SEVERITY_ORDER.filter((severity) => severities.includes(severity));
  if (ordered.length === 0) return NONE;
  return ordered.length === SEVERITY_ORDER.length ? null : ordered.join(',');
}

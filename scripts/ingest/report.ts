import type { PortalKind } from '../../src/api/portalConfig';
import type { Severity } from '../../src/content/validation/notice';
import type { Status } from './decide';

/** The reasons a report lists for one source; the count says how many there were in all. */
export const REASONS_LISTED = 20;

export interface SourceReport {
  /** The source id, or "<id>.<lang>" for one language of a news source. */
  source: string;
  kind: PortalKind;
  status: Status;
  reason?: string;
  /** Entries in this run's answer. */
  read: number;
  /** Records the adapter or the loader left out, with the first reasons. */
  rejected: { count: number; reasons: string[] };
  /** Entries the snapshot holds from the previous run instead of this run's answer. */
  keptFromPrevious: number;
  /** Entries the snapshot holds for the source. */
  entries: number;
  ms: number;
  retries: number;
  /** The validator's notices on what the snapshot holds (feeds only). */
  notices: Record<Severity, number>;
}

export interface IngestReport {
  generatedAt: string;
  asOf: string;
  offline: boolean;
  /** False when no source gave anything, so nothing was written. */
  written: boolean;
  ms: number;
  municipalities: number;
  sources: SourceReport[];
}

const MARK: Record<Status, string> = { read: '✓', 'not-modified': '=', 'kept-previous': '!', failed: '✗' };

function noticeText({ error, warning, info }: Record<Severity, number>): string {
  return error + warning + info === 0 ? '' : `; ${error} errors, ${warning} warnings, ${info} notes`;
}

function sourceLine(row: SourceReport, width: number): string {
  const what: Record<Status, string> = {
    read: `${row.read} read, ${row.rejected.count} rejected`,
    'not-modified': `${row.entries} entries, unchanged`,
    'kept-previous': `${row.keptFromPrevious} kept from the previous run${row.read ? ` (${row.read} read)` : ''}`,
    failed: row.keptFromPrevious ? `${row.keptFromPrevious} kept from the previous run` : 'nothing kept',
  };
  const retries = row.retries ? `, ${row.retries} ${row.retries === 1 ? 'retry' : 'retries'}` : '';
  const lines = [`${MARK[row.status]} ${row.source.padEnd(width)}  ${row.status.padEnd(13)} ${what[row.status]}${noticeText(row.notices)} (${row.ms} ms${retries})`];
  if (row.reason) lines.push(`    ${row.reason}`);
  for (const reason of row.rejected.reasons) lines.push(`    - ${reason.split('\n')[0]}`);
  if (row.rejected.count > row.rejected.reasons.length) lines.push(`    … and ${row.rejected.count - row.rejected.reasons.length} more (report.json)`);
  return lines.join('\n');
}

/** The per-source report as printed: one line a source, then why and what was left out. */
export function textReport(report: IngestReport, out: string): string {
  const width = Math.max(0, ...report.sources.map((row) => row.source.length));
  const counts = (status: Status) => report.sources.filter((row) => row.status === status).length;
  const summary = report.written
    ? `Snapshot written to ${out}: ${report.sources.length} sources (${counts('read')} read, ${counts('not-modified')} unchanged, ${counts('kept-previous')} kept from the previous run, ${counts('failed')} failed), ${report.municipalities} municipalities, in ${report.ms} ms.`
    : `Nothing written to ${out}: no source could be read and there was no previous copy.`;
  const head = `Ingest${report.offline ? ' (offline)' : ''}, feeds judged as of ${report.asOf}`;
  return [head, ...report.sources.map((row) => sourceLine(row, width)), summary].join('\n');
}

import { z } from 'zod';
import { localDay } from './localDay';
import { Profile } from './profile';
import { Progress } from './progress';

/**
 * A backup of what the person keeps on their device — profile and progress — as one JSON file
 * they can carry to another device. Reading one is all or nothing: a file with any problem is
 * rejected whole, so a bad file never half-replaces a plan.
 */
export const BACKUP_FORMAT = 'no-wrong-door-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was made (ISO 8601, UTC). */
  exportedAt: string;
  /** Null when the person never saved a profile. */
  profile: Profile | null;
  progress: Progress;
}

export type BackupErrorCode =
  /** The file is not JSON at all (another kind of file, or a damaged one). */
  | 'not-json'
  /** JSON, but not a No Wrong Door backup. */
  | 'not-a-backup'
  /** A backup from a newer version of the app than this one can read. */
  | 'newer-version'
  /** A backup, but some of its content is malformed. */
  | 'invalid';

export interface BackupError {
  code: BackupErrorCode;
  /** Each thing wrong, e.g. 'progress.steps["ca.sin"].status: must be one of …'. */
  fields: string[];
}

export type ParsedBackup =
  | { ok: true; profile: Profile | null; progress: Progress; exportedAt: string | null }
  | { ok: false; error: BackupError };

const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  // Informational only: a hand-made backup without it is still usable.
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  profile: Profile.nullable(),
  progress: Progress,
});

// Worded like the feed problems, so a person (or whoever helps them) can find the fault.
const backupErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && issue.code !== 'custom') return 'is required';
  switch (issue.code) {
    case 'invalid_value':
      return `must be ${orList(issue.values.map((value) => JSON.stringify(value)))}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'object' || issue.expected === 'record' ? 'an object' : `a ${issue.expected}`}`;
    case 'invalid_key':
      return `is not a valid step id (${issue.issues.map((inner) => inner.message).join('; ')})`;
    case 'invalid_format':
      return issue.format === 'datetime' ? 'must be a date and time such as 2026-07-15T14:30:00Z' : undefined;
    default:
      return undefined;
  }
};

function orList(values: string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? '');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** progress.steps["ca.sin"].status: ids holding dots are quoted so the path stays readable. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      if (!IDENTIFIER.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

const fail = (code: BackupErrorCode, fields: string[] = []): ParsedBackup => ({ ok: false, error: { code, fields } });

export function createBackup(profile: Profile | null, progress: Progress, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), profile, progress };
}

/** no-wrong-door-backup-2026-07-15.json, dated by the person's own calendar day. */
export function backupFileName(now: Date): string {
  return `${BACKUP_FORMAT}-${localDay(now)}.json`;
}

/** Reads a backup file's text; never throws. */
export function parseBackup(text: string): ParsedBackup {
  let input: unknown;
  try {
    // Some editors save JSON with a byte-order mark, which JSON.parse refuses.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('not-json');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('not-a-backup', ['must be an object with "format": "no-wrong-door-backup"']);
  }
  const { format, version } = input as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) {
    return fail('not-a-backup', [format === undefined ? 'format: is required' : `format: must be "${BACKUP_FORMAT}"`]);
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return fail('newer-version', [`version: ${version} is newer than this app can read (${BACKUP_VERSION})`]);
  }
  const parsed = BackupFile.safeParse(input, { error: backupErrors });
  if (!parsed.success) return fail('invalid', describe(parsed.error));
  const { profile, progress, exportedAt } = parsed.data;
  return { ok: true, profile, progress, exportedAt: exportedAt ?? null };
}

import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, createBackup, parseBackup } from './backup';
import { Profile } from './profile';
import { emptyProgress, type Progress } from './progress';

const now = new Date('2026-11-02T15:30:00Z');

const profile = Profile.parse({
  version: 1,
  stage: 'arrived',
  arrivalDate: '2026-09-15',
  municipality: 'ottawa',
  category: 'economic',
  household: { spouseOrPartner: true, children0to5: false, children6to17: true },
  drives: true,
  language: 'fr',
});

const progress: Progress = {
  version: 1,
  steps: {
    'ca.sin': { status: 'done', updatedAt: '2026-09-16T14:00:00.000Z' },
    'on.ohip': { status: 'in-progress', updatedAt: '2026-09-17T09:30:00.000Z' },
  },
};

const backupText = (patch: Record<string, unknown> = {}) =>
  JSON.stringify({ ...createBackup(profile, progress, now), ...patch });

describe('createBackup', () => {
  it('wraps profile and progress in a dated, versioned envelope', () => {
    expect(createBackup(profile, progress, now)).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-11-02T15:30:00.000Z',
      profile,
      progress,
    });
  });
});

describe('backupFileName', () => {
  it('names the file after the local day it was made', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('no-wrong-door-backup-2026-01-05.json');
    expect(backupFileName(new Date(2026, 11, 31, 0, 1))).toBe('no-wrong-door-backup-2026-12-31.json');
  });
});

describe('parseBackup', () => {
  it('gives back exactly what was backed up', () => {
    expect(parseBackup(backupText())).toEqual({ ok: true, profile, progress, exportedAt: '2026-11-02T15:30:00.000Z' });
  });

  it('round-trips a device that never saved a profile', () => {
    const text = JSON.stringify(createBackup(null, emptyProgress(), now), null, 2);
    expect(parseBackup(text)).toMatchObject({ ok: true, profile: null, progress: emptyProgress() });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${backupText()}`)).toMatchObject({ ok: true, progress });
  });

  it.each([
    ['an empty file', ''],
    ['a damaged file', backupText().slice(0, 40)],
    ['a picture', '\u0089PNG\r\n\u001a\n'],
  ])('says "not-json" for %s', (_, text) => {
    expect(parseBackup(text)).toEqual({ ok: false, error: { code: 'not-json', fields: [] } });
  });

  it.each([
    ['a list', '[1, 2]', 'must be an object with "format": "no-wrong-door-backup"'],
    ['a number', '42', 'must be an object with "format": "no-wrong-door-backup"'],
    ['null', 'null', 'must be an object with "format": "no-wrong-door-backup"'],
    ['a news feed', '{"schemaVersion":"1.0","items":[]}', 'format: is required'],
    ['another app’s backup', '{"format":"other-app-backup","version":1}', 'format: must be "no-wrong-door-backup"'],
  ])('says "not-a-backup" for %s', (_, text, field) => {
    expect(parseBackup(text)).toEqual({ ok: false, error: { code: 'not-a-backup', fields: [field] } });
  });

  it('says "newer-version" for a backup from a newer app, whatever else it holds', () => {
    expect(parseBackup(backupText({ version: 2, progress: { steps: 'changed in version 2' } }))).toEqual({
      ok: false,
      error: { code: 'newer-version', fields: ['version: 2 is newer than this app can read (1)'] },
    });
  });

  it('rejects a whole backup when one step status is malformed, naming the field', () => {
    const steps = { ...progress.steps, 'ca.sin': { status: 'finished', updatedAt: '2026-09-16T14:00:00.000Z' } };
    const result = parseBackup(backupText({ progress: { version: 1, steps } }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        fields: ['progress.steps["ca.sin"].status: must be "not-started", "in-progress", "done" or "not-for-me"'],
      },
    });
    // Nothing from the file comes back, not even the parts that were fine.
    expect(result).not.toHaveProperty('profile');
    expect(result).not.toHaveProperty('progress');
  });

  it.each([
    [{ version: 0 }, 'version: must be 1'],
    [{ version: '1' }, 'version: must be 1'],
    [{ progress: undefined }, 'progress: is required'],
    [{ profile: { ...profile, arrivalDate: '15/09/2026' } }, 'profile.arrivalDate: must be a date written YYYY-MM-DD'],
    [{ profile: { ...profile, stage: 'landed' } }, 'profile.stage: must be "exploring", "approved" or "arrived"'],
    [{ profile: { ...profile, household: 'yes' } }, 'profile.household: must be an object'],
    [
      { progress: { version: 1, steps: { 'Not An Id': { status: 'done', updatedAt: '2026-09-16T14:00:00.000Z' } } } },
      'progress.steps["Not An Id"]: is not a valid step id (must be lowercase letters and digits separated by dots or hyphens)',
    ],
    [
      { progress: { version: 1, steps: { 'ca.sin': { status: 'done', updatedAt: 'yesterday' } } } },
      'progress.steps["ca.sin"].updatedAt: must be a date and time such as 2026-07-15T14:30:00Z',
    ],
    [{ exportedAt: 'last week' }, 'exportedAt: must be a date and time such as 2026-07-15T14:30:00Z'],
  ])('says "invalid" and names the field for %j', (patch, field) => {
    expect(parseBackup(backupText(patch))).toEqual({ ok: false, error: { code: 'invalid', fields: [field] } });
  });

  it('lists every problem at once', () => {
    const result = parseBackup(backupText({ profile: { ...profile, stage: 'landed', drives: 'often' }, progress: { version: 1, steps: [] } }));
    expect(result.ok ? [] : result.error.fields).toEqual([
      'profile.stage: must be "exploring", "approved" or "arrived"',
      'profile.drives: must be a boolean',
      'progress.steps: must be an object',
    ]);
  });
});

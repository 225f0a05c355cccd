import type { z } from 'zod';
import { SCHEMA_MAJOR, SCHEMA_VERSION } from '../feed';
import type { ReadFeed, SkippedEntry } from '../parseFeed';
import { fieldLabel, valueAt } from './fieldLabel';
import { pointer, type Message, type Notice } from './notice';
import type { ReadProblem } from './sourceText';
import { closest } from './suggest';
import {
  coordinatesOutOfArea,
  coordinatesSwapped,
  duplicateId,
  emptyFile,
  emptyList,
  emptyText,
  feedNotObject,
  feedRejected,
  inEnvelope,
  invalidDate,
  invalidDatetime,
  invalidId,
  invalidJson,
  invalidLanguageCode,
  invalidPostalCode,
  invalidTime,
  invalidUrl,
  invalidValue,
  notJson,
  requiredFieldMissing,
  unknownCode,
  unsupportedSchemaVersion,
  valueOutOfRange,
  wrongType,
} from './structureNotices';
import { suggestDate, suggestId, suggestLanguageCode, suggestPostalCode, suggestTime, suggestUrl } from './structureSuggestions';

export function readProblemNotice(problem: ReadProblem): Notice {
  switch (problem.kind) {
    case 'empty':
      return emptyFile.create({ path: '' }, {});
    case 'not-json':
      return { ...notJson.create({ path: '' }, { looksLike: problem.looksLike }), line: 1, column: 1 };
    case 'invalid-json':
      return {
        ...invalidJson.create({ path: '' }, { reason: problem.reason, ...problem.position }),
        ...problem.position,
      };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A feed that is not an object, or of another major version, is rejected before anything else. */
export function versionNotice(value: unknown): Notice | null {
  if (!isObject(value)) return feedNotObject.create({ path: '' }, {});
  const version = value.schemaVersion;
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version) && !version.startsWith(`${SCHEMA_MAJOR}.`)) {
    return unsupportedSchemaVersion.create({ path: pointer('schemaVersion') }, { version });
  }
  return null;
}

const ID_FIELDS = new Set(['id', 'serviceId', 'dependsOn', 'services']);
const LAT_RANGE = [41, 57] as const;
const LNG_RANGE = [-96, -74] as const;
const inRange = (value: unknown, [min, max]: readonly [number, number]) =>
  typeof value === 'number' && value >= min && value <= max;

function coordinatesNotice(coordinates: unknown, at: { path: string; id?: string }): Notice {
  const { lat, lng } = isObject(coordinates) ? coordinates : {};
  if (inRange(lng, LAT_RANGE) && inRange(lat, LNG_RANGE)) {
    return coordinatesSwapped.create(at, { lat, lng }, JSON.stringify({ lat: lng, lng: lat }));
  }
  if (inRange(lat, LAT_RANGE) && typeof lng === 'number' && inRange(-lng, LNG_RANGE)) {
    return coordinatesOutOfArea.create(
      at,
      {
        lat,
        lng,
        hint: { en: 'The longitude seems to have lost its minus sign.', fr: 'La longitude semble avoir perdu son signe moins.' },
      },
      JSON.stringify({ lat, lng: -lng }),
    );
  }
  return coordinatesOutOfArea.create(at, { lat, lng });
}

function formatIssue(issue: z.core.$ZodIssueInvalidStringFormat, parts: PropertyKey[], value: unknown, at: { path: string; id?: string }, field: string): Notice {
  const last = [...parts].reverse().find((part) => typeof part === 'string');
  const params = { field, value };
  if (last === 'postalCode') return invalidPostalCode.create(at, params, suggestPostalCode(value));
  if (issue.format === 'date') return invalidDate.create(at, params, suggestDate(value));
  if (issue.format === 'datetime') return invalidDatetime.create(at, params);
  if (issue.format === 'url') return invalidUrl.create(at, params, suggestUrl(value));
  if (last === 'opens' || last === 'closes') return invalidTime.create(at, params, suggestTime(value));
  if (last === 'languages') return invalidLanguageCode.create(at, params, suggestLanguageCode(value));
  if (typeof last === 'string' && ID_FIELDS.has(last)) return invalidId.create(at, params, suggestId(value));
  if (last === 'municipality' || last === 'municipalities') return invalidId.create(at, params, suggestId(value));
  return invalidValue.create(at, { ...params, rule: rule(issue) });
}

// The schema's own rules that no precise notice covers, in both languages.
const FR_RULES: Record<string, string> = {
  'must be lowercase letters, digits and hyphens': 'doit être écrit en lettres minuscules, chiffres et traits d’union',
  [`must be a ${SCHEMA_MAJOR}.x schema version`]: `doit être une version ${SCHEMA_MAJOR}.x du schéma, comme "${SCHEMA_VERSION}"`,
};
function rule(issue: z.core.$ZodIssue): Message {
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
    const exact = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    return issue.code === 'too_big'
      ? { en: `must be at most ${String(exact)} characters long`, fr: `doit compter au plus ${String(exact)} caractères` }
      : { en: `must be at least ${String(exact)} characters long`, fr: `doit compter au moins ${String(exact)} caractères` };
  }
  const message = issue.message.replace(/^it /, '');
  return { en: message, fr: FR_RULES[message] ?? `ne respecte pas la règle du flux (en anglais\u00a0: ${message})` };
}

/** One zod issue, worded for an editor. `base` is the entry's place in the feed. */
function issueNotice(issue: z.core.$ZodIssue, base: (string | number)[], root: unknown, id?: string): Notice {
  const parts = [...base, ...issue.path] as (string | number)[];
  const at = { path: pointer(...parts), id };
  // Inside an entry, name the field as the entry has it; in the envelope, from the top.
  const field = fieldLabel(issue.path.length ? issue.path : parts) || '(feed)';
  const value = valueAt(root, parts);
  if (issue.message === 'is required') return requiredFieldMissing.create(at, { field });
  switch (issue.code) {
    case 'invalid_type':
      return wrongType.create(at, { field, expected: issue.expected, actual: value });
    case 'invalid_value': {
      const nearest = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      return unknownCode.create(at, { field, value, allowed: issue.values, nearest }, nearest);
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]) : [];
      if (options.length) {
        const nearest = typeof value === 'string' ? closest(value, options.map(String)) : undefined;
        return unknownCode.create(at, { field, value, allowed: options, nearest }, nearest);
      }
      return invalidValue.create(at, { field, value, rule: rule(issue) });
    }
    case 'invalid_key':
      return invalidLanguageCode.create(at, { field, value: String(issue.path.at(-1)) }, suggestLanguageCode(issue.path.at(-1)));
    case 'invalid_format':
      return formatIssue(issue, parts, value, at, field);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return emptyText.create(at, { field });
      if (issue.origin === 'string') return invalidValue.create(at, { field, value, rule: rule(issue) });
      if (issue.origin === 'array') return emptyList.create(at, { field, minimum: Number(issue.minimum) });
      return valueOutOfRange.create(at, { field, value, bound: `at least ${String(issue.minimum)}` });
    case 'too_big':
      if (issue.origin === 'string') return invalidValue.create(at, { field, value, rule: rule(issue) });
      return valueOutOfRange.create(at, { field, value, bound: `at most ${String(issue.maximum)}` });
    case 'custom':
      if (/^needs (text|an address) in at least one language$/.test(issue.message)) return emptyText.create(at, { field });
      return invalidValue.create(at, { field, value, rule: rule(issue) });
    default:
      if (issue.code === 'not_multiple_of') return valueOutOfRange.create(at, { field, value, bound: 'a whole number' });
      return invalidValue.create(at, { field, value, rule: rule(issue) });
  }
}

function entryNotices(entry: SkippedEntry, root: unknown): Notice[] {
  const base = [entry.section, entry.index];
  if (entry.duplicateOf !== undefined) {
    return [duplicateId.create({ path: pointer(...base, 'id'), id: entry.id }, { firstPath: pointer(entry.section, entry.duplicateOf) })];
  }
  const notices: Notice[] = [];
  let coordinatesReported = false;
  for (const issue of entry.issues) {
    if (entry.section === 'offices' && issue.path[0] === 'coordinates' && issue.message !== 'is required') {
      // One notice for the point, whichever of its two numbers the schema refused.
      if (coordinatesReported) continue;
      coordinatesReported = true;
      notices.push(coordinatesNotice(valueAt(root, [...base, 'coordinates']), { path: pointer(...base, 'coordinates'), id: entry.id }));
      continue;
    }
    notices.push(issueNotice(issue, base, root, entry.id));
  }
  return notices;
}

/** The loader's reasons for rejecting the feed or skipping entries, as notices. */
export function schemaNotices(root: unknown, read: ReadFeed): Notice[] {
  if (!read.feed) {
    const envelope = read.envelopeIssues.map((issue) => inEnvelope(issueNotice(issue, [], root)));
    return [feedRejected.create({ path: '' }, { count: envelope.length }), ...envelope];
  }
  return read.skipped.flatMap((entry) => entryNotices(entry, root));
}

import { z } from 'zod';
import type { FeedInput } from '../../content/feed';
import { ItemId } from '../../content/item';
import { HttpsUrl, LanguageCode } from '../../content/localized';
import { Office, type OfficeInput } from '../../content/office';
import { describeIssues } from '../../content/parseFeed';
import { OFFICE_KINDS } from '../../content/taxonomy';
import { closest } from '../../content/validation/suggest';
import type { AdaptedSource, RejectedRecord, SourceContext } from './sourceRecords';
import { slug } from './slug';

/*
 * A CKAN DataStore resource (`datastore_search`) of municipal facilities, such as library
 * branches, read as offices. CKAN says nothing of what its columns mean, so the configuration
 * names them (`options.fields`); everything else a facility table rarely has (kind, services,
 * languages) comes from the configuration too.
 */

const Column = z.string().trim().min(1, 'must name a column');

const FieldMapping = z.object({
  id: Column.optional(),
  name: Column,
  street: Column,
  city: Column.optional(),
  postalCode: Column,
  lat: Column,
  lng: Column,
  phone: Column.optional(),
  url: Column.optional(),
  wheelchairAccessible: Column.optional(),
  dateModified: Column.optional(),
});
type FieldMapping = z.infer<typeof FieldMapping>;

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const CkanOptions = z.object({
  fields: FieldMapping,
  officeKind: z.enum(OFFICE_KINDS).default('library'),
  city: z.string().trim().min(1).optional(),
  services: z.array(ItemId).default([]),
  // A facility table never says which languages are spoken there; English is the floor in Ontario.
  languages: z.array(LanguageCode).min(1).default(['en']),
  /** The dataset's own page: the source of records that do not name one. */
  sourceUrl: HttpsUrl.optional(),
  /** Column → value(s) that mark a record the configuration leaves out, e.g. `{ PhysicalBranch: 0 }`. */
  skipWhen: z.record(z.string(), z.union([Scalar, z.array(Scalar)])).optional(),
});
type CkanOptions = z.infer<typeof CkanOptions>;

type Row = Record<string, unknown>;

interface DatastorePage {
  records: unknown[];
  /** Column names the resource declares, when it declares them. */
  columns?: string[];
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function isObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Own properties only: a column named "constructor" must not read Object.prototype.
function own(row: Row, key: string): unknown {
  return Object.hasOwn(row, key) ? row[key] : undefined;
}

/** A cell as text: trimmed, inner runs of spaces collapsed, and blank read as absent. */
function cellText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

function parseJson(text: string): Outcome<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(`the response is not JSON (${error instanceof Error ? error.message : 'unreadable'})`);
  }
}

// String() would call a "toString" key of the parsed object.
const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/** CKAN's error object: a `message`, or per-parameter messages for a validation error. */
function describeCkanError(error: unknown): string {
  if (!isObject(error)) return 'CKAN answered `success: false` without saying why';
  const type = cellText(own(error, '__type'));
  const message = cellText(own(error, 'message'));
  const details = Object.entries(error)
    .filter(([key]) => key !== '__type' && key !== 'message')
    .map(([key, value]) => `${key}: ${(Array.isArray(value) ? value : [value]).map(asText).join(', ')}`);
  const said = [message, ...details].filter(Boolean).join('; ') || 'no message';
  return `CKAN answered with an error${type ? ` (${type})` : ''}: ${said}`;
}

function columnsOf(fields: unknown): string[] | undefined {
  if (!Array.isArray(fields)) return undefined;
  return fields.flatMap((field) => (isObject(field) && typeof own(field, 'id') === 'string' ? [own(field, 'id') as string] : []));
}

// `records_format=lists` sends each record as values in the order of `fields`.
function asRow(record: unknown, columns: string[] | undefined): unknown {
  if (!Array.isArray(record) || !columns) return record;
  return Object.fromEntries(columns.map((column, i) => [column, record[i]]));
}

function readPage(responseText: string): Outcome<DatastorePage> {
  const parsed = parseJson(responseText);
  if (!parsed.ok) return parsed;
  const body = parsed.value;
  if (!isObject(body)) return fail('the response is not a CKAN API answer (expected a JSON object)');
  if (own(body, 'success') === false || own(body, 'error') !== undefined) return fail(describeCkanError(own(body, 'error')));
  const result = own(body, 'result');
  const records = isObject(result) ? own(result, 'records') : undefined;
  if (!isObject(result) || !Array.isArray(records)) {
    return fail('the response has no `result.records` list: is the address a `datastore_search` call with `records_format=objects`?');
  }
  const columns = columnsOf(own(result, 'fields'));
  return { ok: true, value: { records: records.map((record) => asRow(record, columns)), columns } };
}

// Zod's own words for a missing setting ("expected object, received undefined") are a programmer's.
const requiredIsMissing: z.core.$ZodErrorMap = (issue) =>
  issue.input === undefined && issue.code !== 'custom' ? 'is required' : undefined;

function readOptions(context: SourceContext): Outcome<CkanOptions> {
  const parsed = CkanOptions.safeParse(context.options ?? {}, { error: requiredIsMissing });
  if (!parsed.success) return fail(`the source's configuration is not usable: options.${describeIssues(parsed.error).join('; options.')}`);
  if (!ItemId.safeParse(context.sourceId).success) {
    return fail(`the source id "${context.sourceId}" cannot start office ids: use lowercase letters, digits, dots and hyphens`);
  }
  return { ok: true, value: parsed.data };
}

// A mistyped column would otherwise reject every record with a misleading reason.
function checkColumns(options: CkanOptions, columns: string[] | undefined): Outcome<true> {
  if (!columns) return { ok: true, value: true };
  const named = [
    ...Object.entries(options.fields).map(([key, column]) => ({ where: `options.fields.${key}`, column })),
    ...Object.keys(options.skipWhen ?? {}).map((column) => ({ where: 'options.skipWhen', column })),
  ];
  const missing = named.filter(({ column }) => column !== undefined && !columns.includes(column));
  if (missing.length === 0) return { ok: true, value: true };
  const described = missing.map(({ where, column = '' }) => {
    const near = closest(column, columns);
    return `"${column}" (${where})${near ? `: did you mean "${near}"?` : ''}`;
  });
  return fail(`the field mapping names columns this resource does not have: ${described.join(', ')}. Its columns are: ${columns.join(', ')}`);
}

const POSTAL = /^([A-Z]\d[A-Z]) ?(\d[A-Z]\d)$/;
const PROVINCE = /^(ON|Ont\.?|Ontario)$/i;
const PROVINCE_AND_POSTAL = /^(?:ON|Ont\.?|Ontario)\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i;

function normalPostalCode(text: string): string | undefined {
  const match = POSTAL.exec(text.toUpperCase().replace(/\s+/g, ' '));
  return match ? `${match[1]} ${match[2]}` : undefined;
}

interface SplitAddress {
  street: string;
  city?: string;
  postalCode?: string;
}

/**
 * Facility tables often hold the whole address in one cell ("1515 Albion Road, Toronto, ON,
 * M9V 1B2"): the office's street is the part before the city, province and postal code.
 */
function splitAddress(address: string, knownCity: string | undefined): SplitAddress {
  const parts = address.split(',').map((part) => part.trim()).filter(Boolean);
  let postalCode: string | undefined;
  let city: string | undefined;
  let province = false;
  const last = () => parts[parts.length - 1] ?? '';
  if (parts.length > 1 && normalPostalCode(last())) postalCode = normalPostalCode(parts.pop() ?? '');
  const combined = parts.length > 1 ? PROVINCE_AND_POSTAL.exec(last()) : null;
  if (combined) {
    postalCode ??= normalPostalCode(combined[1] ?? '');
    parts.pop();
    province = true;
  } else if (parts.length > 1 && PROVINCE.test(last())) {
    parts.pop();
    province = true;
  }
  // After a province, the part before it is the city, whatever it is called.
  if (parts.length > 1 && (province || last().toLowerCase() === knownCity?.toLowerCase())) city = parts.pop();
  return { street: parts.join(', '), city, postalCode };
}

function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value);
  if (text === undefined || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

const inOntarioBox = (lat: number, lng: number) => lat >= 41 && lat <= 57 && lng >= -96 && lng <= -74;

function readCoordinates(row: Row, fields: FieldMapping): Outcome<{ lat: number; lng: number }> {
  const rawLat = own(row, fields.lat);
  const rawLng = own(row, fields.lng);
  if (cellText(rawLat) === undefined && cellText(rawLng) === undefined) {
    return fail(`no coordinates (\`${fields.lat}\` and \`${fields.lng}\` are empty), so it cannot be listed by distance`);
  }
  const lat = readNumber(rawLat);
  const lng = readNumber(rawLng);
  if (lat === undefined || lng === undefined) {
    return fail(`coordinates ${JSON.stringify(rawLat ?? null)}, ${JSON.stringify(rawLng ?? null)} in \`${fields.lat}\` and \`${fields.lng}\` are not both numbers`);
  }
  if (inOntarioBox(lat, lng)) return { ok: true, value: { lat, lng } };
  // Swapped columns are unambiguous here: no Ontario latitude is a valid Ontario longitude.
  if (inOntarioBox(lng, lat)) return { ok: true, value: { lat: lng, lng: lat } };
  return fail(`coordinates ${lat}, ${lng} in \`${fields.lat}\` and \`${fields.lng}\` are not in Ontario`);
}

function readPostalCode(row: Row, fields: FieldMapping, fromAddress: string | undefined): Outcome<string> {
  const cell = cellText(own(row, fields.postalCode));
  if (cell === undefined) {
    return fromAddress
      ? { ok: true, value: fromAddress }
      : fail(`no postal code (\`${fields.postalCode}\` is empty and \`${fields.street}\` does not end with one)`);
  }
  const postalCode = normalPostalCode(cell);
  return postalCode
    ? { ok: true, value: postalCode }
    : fail(`postal code "${cell}" in \`${fields.postalCode}\` is not a Canadian postal code such as M5V 3L9`);
}

/** A web address, with the scheme some tables leave out ("www.example.ca/branch"). */
function readUrl(value: unknown): string | undefined {
  const text = cellText(value);
  if (text === undefined || /\s/.test(text)) return undefined;
  const withScheme = /^https?:\/\//i.test(text) ? text : /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(text) ? `https://${text}` : '';
  return HttpsUrl.safeParse(withScheme).success ? withScheme : undefined;
}

/** A yes/no flag as facility tables write it (1/0, "Y"/"N", "yes"/"no", true/false); else unknown. */
function readFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = cellText(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (['1', 'y', 'yes', 'true', 'oui'].includes(text)) return true;
  if (['0', 'n', 'no', 'false', 'non'].includes(text)) return false;
  return undefined;
}

/** "2026-03-04", "2026-03-04 10:22:01" or "2026-03-04T10:22:01Z" as the date it names. */
function readDate(value: unknown): string | undefined {
  const date = /^(\d{4}-\d{2}-\d{2})(?:[ T][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(cellText(value) ?? '')?.[1];
  return date && z.iso.date().safeParse(date).success ? date : undefined;
}


/** "greater-sudbury" → "Greater Sudbury": a city name when the configuration gives none. */
function cityFromMunicipality(municipality: string): string {
  return municipality
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function skippedBy(row: Row, skipWhen: CkanOptions['skipWhen']): string | undefined {
  for (const [column, values] of Object.entries(skipWhen ?? {})) {
    const cell = cellText(own(row, column)) ?? null;
    const listed = (Array.isArray(values) ? values : [values]).map((value) => cellText(value) ?? null);
    if (listed.includes(cell)) return `left out by the configuration (\`${column}\` is ${cell === null ? 'empty' : JSON.stringify(own(row, column))})`;
  }
  return undefined;
}

interface Setting {
  options: CkanOptions;
  context: SourceContext;
  municipality: string;
}

function buildOffice(row: Row, setting: Setting): Outcome<OfficeInput> {
  const { options, context, municipality } = setting;
  const { fields } = options;
  const skip = skippedBy(row, options.skipWhen);
  if (skip) return fail(skip);
  const name = cellText(own(row, fields.name));
  if (!name) return fail(`no name (\`${fields.name}\` is empty)`);
  const address = cellText(own(row, fields.street));
  if (!address) return fail(`not a place people can visit: no street address (\`${fields.street}\` is empty)`);
  const coordinates = readCoordinates(row, fields);
  if (!coordinates.ok) return coordinates;
  const cityCell = fields.city ? cellText(own(row, fields.city)) : undefined;
  const split = splitAddress(address, cityCell ?? options.city);
  if (!split.street) return fail(`not a place people can visit: no street address (\`${fields.street}\` holds "${address}")`);
  const postalCode = readPostalCode(row, fields, split.postalCode);
  if (!postalCode.ok) return postalCode;
  const ownId = slug((fields.id ? cellText(own(row, fields.id)) : undefined) ?? '') || slug(name);
  if (!ownId) return fail(`no id that can be written in letters and digits (\`${fields.id ?? fields.name}\`)`);
  const url = fields.url ? readUrl(own(row, fields.url)) : undefined;
  const phone = fields.phone ? cellText(own(row, fields.phone)) : undefined;
  const wheelchairAccessible = fields.wheelchairAccessible ? readFlag(own(row, fields.wheelchairAccessible)) : undefined;
  const homepage = Object.values(context.publisher.homepage)[0] ?? '';
  return {
    ok: true,
    value: {
      id: `${context.sourceId}.${ownId}`,
      kind: options.officeKind,
      name: { en: name },
      address: {
        street: split.street,
        city: cityCell ?? options.city ?? split.city ?? cityFromMunicipality(municipality),
        province: 'ON',
        postalCode: postalCode.value,
      },
      coordinates: coordinates.value,
      ...(phone ? { phone } : {}),
      ...(url ? { url: { en: url } } : {}),
      services: options.services,
      languages: options.languages,
      ...(wheelchairAccessible === undefined ? {} : { wheelchairAccessible }),
      municipality,
      source: url ?? options.sourceUrl ?? homepage,
      dateModified: (fields.dateModified ? readDate(own(row, fields.dateModified)) : undefined) ?? context.fetchedOn,
    },
  };
}

/** How an editor of the source finds the record: its CKAN row `_id` and its name. */
function describeRecord(record: unknown, index: number, fields: FieldMapping): { label: string; recordId?: string } {
  const row = isObject(record) ? record : {};
  const rowId = cellText(own(row, '_id')) ?? String(index + 1);
  const name = cellText(own(row, fields.name));
  const recordId = fields.id ? cellText(own(row, fields.id)) : undefined;
  return { label: `record ${rowId}${name ? ` (${name})` : ''}`, recordId };
}

function emptyFeed(context: SourceContext, offices: OfficeInput[] = []): FeedInput {
  return {
    schemaVersion: '1.0',
    publisher: context.publisher,
    generatedAt: `${context.fetchedOn}T00:00:00Z`,
    items: [],
    offices,
    municipalities: [],
  };
}

function unusable(context: SourceContext, reason: string): AdaptedSource {
  return { feed: emptyFeed(context), rejected: [{ index: -1, reason }] };
}

function adaptRecords(records: unknown[], setting: Setting): AdaptedSource {
  const offices: OfficeInput[] = [];
  const rejected: RejectedRecord[] = [];
  const firstWithId = new Map<string, string>();
  records.forEach((record, index) => {
    const { label, recordId } = describeRecord(record, index, setting.options.fields);
    const reject = (reason: string) => rejected.push({ index, ...(recordId ? { recordId } : {}), reason: `${label}: ${reason}` });
    if (!isObject(record)) return reject(`not a record (expected an object of columns, found ${Array.isArray(record) ? 'a list' : typeof record})`);
    const built = buildOffice(record, setting);
    if (!built.ok) return reject(built.reason);
    const checked = Office.safeParse(built.value);
    if (!checked.success) return reject(`cannot be shown as an office: ${describeIssues(checked.error).join('; ')}`);
    const first = firstWithId.get(built.value.id);
    if (first) return reject(`has the same id as ${first}; give each record its own \`${setting.options.fields.id ?? setting.options.fields.name}\``);
    firstWithId.set(built.value.id, label);
    offices.push(built.value);
  });
  return { feed: emptyFeed(setting.context, offices), rejected };
}

/**
 * One page of a `datastore_search` answer as offices. A response that is not a usable answer
 * (an error, a CKAN `success: false`, a broken configuration) is one rejection at index -1.
 */
export function adaptCkanDatastore(responseText: string, context: SourceContext): AdaptedSource {
  const options = readOptions(context);
  if (!options.ok) return unusable(context, options.reason);
  const municipality = context.municipality ?? (options.value.city ? slug(options.value.city) : undefined);
  if (!municipality) return unusable(context, 'the source names no municipality: set `municipality` or `options.city`');
  const page = readPage(responseText);
  if (!page.ok) return unusable(context, page.reason);
  const columns = checkColumns(options.value, page.value.columns);
  if (!columns.ok) return unusable(context, columns.reason);
  return adaptRecords(page.value.records, { options: options.value, context, municipality });
}

function pageBody(response: unknown): unknown {
  if (typeof response !== 'string') return response;
  const parsed = parseJson(response);
  return parsed.ok ? parsed.value : undefined;
}

function readOffset(value: unknown): number | undefined {
  const number = readNumber(value);
  return number !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/**
 * The address of the page after this one, or undefined on the last page. It counts the records
 * received rather than trusting `limit` or `_links.next`: CKAN caps `limit` silently and gives
 * `next` even on the last page, so only `total` says when to stop.
 */
export function nextPageUrl(url: string, response: unknown): string | undefined {
  const body = pageBody(response);
  if (!isObject(body) || own(body, 'success') !== true) return undefined;
  const result = own(body, 'result');
  if (!isObject(result)) return undefined;
  const records = own(result, 'records');
  const total = readOffset(own(result, 'total'));
  if (!Array.isArray(records) || records.length === 0 || total === undefined) return undefined;
  const base = 'http://relative.invalid';
  let address: URL;
  try {
    address = new URL(url, base);
  } catch {
    return undefined;
  }
  const offset = readOffset(own(result, 'offset')) ?? readOffset(address.searchParams.get('offset')) ?? 0;
  const next = offset + records.length;
  if (next >= total) return undefined;
  address.searchParams.set('offset', String(next));
  return address.origin === base ? `${address.pathname}${address.search}${address.hash}` : address.href;
}

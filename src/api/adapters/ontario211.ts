import { z } from 'zod';
import { SCHEMA_VERSION, type FeedInput } from '../../content/feed';
import { ItemId } from '../../content/item';
import { HttpsUrl, IsoDate } from '../../content/localized';
import { Office, type OfficeInput } from '../../content/office';
import { describeIssues } from '../../content/parseFeed';
import { dialable, printed } from '../../content/phone';
import { OFFICE_KINDS } from '../../content/taxonomy';
import { plainText } from '../../content/validation/plainText';
import type { AdaptedSource, RejectedRecord, SourceContext } from './sourceRecords';
import { fold, slug } from './slug';

/*
 * The 211 Ontario / Canada data API (`POST https://data.211support.org/api/v2/search?key=…`):
 * community and social services, one record per service at one place. Each record with a
 * physical Ontario address and coordinates becomes one office, named by its `PublicName`.
 *
 * The key travels in the URL's query, so this kind is read only by the ingest step, never by
 * the browser; nothing the adapter writes (offices or rejections) may carry it, even when an
 * error answer quotes the request's address.
 *
 * Not read: `Hours` (free text or HTML such as "Mon-Fri 9-5<br>closed holidays", which cannot
 * be turned into opening hours without guessing: the office is listed with none), `Description`,
 * `ServiceArea`, `Email` (the office has no field for them) and the mailing address.
 */

export const SEARCH_URL = 'https://data.211support.org/api/v2/search';

type Fields = Record<string, unknown>;
type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };
type Language = 'en' | 'fr';

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

const Ontario211Options = z.object({
  officeKind: z.enum(OFFICE_KINDS).default('settlement-agency'),
  /** 211 taxonomy term (or code) → id of the item an office with it serves; case and accents ignored. */
  serviceMap: z.record(z.string(), ItemId).default({}),
  /** Municipality ids that cities are matched to ("Sudbury" → "greater-sudbury"). */
  municipalities: z.array(z.string()).default([]),
  /** The `Lang` the search asked for: 211 answers one language per request. */
  language: z.enum(['en', 'fr']).default('en'),
  /** Address of one record's page on the 211 site, `{id}` standing for its id; else the publisher's home page. */
  recordUrl: z.string().includes('{id}').optional(),
});
type Ontario211Options = z.infer<typeof Ontario211Options>;

// ───────────── Reading loose JSON ─────────────

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Keys in query strings (`?key=…`) and anything that looks like one are cut from quoted text.
const KEY_IN_TEXT = /([?&;]key=)[^&\s'"<>()#,;]*/gi;

/** Text from the response, safe to put in a report: error answers may quote the request's URL. */
function redacted(value: string): string {
  return value.replace(KEY_IN_TEXT, '$1[hidden]');
}

// Own properties only: a record with a "constructor" key must not read Object.prototype.
function own(record: unknown, key: string): unknown {
  return isFields(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A field as one line of plain text: 211 fields carry markup, entities and stray spaces. Any
 * `key=` in it is hidden, so not even a record quoting a request URL can carry a key out.
 */
function text(record: unknown, key: string): string {
  const value = own(record, key);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  return redacted(/[<&]/.test(value) ? plainText(value) : value.replace(/\s+/g, ' ').trim());
}



// ───────────── The response ─────────────

function parseJson(responseText: unknown): Outcome<unknown> {
  if (typeof responseText !== 'string') return fail('the response is not text');
  try {
    return ok(JSON.parse(responseText));
  } catch {
    return fail('the response is not JSON: is the address a 211 `/api/v2/search` call?');
  }
}

/** 211's errors are `{ "Message": … }` (ASP.NET Web API's shape), sometimes with a `MessageDetail`. */
function errorOf(body: Fields): string | undefined {
  const message = [text(body, 'Message'), text(body, 'MessageDetail')].filter(Boolean).join(' ');
  return message ? redacted(message).slice(0, 300) : undefined;
}

function recordsIn(responseText: unknown): Outcome<unknown[]> {
  const parsed = parseJson(responseText);
  if (!parsed.ok) return parsed;
  const body = parsed.value;
  if (!isFields(body)) return fail('the response is not a 211 search answer: expected an object with `RecordCount` and `Records`');
  const records = own(body, 'Records');
  if (Array.isArray(records)) return ok(records);
  const error = errorOf(body);
  if (error) return fail(`211 answered with an error instead of records: "${error}"`);
  return fail('the response has no `Records` list: is the address a 211 `/api/v2/search` call?');
}

// ───────────── Place ─────────────

const ONTARIO = new Set(['on', 'ont', 'ontario']);
const POSTAL_CODE = /^([A-Z]\d[A-Z])[\s-]?(\d[A-Z]\d)$/;
// 211 lists places it must not give out (shelters) and mail-only addresses among the others.
const CONFIDENTIAL = /confidential|undisclosed|not disclosed|withheld|adresse confidentielle/i;
const POST_OFFICE_BOX = /^(?:p\.?\s?o\.?\s*box|post office box|box\s+\d|c\.?\s?p\.?\s+\d|case postale)\b/i;

interface Place {
  street: string;
  city: string;
  postalCode: string;
  lat: number;
  lng: number;
}

function streetOf(record: Fields): Outcome<string> {
  const street1 = text(record, 'PhysicalAddressStreet1');
  const street2 = text(record, 'PhysicalAddressStreet2');
  const street = [street1, street2].filter(Boolean).join(', ');
  if (!street) return fail('not a place people can visit: no physical address (`PhysicalAddressStreet1` is empty)');
  if (CONFIDENTIAL.test(street)) return fail(`not a place people can visit: the address is kept confidential ("${street}")`);
  if (POST_OFFICE_BOX.test(street1)) return fail(`not a place people can visit: "${street1}" is a post office box, not a physical address`);
  return ok(street);
}

function postalCodeOf(record: Fields): Outcome<string> {
  const raw = text(record, 'PhysicalAddressPostalCode');
  if (!raw) return fail('no postal code (`PhysicalAddressPostalCode` is empty)');
  const match = POSTAL_CODE.exec(raw.toUpperCase());
  if (!match) return fail(`postal code "${raw}" is not a Canadian postal code such as K1P 1J1`);
  return ok(`${match[1]} ${match[2]}`);
}

/** In Ontario by its province, or by its postal code when the province is left empty. */
function ontarioCheck(record: Fields, postalCode: string): Outcome<true> {
  const province = text(record, 'PhysicalAddressProvince');
  if (province && !ONTARIO.has(fold(province).replace(/[.\s]/g, ''))) {
    return fail(`outside Ontario: the province is "${province}"; only Ontario places are listed`);
  }
  if (!/^[KLMNP]/.test(postalCode)) return fail(`outside Ontario: postal code ${postalCode} is not an Ontario postal code`);
  return ok(true);
}

/** A coordinate as a number: 211 sends strings or numbers, and "" or 0 when it has none. */
function coordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : undefined;
}

// The bounds the office schema accepts: Ontario with a margin.
const inOntarioBox = (lat: number, lng: number) => lat >= 41 && lat <= 57 && lng >= -96 && lng <= -74;

function coordinatesOf(record: Fields): Outcome<{ lat: number; lng: number }> {
  const lat = coordinate(own(record, 'Latitude'));
  const lng = coordinate(own(record, 'Longitude'));
  const shown = `${JSON.stringify(own(record, 'Latitude') ?? null)}, ${JSON.stringify(own(record, 'Longitude') ?? null)}`;
  if (lat === undefined || lng === undefined) return fail(`no coordinates (\`Latitude\`, \`Longitude\` are ${shown}), so it cannot be listed by distance`);
  if (lat === 0 || lng === 0) return fail(`no coordinates (\`Latitude\`, \`Longitude\` are ${shown}: 0 means not located)`);
  if (!inOntarioBox(lat, lng)) return fail(`outside Ontario: coordinates ${lat}, ${lng} are not in Ontario`);
  return ok({ lat, lng });
}

function placeOf(record: Fields): Outcome<Place> {
  const street = streetOf(record);
  if (!street.ok) return street;
  const city = text(record, 'PhysicalAddressCity');
  if (!city) return fail('not a place people can visit: no city in the physical address (`PhysicalAddressCity` is empty)');
  const postalCode = postalCodeOf(record);
  if (!postalCode.ok) return postalCode;
  const ontario = ontarioCheck(record, postalCode.value);
  if (!ontario.ok) return ontario;
  const coordinates = coordinatesOf(record);
  if (!coordinates.ok) return coordinates;
  return ok({ street: street.value, city, postalCode: postalCode.value, ...coordinates.value });
}

/**
 * The municipality an office belongs to. 211 writes the community as people say it: "Sudbury"
 * for Greater Sudbury, "Toronto (North York)" for a former city, so the part before a bracket
 * counts too, and a single known id ending with the city's name is a match.
 */
function municipalityOf(city: string, known: string[]): string {
  const candidates = [slug(city), slug(city.replace(/\(.*$/, ''))].filter(Boolean);
  for (const candidate of candidates) {
    if (known.includes(candidate)) return candidate;
    const endings = known.filter((id) => id.endsWith(`-${candidate}`));
    if (endings.length === 1 && endings[0]) return endings[0];
  }
  return candidates.at(-1) ?? '';
}

// ───────────── Phone, web page, services, date ─────────────

// A fax or TTY line cannot take a voice call, so it is never the office's phone.
const NOT_VOICE = /fax|t[ée]l[ée]copieur|\btty\b|\bats\b|\bteletype|\btdd\b/i;
const LEADING_NUMBER = /^\+?[\d\s().-]{7,}(?:\s*(?:ext\.?|extension|poste|x)\s*\d{1,7})?/i;

function phoneOf(record: Fields): string | undefined {
  const phones = own(record, 'PhoneNumbers');
  if (!Array.isArray(phones)) return undefined;
  for (const phone of phones) {
    if (NOT_VOICE.test(`${text(phone, 'Type')} ${text(phone, 'Name')}`)) continue;
    const number = text(phone, 'Phone');
    // "613-555-0100 (intake)": the number is what starts the field.
    const tel = dialable(number) ?? dialable(LEADING_NUMBER.exec(number)?.[0] ?? '');
    if (tel) return printed(tel);
  }
  return undefined;
}

/** The agency's web page: 211 often leaves out the scheme ("www.agency.ca"); only http(s) is kept. */
function webAddress(record: Fields): string | undefined {
  const first = text(record, 'Website').split(/[\s;,]+/)[0] ?? '';
  if (!first) return undefined;
  const withScheme = /^https?:\/\//i.test(first)
    ? first
    : /^\/\//.test(first)
      ? `https:${first}`
      : /^[a-z][a-z0-9+.-]*:/i.test(first) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+:\d+/i.test(first)
        ? ''
        : `https://${first}`;
  if (!/^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(?=[:/?#]|$)/i.test(withScheme) || !URL.canParse(withScheme)) return undefined;
  // "HTTPS://Agency.ca" is written the way browsers and the validator expect it.
  const href = new URL(withScheme).href;
  return HttpsUrl.safeParse(href).success ? href : undefined;
}

/** `TaxonomyTerms` and `TaxonomyCodes` as folded names: "term1; term2". */
function taxonomyOf(record: Fields): Set<string> {
  const listed = [text(record, 'TaxonomyTerms'), text(record, 'TaxonomyCodes')].join(';');
  return new Set(listed.split(';').map(fold).filter(Boolean));
}

function servicesOf(record: Fields, serviceMap: Map<string, string>): string[] {
  const terms = taxonomyOf(record);
  const ids = [...terms].flatMap((term) => serviceMap.get(term) ?? []);
  return [...new Set(ids)];
}

/** "2026-09-14 10:22:05" (no zone: Ontario time) as the day it names. */
function dateOf(record: Fields): string | undefined {
  const date = /^(\d{4}-\d{2}-\d{2})(?:[ T][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text(record, 'UpdatedOn'))?.[1];
  return date && IsoDate.safeParse(date).success ? date : undefined;
}

/** Free-text access notes are kept as text; they never set `wheelchairAccessible`. */
function accessibilityOf(record: Fields, language: Language): Record<string, string> | undefined {
  const note = text(record, 'DisabilitiesAccess');
  return note ? { [language]: note } : undefined;
}

// ───────────── One record ─────────────

interface Setting {
  context: SourceContext;
  options: Ontario211Options;
  serviceMap: Map<string, string>;
  prefix: string;
}

function sourceOf(recordId: string, setting: Setting): string | undefined {
  const { options, context } = setting;
  const page = options.recordUrl && recordId ? options.recordUrl.replace('{id}', encodeURIComponent(recordId)) : undefined;
  if (page && HttpsUrl.safeParse(page).success) return page;
  return context.publisher.homepage[options.language] ?? Object.values(context.publisher.homepage)[0];
}

function officeOf(record: Fields, setting: Setting): Outcome<OfficeInput> {
  const { options, context, prefix } = setting;
  const name = text(record, 'PublicName');
  if (!name) return fail('no name (`PublicName` is empty)');
  const place = placeOf(record);
  if (!place.ok) return place;
  const recordId = text(record, 'id');
  const localId = slug(recordId) || slug(name);
  if (!localId) return fail('no `id`, and no name that can be written in letters and digits to make one');
  const source = sourceOf(recordId, setting);
  if (!source) return fail('no page to cite as its source: set `recordUrl` or the publisher’s home page');
  const { street, city, postalCode, lat, lng } = place.value;
  const phone = phoneOf(record);
  const url = webAddress(record);
  const accessibility = accessibilityOf(record, options.language);
  return ok({
    id: `${prefix}.${localId}`,
    kind: options.officeKind,
    name: { [options.language]: name },
    address: { street, city, province: 'ON', postalCode },
    coordinates: { lat, lng },
    hours: [],
    ...(phone ? { phone } : {}),
    ...(url ? { url: { [options.language]: url } } : {}),
    services: servicesOf(record, setting.serviceMap),
    languages: [options.language],
    ...(accessibility ? { accessibility } : {}),
    municipality: municipalityOf(city, options.municipalities),
    source,
    dateModified: dateOf(record) ?? context.fetchedOn,
  });
}

/** How an editor of 211 finds the record: its 211 id and its public name. */
function labelOf(record: unknown, index: number): { label: string; recordId?: string } {
  const recordId = text(record, 'id') || undefined;
  const name = text(record, 'PublicName').slice(0, 120);
  const label = `record ${recordId ?? `at position ${index + 1}`}${name ? ` (${name})` : ''}`;
  return { label, ...(recordId ? { recordId } : {}) };
}

// ───────────── The feed ─────────────

function emptyFeed(context: SourceContext, offices: OfficeInput[] = []): FeedInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    publisher: context.publisher,
    // No clock in an adapter: the feed is as of the day the search was made.
    generatedAt: `${context.fetchedOn}T00:00:00Z`,
    items: [],
    offices,
    municipalities: [],
  };
}

function unusable(context: SourceContext, reason: string): AdaptedSource {
  return { feed: emptyFeed(context), rejected: [{ index: -1, reason }] };
}

function idPrefix(sourceId: string): string {
  return sourceId.split('.').map(slug).filter(Boolean).join('.') || '211';
}

function readSetting(context: SourceContext): Outcome<Setting> {
  const parsed = Ontario211Options.safeParse(context.options ?? {});
  if (!parsed.success) return fail(`the source's options cannot be used: ${describeIssues(parsed.error).join('; ')}`);
  const serviceMap = new Map(Object.entries(parsed.data.serviceMap).map(([term, id]) => [fold(term), id]));
  return ok({ context, options: parsed.data, serviceMap, prefix: idPrefix(context.sourceId) });
}

function adaptRecords(records: unknown[], setting: Setting): AdaptedSource {
  const offices: OfficeInput[] = [];
  const rejected: RejectedRecord[] = [];
  const firstWithId = new Map<string, number>();
  records.forEach((record, index) => {
    const { label, recordId } = labelOf(record, index);
    const reject = (reason: string) => rejected.push({ index, ...(recordId ? { recordId } : {}), reason: `${label}: ${redacted(reason)}` });
    if (!isFields(record)) return reject(`not a record (expected an object of fields, found ${Array.isArray(record) ? 'a list' : record === null ? 'null' : typeof record})`);
    const built = officeOf(record, setting);
    if (!built.ok) return reject(built.reason);
    const checked = Office.safeParse(built.value);
    if (!checked.success) return reject(`cannot be shown as an office: ${describeIssues(checked.error).join('; ')}`);
    const first = firstWithId.get(built.value.id);
    // Pages of one search overlap when 211's data changes between requests.
    if (first !== undefined) return reject(`listed twice: the record at position ${first + 1} has the same \`id\``);
    firstWithId.set(built.value.id, index);
    offices.push(built.value);
  });
  return { feed: emptyFeed(setting.context, offices), rejected };
}

/**
 * Every page of one 211 search as offices of the common feed, and every record left out with
 * its reason; `index` counts records across the pages, so a record listed on two pages is kept
 * once. A page that is not a page of records is one rejection at index -1.
 */
export function adapt211Pages(responseTexts: readonly string[], context: SourceContext): AdaptedSource {
  const setting = readSetting(context);
  if (!setting.ok) return unusable(context, setting.reason);
  const problems: RejectedRecord[] = [];
  const records = responseTexts.flatMap((responseText, page) => {
    const found = recordsIn(responseText);
    if (found.ok) return found.value;
    problems.push({ index: -1, reason: responseTexts.length > 1 ? `page ${page + 1}: ${found.reason}` : found.reason });
    return [];
  });
  const adapted = adaptRecords(records, setting.value);
  return { feed: adapted.feed, rejected: [...problems, ...adapted.rejected] };
}

/**
 * One page of a 211 search answer as offices of the common feed, and every record left out
 * with its reason. An answer that is not a page of records (an error, not JSON, a broken
 * configuration) is one rejection at index -1 and an empty feed.
 */
export function adapt211(responseText: string, context: SourceContext): AdaptedSource {
  return adapt211Pages([responseText], context);
}

// ───────────── The request (ingest only) ─────────────

export interface SearchRequestOptions {
  /** The 211 API key. It goes in the URL's query, as 211 requires: never build this in the browser. */
  key: string;
  lang: Language;
  latitude: number;
  longitude: number;
  distanceKm: number;
  /** 0 for the first page. */
  pageIndex: number;
  pageSize: number;
  /** Words to search for; every service when left out. */
  term?: string;
  /** The search endpoint, e.g. a mock's `…/portals/211/api/v2/search`; 211's own by default. */
  baseUrl?: string;
  /** 211's dataset: "on" is Ontario's. */
  dataset?: string;
}

/** The proximity search 211 answers with one page of records, as `fetch(url, init)` takes it. */
export function searchRequest(options: SearchRequestOptions): { url: string; init: RequestInit } {
  if (!options.key.trim()) throw new Error('The 211 API key is missing: set it in the ingest environment.');
  const url = new URL(options.baseUrl ?? SEARCH_URL);
  url.searchParams.set('key', options.key);
  const term = options.term?.trim();
  const body = {
    Dataset: options.dataset ?? 'on',
    Lang: options.lang,
    SearchType: 'proximity',
    Latitude: options.latitude,
    Longitude: options.longitude,
    Distance: options.distanceKm,
    Search: 'term',
    // "*" is how 211's own clients ask for every service.
    Term: term || '*',
    PageIndex: options.pageIndex,
    PageSize: options.pageSize,
  };
  return {
    url: url.href,
    init: {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
  };
}

function count(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/**
 * The `PageIndex` to ask for after this page, or null on the last page. 211 sends `RecordCount`
 * as a string ("42"); an empty page also ends the search, so a count that never shrinks cannot
 * make the ingest loop.
 */
export function nextPageIndex(responseText: string, pageIndex: number, pageSize: number): number | null {
  const parsed = parseJson(responseText);
  if (!parsed.ok || !Number.isSafeInteger(pageIndex) || pageIndex < 0 || !Number.isSafeInteger(pageSize) || pageSize < 1) return null;
  const records = own(parsed.value, 'Records');
  const total = count(own(parsed.value, 'RecordCount'));
  if (!Array.isArray(records) || records.length === 0 || total === undefined) return null;
  return (pageIndex + 1) * pageSize < total ? pageIndex + 1 : null;
}

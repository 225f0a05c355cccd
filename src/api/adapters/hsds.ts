import { z } from 'zod';
import { SCHEMA_VERSION, type FeedInput } from '../../content/feed';
import { ItemId } from '../../content/item';
import { HttpsUrl, IsoDate, LanguageCode } from '../../content/localized';
import { Office, type OfficeInput } from '../../content/office';
import { describeIssues } from '../../content/parseFeed';
import { dialable, printed } from '../../content/phone';
import type { Publisher } from '../../content/publisher';
import { OFFICE_KINDS, type OfficeKind } from '../../content/taxonomy';
import { weeklyHours } from './hsdsSchedules';
import type { AdaptedSource, RejectedRecord, SourceContext } from './sourceRecords';
import { fold, slug } from './slug';

/*
 * Open Referral's Human Services Data Specification 3.0, as its API answers `/services`
 * (`?full=true`, a page of fully nested services) or `/services/{id}` (one service).
 *
 * Each service is delivered at places (`service_at_locations[].location`); our offices are
 * places, so every service at one location of one organization becomes ONE office, named
 * "Organization (Location)", serving the items its services map to (`options.serviceMap`, keyed
 * by taxonomy term code or by a keyword of the service's name). A place people cannot walk into
 * (virtual, a mailing address, outside Ontario, no usable coordinates) is left out with a reason.
 *
 * Languages of the text: an HSDS record has one language and no field that says which. Its text
 * is read as English unless the record says French: `x_language: "fr"` on the service (our
 * extension), else `options.language` for a directory written in French, else taxonomy terms
 * that are all `language: "fra"` (the one language field HSDS has). The other official language
 * comes from our extension `x_translations: { fr: { name, accessibility } }` on the organization
 * and the location (the export writes it); two records of one place in two languages are not
 * joined, since nothing in HSDS says they are the same place.
 */

type Fields = Record<string, unknown>;
type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };
type TextLanguage = 'en' | 'fr';
type Texts = Partial<Record<TextLanguage, string>>;

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

const HsdsOptions = z.object({
  /** One kind for the whole directory, or kinds by taxonomy term code or name keyword. */
  officeKind: z.union([z.enum(OFFICE_KINDS), z.record(z.string(), z.enum(OFFICE_KINDS))]).default('settlement-agency'),
  /** Taxonomy term code, or keyword of a service's name → id of the item it is. */
  serviceMap: z.record(z.string(), ItemId).default({}),
  /** The language the directory writes its records in, when it is not English. */
  language: z.enum(['en', 'fr']).optional(),
});
type HsdsOptions = z.infer<typeof HsdsOptions>;

const DEFAULT_KIND: OfficeKind = 'settlement-agency';

// ---------------------------------------------------------------------------------------------
// Reading loose JSON

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Own properties only: a record with a "constructor" key must not read Object.prototype.
function own(record: Fields | undefined, key: string): unknown {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

function fieldsOf(record: Fields | undefined, key: string): Fields | undefined {
  const value = own(record, key);
  return isFields(value) ? value : undefined;
}

function listOf(record: Fields | undefined, key: string): Fields[] {
  const value = own(record, key);
  return Array.isArray(value) ? value.filter(isFields) : [];
}

const PLACEHOLDERS = new Set(['todo', 'tbd', 'tba', 'n/a', 'na', 'null', 'none', 'undefined', 'placeholder', 'example', 'test', 'xxx', '-', '.']);

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Template values left in a record: the field's own name ("wait_time": "wait_time"), another
 * field's name ("fees": "fees_description") or a filler word. Real text is never one snake_case word.
 */
function isPlaceholder(text: string, key: string): boolean {
  const lower = text.toLowerCase();
  return PLACEHOLDERS.has(lower) || lower.startsWith('lorem ipsum') || squash(lower) === squash(key) || /^[a-z]+(?:_[a-z]+)+$/.test(lower);
}

/** A field as text: trimmed, runs of spaces collapsed; blank and placeholder read as absent. */
function textOf(record: Fields | undefined, key: string): string | undefined {
  const value = own(record, key);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' || isPlaceholder(text, key) ? undefined : text;
}

function idOf(record: Fields | undefined): string | undefined {
  const id = own(record, 'id');
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}



function parseJson(text: string): Outcome<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch {
    return fail('the response is not JSON: is the address an HSDS API `/services` call?');
  }
}

// ---------------------------------------------------------------------------------------------
// Languages

// ISO 639-2/3 codes and names (English and French) as the two-letter codes our feeds use.
const LANGUAGE_TABLE = [
  'en eng english anglais',
  'fr fra fre french francais',
  'ar ara arabic arabe',
  'zh zho chi cmn chinese chinois mandarin',
  'es spa spanish espagnol',
  'pt por portuguese portugais',
  'fa fas per persian farsi persan',
  'ur urd urdu ourdou',
  'hi hin hindi',
  'pa pan punjabi pendjabi',
  'ta tam tamil tamoul',
  'tl tgl tagalog',
  'so som somali',
  'ti tir tigrinya tigrigna',
  'am amh amharic amharique',
  'uk ukr ukrainian ukrainien',
  'ru rus russian russe',
  'pl pol polish polonais',
  'it ita italian italien',
  'de deu ger german allemand',
  'vi vie vietnamese vietnamien',
  'ko kor korean coreen',
  'ja jpn japanese japonais',
  'bn ben bengali',
  'gu guj gujarati',
  'ne nep nepali',
  'sw swa swahili',
  'tr tur turkish turc',
  'ln lin lingala',
  'ps pus pashto pachto',
  'yue cantonese cantonais',
  'prs dari',
];
const LANGUAGE_ALIASES = new Map(LANGUAGE_TABLE.flatMap((row) => {
  const [code = '', ...aliases] = row.split(' ');
  return aliases.map((alias) => [alias, code] as const);
}));

function languageCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = fold(value).replace(/_/g, '-');
  return LANGUAGE_ALIASES.get(key) ?? (LanguageCode.safeParse(key).success ? key : undefined);
}

function languageOfRecord(language: Fields): string | undefined {
  const name = own(language, 'name');
  return languageCode(own(language, 'code')) ?? (typeof name === 'string' ? LANGUAGE_ALIASES.get(fold(name)) : undefined);
}

/** Taxonomy terms of records, whether linked through `attributes` (3.0) or listed (`taxonomy_terms`). */
function termsOf(records: (Fields | undefined)[]): Fields[] {
  return records.flatMap((record) => [
    ...listOf(record, 'attributes').flatMap((attribute): Fields[] => {
      const term = fieldsOf(attribute, 'taxonomy_term');
      return term ? [term] : [];
    }),
    ...listOf(record, 'taxonomy_terms'),
  ]);
}

function recordLanguage(service: Fields, options: HsdsOptions): TextLanguage {
  const declared = languageCode(own(service, 'x_language'));
  if (declared) return declared === 'fr' ? 'fr' : 'en';
  if (options.language) return options.language;
  const termLanguages = termsOf([service]).flatMap((term) => languageCode(own(term, 'language')) ?? []);
  return termLanguages.length > 0 && termLanguages.every((code) => code === 'fr') ? 'fr' : 'en';
}

const otherLanguage = (language: TextLanguage): TextLanguage => (language === 'en' ? 'fr' : 'en');

/**
 * A field in the record's language and, from `x_translations`, in the other official language.
 * A nested record that declares its own `x_language` (an organization written in French inside
 * an English service) is read in that language.
 */
function texts(record: Fields | undefined, key: string, serviceLanguage: TextLanguage): Texts {
  const declared = languageCode(own(record, 'x_language'));
  const language: TextLanguage = declared === 'fr' || declared === 'en' ? declared : serviceLanguage;
  const other = otherLanguage(language);
  const translated = textOf(fieldsOf(fieldsOf(record, 'x_translations'), other), key);
  const main = textOf(record, key);
  return { ...(main ? { [language]: main } : {}), ...(translated ? { [other]: translated } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The place: a street address in Ontario with coordinates

interface Place {
  street: string;
  city: string;
  postalCode: string;
  lat: number;
  lng: number;
}

const CANADA = new Set(['ca', 'can', 'canada']);
const ONTARIO = new Set(['on', 'ont', 'ont.', 'ontario']);
const ADDRESS_TYPES = new Set(['physical', 'postal', 'virtual']);

function postalCode(value: string | undefined): Outcome<string> {
  if (!value) return fail('the address has no postal code');
  const code = value.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(code)) return fail(`the postal code "${value}" is not a Canadian postal code (such as K1P 1J1)`);
  if (!'KLMNP'.includes(code.charAt(0))) {
    return fail(`the postal code "${value}" is not in Ontario (Ontario postal codes start with K, L, M, N or P)`);
  }
  return ok(`${code.slice(0, 3)} ${code.slice(3)}`);
}

function ontarioAddress(address: Fields): Outcome<Omit<Place, 'lat' | 'lng'>> {
  const country = textOf(address, 'country');
  if (country && !CANADA.has(country.toLowerCase())) return fail(`the address is in ${country}, not in Canada`);
  const province = textOf(address, 'state_province');
  if (province && !ONTARIO.has(province.toLowerCase())) return fail(`the address is in ${province}, not in Ontario`);
  const line1 = textOf(address, 'address_1');
  if (!line1) return fail('not a place people can visit: the address has no street (`address_1`)');
  const city = textOf(address, 'city');
  if (!city) return fail('the address has no city');
  const code = postalCode(textOf(address, 'postal_code'));
  if (!code.ok) return code;
  const line2 = textOf(address, 'address_2');
  return ok({ street: line2 ? `${line1}, ${line2}` : line1, city, postalCode: code.value });
}

function streetAddress(location: Fields): Outcome<Omit<Place, 'lat' | 'lng'>> {
  const addresses = listOf(location, 'addresses');
  if (addresses.length === 0) return fail('not a place people can visit: no street address');
  const typeOf = (address: Fields) => textOf(address, 'address_type')?.toLowerCase() ?? '';
  const address = addresses.find((a) => typeOf(a) === 'physical') ?? addresses.find((a) => !ADDRESS_TYPES.has(typeOf(a)));
  if (!address) {
    return fail('not a place people can visit: only a mailing address is given (`address_type` "postal"); add the street address as "physical"');
  }
  return ontarioAddress(address);
}

function coordinate(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

// The bounds our office schema accepts: Ontario's extent with a margin.
const inOntario = (lat: number, lng: number) => lat >= 41 && lat <= 57 && lng >= -96 && lng <= -74;

function coordinates(location: Fields): Outcome<Pick<Place, 'lat' | 'lng'>> {
  const lat = coordinate(own(location, 'latitude'));
  const lng = coordinate(own(location, 'longitude'));
  if (lat === undefined || lng === undefined) return fail('no latitude and longitude: add the location’s coordinates');
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    return fail(`latitude ${lat} and longitude ${lng} are not a position on Earth: correct the location’s coordinates`);
  }
  // A latitude can never be -80 in Ontario: a pair that fits only the other way round was swapped.
  if (inOntario(lng, lat)) return ok({ lat: lng, lng: lat });
  if (!inOntario(lat, lng)) return fail(`latitude ${lat} and longitude ${lng} are outside Ontario: check the location’s coordinates`);
  return ok({ lat, lng });
}

function placeOf(location: Fields): Outcome<Place> {
  const type = textOf(location, 'location_type')?.toLowerCase();
  if (type === 'virtual') return fail('not a place people can visit: the location is virtual (online or by phone)');
  if (type === 'postal') return fail('not a place people can visit: the location is a mailing address');
  const address = streetAddress(location);
  if (!address.ok) return address;
  const point = coordinates(location);
  if (!point.ok) return point;
  return ok({ ...address.value, ...point.value });
}

// ---------------------------------------------------------------------------------------------
// Services at locations

/** One service delivered at one place: what an office is built from. */
interface Visit {
  index: number;
  service: Fields;
  organization: Fields | undefined;
  serviceAtLocation: Fields;
  location: Fields;
  place: Place;
  language: TextLanguage;
}

function recordLabel(service: unknown, index: number): { label: string; recordId?: string } {
  const record = isFields(service) ? service : undefined;
  const recordId = idOf(record);
  const name = textOf(record, 'name');
  return { label: `record ${recordId ?? `#${index + 1}`}${name ? ` (${name})` : ''}`, recordId };
}

function rejection(service: unknown, index: number, reason: string): RejectedRecord {
  const { label, recordId } = recordLabel(service, index);
  return { index, ...(recordId ? { recordId } : {}), reason: `${label}: ${reason}` };
}

function visitsOf(service: unknown, index: number, options: HsdsOptions, rejected: RejectedRecord[]): Visit[] {
  if (!isFields(service)) {
    rejected.push(rejection(service, index, 'not an HSDS service object'));
    return [];
  }
  const status = textOf(service, 'status')?.toLowerCase();
  if (status && status !== 'active') {
    rejected.push(rejection(service, index, `the service is ${status}, not active`));
    return [];
  }
  const atLocations = listOf(service, 'service_at_locations');
  if (atLocations.length === 0) {
    rejected.push(rejection(service, index, 'no `service_at_locations` in this response: ask the API for full records (`?full=true`) or read `/services/{id}`'));
    return [];
  }
  const language = recordLanguage(service, options);
  const organization = fieldsOf(service, 'organization');
  return atLocations.flatMap((serviceAtLocation, position) => {
    const location = fieldsOf(serviceAtLocation, 'location');
    const where = textOf(location, 'name') ?? `location ${position + 1}`;
    const place = location ? placeOf(location) : fail('the location itself is missing');
    if (!place.ok || !location) {
      rejected.push(rejection(service, index, `at ${where}: ${place.ok ? '' : place.reason}`));
      return [];
    }
    return [{ index, service, organization, serviceAtLocation, location, place: place.value, language }];
  });
}

// ---------------------------------------------------------------------------------------------
// Office fields

function combinedName(organization: string | undefined, location: string | undefined): string | undefined {
  if (!organization || !location) return organization ?? location;
  if (fold(organization).includes(fold(location))) return organization;
  if (fold(location).includes(fold(organization))) return location;
  return `${organization} (${location})`;
}

function officeName(visit: Visit): Texts {
  const primary = visit.language;
  const other = otherLanguage(primary);
  const organization = texts(visit.organization, 'name', primary);
  const location = texts(visit.location, 'name', primary);
  const service = texts(visit.service, 'name', primary);
  const main = combinedName(organization[primary], location[primary]) ?? service[primary];
  const translated =
    organization[other] || location[other]
      ? combinedName(organization[other] ?? organization[primary], location[other] ?? location[primary])
      : (main ? undefined : service[other]);
  return { ...(main ? { [primary]: main } : {}), ...(translated ? { [other]: translated } : {}) };
}

// Reserved example domains (RFC 2606) are template values, not anyone's page.
const RESERVED_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/i;

function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || !HttpsUrl.safeParse(value.trim()).success) return undefined;
  try {
    return RESERVED_HOST.test(new URL(value.trim()).hostname) ? undefined : value.trim();
  } catch {
    return undefined;
  }
}

function homepageOf(publisher: Publisher, language: TextLanguage): string | undefined {
  return publisher.homepage[language] ?? Object.values(publisher.homepage)[0];
}

/** Quotes pasted around a number ("\"+1 613 555 0100\"") are the commonest slip in HSDS phones. */
function phoneNumber(phone: Fields): string | undefined {
  const raw = own(phone, 'number');
  const number = typeof raw === 'string' ? raw.replace(/["“”']/g, '').trim() : Number.isSafeInteger(raw) ? String(raw) : '';
  if (number === '') return undefined;
  const extension = own(phone, 'extension');
  const digits = typeof extension === 'number' || typeof extension === 'string' ? String(extension).trim() : '';
  const tel = (/^\d{1,7}$/.test(digits) ? dialable(`${number} ext. ${digits}`) : null) ?? dialable(number);
  return tel ? printed(tel) : undefined;
}

/** The first number people can call, from the most specific record to the organization. */
function phoneOf(records: (Fields | undefined)[]): string | undefined {
  for (const record of records) {
    for (const phone of listOf(record, 'phones')) {
      if (textOf(phone, 'type')?.toLowerCase() === 'fax') continue;
      const number = phoneNumber(phone);
      if (number) return number;
    }
  }
  return undefined;
}

function accessibilityOf(location: Fields, language: TextLanguage): Texts | undefined {
  const notes = listOf(location, 'accessibility').flatMap((entry) => [textOf(entry, 'description'), textOf(entry, 'details')]);
  const text = notes.filter((note) => note !== undefined).join(' ');
  const other = otherLanguage(language);
  const translated = textOf(fieldsOf(fieldsOf(location, 'x_translations'), other), 'accessibility');
  const result: Texts = { ...(text ? { [language]: text } : {}), ...(translated ? { [other]: translated } : {}) };
  return Object.keys(result).length > 0 ? result : undefined;
}

function languagesOf(group: Visit[], fallback: TextLanguage): string[] {
  const codes = new Set<string>();
  for (const visit of group) {
    for (const language of [...listOf(visit.service, 'languages'), ...listOf(visit.location, 'languages')]) {
      const code = languageOfRecord(language);
      if (code) codes.add(code);
    }
  }
  // A directory that names no language answers in the one it is written in.
  return codes.size > 0 ? [...codes] : [fallback];
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** `last_modified` (or, without it, `assured_date`) as YYYY-MM-DD, "YYYY-MM-DD HH:MM:SS" included. */
function recordDate(service: Fields): string | undefined {
  for (const key of ['last_modified', 'assured_date']) {
    const day = DATE_TIME.exec(textOf(service, key) ?? '')?.[1];
    if (day && IsoDate.safeParse(day).success) return day;
  }
  return undefined;
}

function hasRules(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/**
 * The place's own schedules when it has any; otherwise those of its services, but only when
 * every service there keeps the same hours, since the office is one door.
 */
function hoursOf(first: Visit, group: Visit[], asOf: string) {
  const placeRules = own(first.location, 'schedules');
  if (hasRules(placeRules)) return weeklyHours(placeRules, asOf) ?? [];
  const readings = group.map((visit) => {
    const specific = own(visit.serviceAtLocation, 'schedules');
    return weeklyHours(hasRules(specific) ? specific : own(visit.service, 'schedules'), asOf);
  });
  const [reading] = readings;
  const same = readings.every((other) => other !== null && JSON.stringify(other) === JSON.stringify(reading));
  return same && reading ? reading : [];
}

function matches(key: string, codes: Set<string>, names: string[]): boolean {
  const wanted = fold(key);
  if (wanted === '') return false;
  if (codes.has(wanted)) return true;
  return names.some((name) => {
    const at = fold(name).indexOf(wanted);
    // A keyword starts a word: "linc" in "LINC classes", not "art" in "start".
    return at === 0 || (at > 0 && !/[a-z0-9]/.test(fold(name).charAt(at - 1)));
  });
}

function termCodes(records: (Fields | undefined)[]): Set<string> {
  return new Set(termsOf(records).flatMap((term) => {
    const code = textOf(term, 'code');
    return code ? [fold(code)] : [];
  }));
}

function kindOf(group: Visit[], options: HsdsOptions): OfficeKind {
  if (typeof options.officeKind === 'string') return options.officeKind;
  const codes = termCodes(group.flatMap((visit) => [visit.service, visit.serviceAtLocation, visit.location]));
  const names = group.flatMap((visit) => [textOf(visit.service, 'name'), textOf(visit.organization, 'name')].flatMap((n) => n ?? []));
  // A term code says what the place is; a word of a name ("ServiceOntario" in a shared centre's) only hints.
  const entries = Object.entries(options.officeKind);
  const found = entries.find(([key]) => codes.has(fold(key))) ?? entries.find(([key]) => matches(key, codes, names));
  return found ? found[1] : DEFAULT_KIND;
}

function servicesOf(group: Visit[], options: HsdsOptions): string[] {
  const ids = new Set<string>();
  for (const visit of group) {
    const codes = termCodes([visit.service, visit.serviceAtLocation]);
    const names = [textOf(visit.service, 'name')].flatMap((name) => name ?? []);
    for (const [key, id] of Object.entries(options.serviceMap)) if (matches(key, codes, names)) ids.add(id);
  }
  return [...ids];
}

function officeFrom(id: string, first: Visit, group: Visit[], context: SourceContext, options: HsdsOptions): Outcome<OfficeInput> {
  const language = first.language;
  const name = officeName(first);
  if (Object.keys(name).length === 0) return fail('no organization, location or service name');
  const url = webAddress(own(first.location, 'url')) ?? webAddress(own(first.service, 'url')) ?? webAddress(own(first.organization, 'website'));
  const source =
    group.map((visit) => webAddress(own(visit.service, 'url'))).find((page) => page !== undefined) ??
    webAddress(own(first.organization, 'website')) ??
    url ??
    homepageOf(context.publisher, language);
  if (!source) return fail('no web page for the service and no publisher home page to cite as its source');
  const phone = phoneOf(group.flatMap((visit) => [visit.serviceAtLocation, visit.location, visit.service, visit.organization]));
  const accessibility = accessibilityOf(first.location, language);
  const dates = group.flatMap((visit) => recordDate(visit.service) ?? []).sort();
  const { street, city, postalCode, lat, lng } = first.place;
  return ok({
    id,
    kind: kindOf(group, options),
    name,
    address: { street, city, province: 'ON', postalCode },
    coordinates: { lat, lng },
    hours: hoursOf(first, group, context.fetchedOn),
    ...(phone ? { phone } : {}),
    ...(url ? { url: { [language]: url } } : {}),
    services: servicesOf(group, options),
    languages: languagesOf(group, language),
    ...(accessibility ? { accessibility } : {}),
    municipality: context.municipality ?? slug(city),
    source,
    dateModified: dates.at(-1) ?? context.fetchedOn,
  });
}

// ---------------------------------------------------------------------------------------------
// Offices: one per organization and location

function locationKey(visit: Visit): string {
  const byId = slug(idOf(visit.location) ?? '');
  return byId || slug(`${textOf(visit.location, 'name') ?? ''} ${visit.place.street} ${visit.place.postalCode}`);
}

const organizationKey = (visit: Visit) => slug(idOf(visit.organization) ?? textOf(visit.organization, 'name') ?? '');

function idPrefix(sourceId: string): string {
  return sourceId.split('.').map(slug).filter(Boolean).join('.') || 'hsds';
}

function groupVisits(visits: Visit[]): Map<string, { location: string; organization: string; visits: [Visit, ...Visit[]] }> {
  const groups = new Map<string, { location: string; organization: string; visits: [Visit, ...Visit[]] }>();
  for (const visit of visits) {
    const location = locationKey(visit);
    const organization = organizationKey(visit);
    const key = `${location}|${organization}`;
    const group = groups.get(key);
    if (group) group.visits.push(visit);
    else groups.set(key, { location, organization, visits: [visit] });
  }
  return groups;
}

function officesOf(visits: Visit[], context: SourceContext, options: HsdsOptions, rejected: RejectedRecord[]): OfficeInput[] {
  const groups = [...groupVisits(visits).values()];
  const organizationsAt = new Map<string, number>();
  for (const { location } of groups) organizationsAt.set(location, (organizationsAt.get(location) ?? 0) + 1);
  const prefix = idPrefix(context.sourceId);
  const offices: OfficeInput[] = [];
  const ids = new Set<string>();
  for (const { location, organization, visits: group } of groups) {
    // A place shared by several organizations is one office per organization.
    const shared = (organizationsAt.get(location) ?? 0) > 1;
    const id = `${prefix}.${shared ? `${location}-${organization || 'unnamed'}` : location}`;
    const [first] = group;
    const office = officeFrom(id, first, group, context, options);
    const checked = office.ok ? Office.safeParse(office.value) : undefined;
    if (!office.ok || !checked?.success || ids.has(id)) {
      const why = !office.ok ? office.reason : checked && !checked.success ? describeIssues(checked.error).join('; ') : `repeats the office ${id}`;
      // Every service of the place is left out with it, and each record's editor should hear why.
      for (const visit of group) rejected.push(rejection(visit.service, visit.index, `at ${textOf(visit.location, 'name') ?? 'its location'}: ${why}`));
      continue;
    }
    ids.add(id);
    offices.push(office.value);
  }
  return offices;
}

// ---------------------------------------------------------------------------------------------
// The response

/** The services of a page (`contents`), of a bare list, or the one service `/services/{id}` answers. */
function servicesIn(response: unknown): Outcome<unknown[]> {
  if (Array.isArray(response)) return ok(response);
  if (isFields(response)) {
    const contents = own(response, 'contents');
    if (Array.isArray(contents)) return ok(contents);
    if (contents === undefined && idOf(response) && (own(response, 'service_at_locations') !== undefined || textOf(response, 'name'))) {
      return ok([response]);
    }
  }
  return fail('the response is not an HSDS list of services: expected an object with a `contents` list, as `/services` answers');
}

function emptyFeed(context: SourceContext): FeedInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    publisher: context.publisher,
    generatedAt: `${context.fetchedOn}T00:00:00Z`,
    items: [],
    offices: [],
    municipalities: [],
  };
}

/**
 * Every page of an HSDS 3.0 `/services?full=true` listing (or one `/services/{id}` answer) as
 * offices of the common feed. Pages are read together because one place's services may fall on
 * different pages and must still make one office; `index` counts services across the pages.
 */
export function adaptHsdsPages(responseTexts: readonly string[], context: SourceContext): AdaptedSource {
  const feed = emptyFeed(context);
  const options = HsdsOptions.safeParse(context.options ?? {});
  if (!options.success) {
    return { feed, rejected: [{ index: -1, reason: `the source's options cannot be used: ${describeIssues(options.error).join('; ')}` }] };
  }
  const rejected: RejectedRecord[] = [];
  const services = responseTexts.flatMap((text, page) => {
    const response = parseJson(text);
    const found = response.ok ? servicesIn(response.value) : response;
    if (found.ok) return found.value;
    rejected.push({ index: -1, reason: responseTexts.length > 1 ? `page ${page + 1}: ${found.reason}` : found.reason });
    return [];
  });
  const visits = services.flatMap((service, index) => visitsOf(service, index, options.data, rejected));
  return { feed: { ...feed, offices: officesOf(visits, context, options.data, rejected) }, rejected };
}

/** One HSDS 3.0 `/services` page (or `/services/{id}` answer) as offices of the common feed. */
export function adaptHsds(responseText: string, context: SourceContext): AdaptedSource {
  return adaptHsdsPages([responseText], context);
}

/** The page to ask for after this one (`?page=`), or null on the last page or an unreadable one. */
export function nextHsdsPage(responseText: string): number | null {
  const response = parseJson(responseText);
  if (!response.ok || !isFields(response.value)) return null;
  const page = own(response.value, 'page_number');
  const pages = own(response.value, 'total_pages');
  if (own(response.value, 'last_page') === true || typeof page !== 'number' || typeof pages !== 'number') return null;
  return Number.isInteger(page) && page >= 1 && page < pages ? page + 1 : null;
}

import JSON5 from 'json5';
import type { FeedInput } from '../../content/feed';
import { SCHEMA_VERSION } from '../../content/feed';
import type { OfficeInput } from '../../content/office';
import { dialable, printed } from '../../content/phone';
import type { AdaptedSource, RejectedRecord, SourceContext } from './sourceRecords';
import { slug } from './slug';

/**
 * IRCC's "Find free newcomer services near you" publishes no API: its page loads a script,
 * `services-info.js`, that assigns the whole list to `var ServicesData = [ … ]` in relaxed JSON
 * (unquoted keys, comments, trailing commas). This adapter reads that script as data — never by
 * running it — and turns its Ontario entries into settlement-agency offices.
 */

export const DEFAULT_PAGE_URL = 'https://ircc.canada.ca/english/newcomers/services/index.asp';

/**
 * IRCC's service flags and the items of our feeds an office with that flag serves in person.
 * Names are IRCC's own, misspelling included (`Citzenship_test_prep`); the correct spelling is
 * accepted too, in case IRCC fixes it.
 *
 * | flag                    | IRCC's label                                | our item(s)               |
 * | ----------------------- | ------------------------------------------- | ------------------------- |
 * | General                 | Help with daily life                        | ca.settlement-services    |
 * | Needs_assets_referrals  | Needs assessment and referrals              | ca.settlement-services    |
 * | Help_community          | Community connections                       | ca.settlement-services    |
 * | Help_gar                | Services for (government-assisted) refugees | ca.settlement-services    |
 * | Children, Youth, Women, Seniors, LGBTQ2, Gender_based_violence | services for that group | ca.settlement-services |
 * | Lang_assess             | Language assessment                         | ca.language-assessment    |
 * | Lang_training           | Language training (LINC / CLIC)             | ca.linc                   |
 * | Job_search              | Help finding a job                          | on.employment-ontario     |
 * | Help_professions        | Help with regulated professions             | on.regulated-professions  |
 * | Volunteer               | Find or become a mentor to a newcomer       | ca.mentoring              |
 * | Citzenship_test_prep    | Help preparing for the citizenship test     | ca.citizenship            |
 * | Franco, EngFra          | francophone / English and French service    | (none: adds `fr` to languages) |
 * | Job_lang_training, Lang_informal, Online_services, Other | no in-person step of ours matches | (none) |
 *
 * Job-specific language training is not LINC and conversation circles are not a course, so
 * they are known but map to nothing rather than to a step that would mislead.
 */
export const SERVICE_FLAGS: Readonly<Record<string, readonly string[]>> = {
  General: ['ca.settlement-services'],
  Needs_assets_referrals: ['ca.settlement-services'],
  Help_community: ['ca.settlement-services'],
  Help_gar: ['ca.settlement-services'],
  Children: ['ca.settlement-services'],
  Youth: ['ca.settlement-services'],
  Women: ['ca.settlement-services'],
  Seniors: ['ca.settlement-services'],
  LGBTQ2: ['ca.settlement-services'],
  Gender_based_violence: ['ca.settlement-services'],
  Lang_assess: ['ca.language-assessment'],
  Lang_training: ['ca.linc'],
  Job_search: ['on.employment-ontario'],
  Help_professions: ['on.regulated-professions'],
  Volunteer: ['ca.mentoring'],
  Citzenship_test_prep: ['ca.citizenship'],
  Citizenship_test_prep: ['ca.citizenship'],
  Franco: [],
  EngFra: [],
  Job_lang_training: [],
  Lang_informal: [],
  Online_services: [],
  Other: [],
};

/** Flags that say staff serve clients in French. */
const FRENCH_FLAGS = ['Franco', 'EngFra'];

type Localized = Partial<Record<'en' | 'fr', string>>;
type Outcome = { office: OfficeInput } | { reason: string };

// ───────────── Reading the script without running it ─────────────

const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;
const NAME = 'ServicesData';

/** The index just past a comment or string starting at `i`, or `i` itself when none starts there. */
function skipCommentOrString(text: string, i: number): number {
  const char = text[i];
  const next = text[i + 1];
  if (char === '/' && next === '/') {
    const end = text.indexOf('\n', i + 2);
    return end === -1 ? text.length : end + 1;
  }
  if (char === '/' && next === '*') {
    const end = text.indexOf('*/', i + 2);
    return end === -1 ? text.length : end + 2;
  }
  if (char === '"' || char === "'" || char === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, text.length);
  }
  return i;
}

function skipTrivia(text: string, i: number): number {
  let at = i;
  while (at < text.length) {
    if (/\s/.test(text[at] ?? '')) {
      at += 1;
      continue;
    }
    const after = skipCommentOrString(text, at);
    const isComment = after !== at && text[at] === '/';
    if (!isComment) break;
    at = after;
  }
  return at;
}

/**
 * Where the `[` of `ServicesData = [` stands. The name is looked for outside comments and
 * strings, so a header comment that mentions it, or `var`, `let`, `const`, `window.` before it,
 * change nothing.
 */
function findListStart(text: string): number {
  let i = 0;
  while (i < text.length) {
    const skipped = skipCommentOrString(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const isName =
      text.startsWith(NAME, i) &&
      !IDENTIFIER_CHAR.test(text[i - 1] ?? '') &&
      !IDENTIFIER_CHAR.test(text[i + NAME.length] ?? '');
    if (isName) {
      const equals = skipTrivia(text, i + NAME.length);
      if (text[equals] === '=' && text[equals + 1] !== '=') {
        const bracket = skipTrivia(text, equals + 1);
        if (text[bracket] === '[') return bracket;
      }
    }
    i += 1;
  }
  return -1;
}

interface ListText {
  /** The source text of each entry, in order. */
  entries: string[];
  /** False when the file ends before the list does (a download cut short). */
  closed: boolean;
}

/**
 * The list cut into the text of its entries, so one entry JSON5 cannot read costs that entry
 * only, not the whole file.
 */
function splitEntries(text: string, start: number): ListText {
  const entries: string[] = [];
  let depth = 0;
  let entryStart = start + 1;
  let i = start + 1;
  const push = (end: number) => {
    const entry = text.slice(entryStart, end);
    if (skipTrivia(entry, 0) < entry.length) entries.push(entry);
  };
  while (i < text.length) {
    const skipped = skipCommentOrString(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const char = text[i];
    if (char === '[' || char === '{' || char === '(') depth += 1;
    else if ((char === '}' || char === ')') && depth > 0) depth -= 1;
    else if (char === ']' && depth > 0) depth -= 1;
    else if (char === ']') {
      push(i);
      return { entries, closed: true };
    } else if (char === ',' && depth === 0) {
      push(i);
      entryStart = i + 1;
    }
    i += 1;
  }
  push(text.length);
  return { entries, closed: false };
}

type ReadEntry = { value: unknown } | { error: string };

function readEntry(entryText: string): ReadEntry {
  try {
    return { value: JSON5.parse(entryText) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^JSON5: /, '') : 'unreadable';
    return { error: `could not be read as data (${message})` };
  }
}

type ReadScript = { entries: ReadEntry[]; problem?: string } | { fatal: string };

function readScript(responseText: unknown): ReadScript {
  if (typeof responseText !== 'string') return { fatal: 'The response is not text.' };
  const start = findListStart(responseText);
  if (start === -1) {
    return { fatal: 'The file does not assign a list to ServicesData (expected `var ServicesData = [ … ];`).' };
  }
  const { entries, closed } = splitEntries(responseText, start);
  const problem = closed ? undefined : 'The file ends before the ServicesData list is closed: it may have been cut off.';
  return { entries: entries.map(readEntry), problem };
}

// ───────────── Reading fields ─────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(record: unknown, key: string): unknown {
  return isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", '#39': "'", nbsp: ' ', lt: '<', gt: '>' };

/** One line of plain text: IRCC's fields sometimes carry markup, entities and stray spaces. */
function plain(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return String(value)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|quot|apos|#39|nbsp|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A `{en, fr}` field as our localized text. IRCC often copies the English into `fr`; that is
 * not a translation, so the French is dropped and the app says the text is in English only.
 */
function localized(value: unknown): Localized {
  const en = plain(isRecord(value) ? field(value, 'en') : value);
  const fr = plain(field(value, 'fr'));
  const text: Localized = {};
  if (en) text.en = en;
  if (fr && fr !== en) text.fr = fr;
  return text;
}

function firstText(text: Localized): string {
  return text.en ?? text.fr ?? '';
}

// ───────────── Place ─────────────

const ONTARIO_NAMES = new Set(['on', 'ont', 'ontario']);

function isOntario(province: string): boolean {
  return ONTARIO_NAMES.has(province.toLowerCase().replace(/[.\s]/g, ''));
}

const POSTAL_CODE = /(?<![A-Za-z0-9])([A-Za-z]\d[A-Za-z])[\s-]?(\d[A-Za-z]\d)(?![A-Za-z0-9])/g;

/** The last postal code written in the text, as "K1P 1J1" (it ends the address line). */
function postalCodeIn(text: string): string | undefined {
  const matches = [...text.matchAll(POSTAL_CODE)];
  const last = matches[matches.length - 1];
  return last ? `${last[1]} ${last[2]}`.toUpperCase() : undefined;
}

const TRAILING_SEPARATORS = /[\s,;.\-–]+$/;
const TRAILING_PROVINCE = /(?:^|[\s,(])(?:ON|[Oo]nt\.?|[Oo]ntario|Canada)\)?$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The street part of an address line that may go on with the city, the province and the
 * postal code ("151 Slater Street, Suite 400, Ottawa, ON K1P 5H3"), since our address has a
 * field for each.
 */
function streetOf(address: string, city: string): string {
  const trailingCity = city ? new RegExp(`(?:^|[\\s,])${escapeRegExp(city)}$`, 'i') : null;
  let rest = address.replace(POSTAL_CODE, ' ').replace(/\s+/g, ' ').trim();
  for (let pass = 0; pass < 4; pass += 1) {
    const before = rest;
    rest = rest.replace(TRAILING_SEPARATORS, '').replace(TRAILING_PROVINCE, '').replace(TRAILING_SEPARATORS, '');
    if (trailingCity) rest = rest.replace(trailingCity, '');
    if (rest === before) break;
  }
  return rest.replace(TRAILING_SEPARATORS, '').trim();
}

/** A coordinate as a number: IRCC writes some as strings, a few with a decimal comma. */
function coordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/^([-+]?\d+),(\d+)$/, '$1.$2');
  return /^[-+]?\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

// The bounds the office schema accepts: Ontario with a margin.
const inLatitude = (value: number) => value >= 41 && value <= 57;
const inLongitude = (value: number) => value >= -96 && value <= -74;

type Coordinates = { lat: number; lng: number } | { reason: string };

function coordinatesOf(record: unknown): Coordinates {
  const raw = field(record, 'Coordinates');
  const lat = coordinate(field(raw, 'Latitude'));
  const lng = coordinate(field(raw, 'Longitude'));
  if (lat === undefined || lng === undefined) return { reason: 'no coordinates: Coordinates.Latitude and Longitude must both be numbers' };
  if (lat === 0 || lng === 0) return { reason: `no coordinates: Latitude ${lat}, Longitude ${lng} (0 means not located)` };
  if (inLatitude(lat) && inLongitude(lng)) return { lat, lng };
  // Some entries hold the longitude in Latitude and the latitude in Longitude.
  if (inLatitude(lng) && inLongitude(lat)) return { lat: lng, lng: lat };
  return { reason: `coordinates Latitude ${lat}, Longitude ${lng} are not in Ontario` };
}

type Address = { street: string; city: string; postalCode: string } | { reason: string };

function addressOf(record: unknown): Address {
  const address = localized(field(record, 'Address'));
  const city = firstText(localized(field(record, 'City')));
  const line = firstText(address);
  if (!city) return { reason: 'no city (City is empty)' };
  const postalCode = postalCodeIn(line) ?? postalCodeIn(address.fr ?? '') ?? postalCodeIn(city);
  if (!postalCode) return { reason: `no postal code in Address "${line}"` };
  if (!/^[KLMNP]/.test(postalCode)) return { reason: `postal code ${postalCode} is not an Ontario postal code` };
  const street = streetOf(line, city);
  if (!street) return { reason: `no street address in Address "${line}"` };
  return { street, city, postalCode };
}

// ───────────── Services, languages, phone, notes ─────────────

function isYes(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'yes');
}

function flagsSet(record: unknown): string[] {
  const services = field(record, 'Services');
  return isRecord(services) ? Object.keys(services).filter((flag) => isYes(services[flag])) : [];
}

function servicesOf(flags: string[]): string[] {
  // Unknown flags are left out: an office must not appear under a step nobody mapped it to.
  const ids = flags.flatMap((flag) => (Object.hasOwn(SERVICE_FLAGS, flag) ? (SERVICE_FLAGS[flag] ?? []) : []));
  return [...new Set(ids)];
}

function languagesOf(flags: string[]): string[] {
  return flags.some((flag) => FRENCH_FLAGS.includes(flag)) ? ['en', 'fr'] : ['en'];
}

// Fax and TTY lines cannot take a voice call, so they are never the office's phone.
const NOT_VOICE = /fax|t[ée]l[ée]copieur|\btty\b|\bats\b|\bteletype/i;
const PHONE_SEPARATORS = /\s*(?:[/;|\n]|\bor\b|\bou\b|,(?!\s*(?:ext|extension|poste|x)\b))\s*/i;

/** The first number a phone can dial, printed the Ontario way: the field may hold several. */
function phoneOf(record: unknown): string | undefined {
  const text = firstText(localized(field(record, 'Telephone')));
  for (const part of text.split(PHONE_SEPARATORS)) {
    if (NOT_VOICE.test(part)) continue;
    const tel = dialable(part.replace(/^[^\d+(]*/, ''));
    if (tel) return printed(tel);
  }
  return undefined;
}

const ABOUT_ACCESS =
  /accessib|wheelchair|fauteuil roulant|barrier[- ]free|sans obstacles?|\bramps?\b|\brampe|elevator|ascenseur|step[- ]free|mobility|mobilit[ée] r[ée]duite/i;

/** Notes are kept only when they are about getting in: the office has no other free-text field. */
function accessibilityOf(record: unknown): Localized | undefined {
  const note = localized(field(record, 'Note'));
  return ABOUT_ACCESS.test(`${note.en ?? ''} ${note.fr ?? ''}`) ? note : undefined;
}

// ───────────── Ids and municipalities ─────────────


function municipalityIds(context: SourceContext): string[] {
  const ids = field(context.options, 'municipalities');
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * The municipality an office belongs to, for "offices near me" and the city catalogues. IRCC
 * writes the city as people say it ("Sudbury"), not as the municipality is named ("Greater
 * Sudbury"), so a single id ending with the city's name counts as a match.
 */
function municipalityOf(city: string, known: string[]): string {
  const citySlug = slug(city);
  if (known.includes(citySlug)) return citySlug;
  const endings = known.filter((id) => id.endsWith(`-${citySlug}`));
  return endings.length === 1 && endings[0] ? endings[0] : citySlug;
}

function pageUrl(context: SourceContext): string {
  const url = field(context.options, 'pageUrl');
  return typeof url === 'string' && /^https?:\/\/\S+$/.test(url) && URL.canParse(url) ? url : DEFAULT_PAGE_URL;
}

// ───────────── One record ─────────────

function mapRecord(record: unknown, context: SourceContext): Outcome {
  if (!isRecord(record)) return { reason: 'is not an entry (expected { Type: …, City: …, … })' };
  const name = localized(field(record, 'Type'));
  if (!firstText(name)) return { reason: 'no organisation name (Type is empty)' };
  const province = firstText(localized(field(record, 'Province')));
  if (!province) return { reason: 'no province (Province is empty)' };
  if (!isOntario(province)) return { reason: `in ${province}, not Ontario: only Ontario offices are listed` };
  const address = addressOf(record);
  if ('reason' in address) return address;
  const coordinates = coordinatesOf(record);
  if ('reason' in coordinates) return coordinates;
  const flags = flagsSet(record);
  const municipality = municipalityOf(address.city, municipalityIds(context));
  if (!municipality) return { reason: `the city "${address.city}" cannot be matched to a municipality` };
  const office: OfficeInput = {
    id: '',
    kind: 'settlement-agency',
    name,
    address: { street: address.street, city: address.city, province: 'ON', postalCode: address.postalCode },
    coordinates,
    services: servicesOf(flags),
    languages: languagesOf(flags),
    municipality,
    source: pageUrl(context),
    dateModified: context.fetchedOn,
  };
  const phone = phoneOf(record);
  if (phone) office.phone = phone;
  const accessibility = accessibilityOf(record);
  if (accessibility) office.accessibility = accessibility;
  return { office };
}

function labelOf(record: unknown): string | undefined {
  return firstText(localized(field(record, 'Type'))) || undefined;
}

function describe(index: number, label: string | undefined, reason: string): string {
  return `ServicesData[${index}]${label ? ` (${label})` : ''}: ${reason}`;
}

function baseId(office: OfficeInput): string {
  return slug(`${firstText(office.name)} ${office.address.city}`) || 'office';
}

/**
 * Ids from the organisation's name and city, since IRCC gives entries no id of their own:
 * stable as long as the agency keeps its name. A second office of the same agency in the same
 * city gets its postal code too; one with the same postal code as well is the same office
 * listed twice.
 */
function assignIds(offices: { office: OfficeInput; index: number }[], context: SourceContext, rejected: RejectedRecord[]) {
  const prefix = slug(context.sourceId).replace(/-+/g, '-') || 'ircc';
  const postalCodes = new Map<string, Set<string>>();
  for (const { office } of offices) {
    const base = baseId(office);
    postalCodes.set(base, (postalCodes.get(base) ?? new Set()).add(office.address.postalCode));
  }
  const taken = new Map<string, number>();
  return offices.filter(({ office, index }) => {
    const base = baseId(office);
    const local = (postalCodes.get(base)?.size ?? 0) > 1 ? `${base}-${slug(office.address.postalCode)}` : base;
    const first = taken.get(local);
    if (first !== undefined) {
      rejected.push({ index, recordId: firstText(office.name), reason: describe(index, firstText(office.name), `the same office as ServicesData[${first}] (same name, city and postal code)`) });
      return false;
    }
    taken.set(local, index);
    office.id = `${prefix}.${local}`;
    return true;
  });
}

function emptyFeed(context: SourceContext, offices: OfficeInput[]): FeedInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    publisher: context.publisher,
    // No clock in an adapter: the feed is as of the day the file was read.
    generatedAt: `${context.fetchedOn}T00:00:00Z`,
    items: [],
    offices,
    municipalities: [],
  };
}

/** IRCC's services file as a common feed of Ontario settlement agencies, and every entry left out. */
export function adaptIrccNewcomerServices(responseText: string, context: SourceContext): AdaptedSource {
  const script = readScript(responseText);
  if ('fatal' in script) return { feed: emptyFeed(context, []), rejected: [{ index: -1, reason: script.fatal }] };
  const rejected: RejectedRecord[] = script.problem ? [{ index: -1, reason: script.problem }] : [];
  const mapped: { office: OfficeInput; index: number }[] = [];
  script.entries.forEach((entry, index) => {
    if ('error' in entry) {
      rejected.push({ index, reason: describe(index, undefined, entry.error) });
      return;
    }
    const outcome = mapRecord(entry.value, context);
    if ('office' in outcome) {
      mapped.push({ office: outcome.office, index });
      return;
    }
    const label = labelOf(entry.value);
    rejected.push({ index, ...(label ? { recordId: label } : {}), reason: describe(index, label, outcome.reason) });
  });
  const offices = assignIds(mapped, context, rejected).map(({ office }) => office);
  rejected.sort((a, b) => a.index - b.index);
  return { feed: emptyFeed(context, offices), rejected };
}

/**
 * The service flags of the file this adapter does not know, each once, sorted: they are not
 * records, so they are not rejections, but a new IRCC flag is worth adding to SERVICE_FLAGS.
 */
export function unknownServiceFlags(responseText: string): string[] {
  const script = readScript(responseText);
  if ('fatal' in script) return [];
  const unknown = new Set<string>();
  for (const entry of script.entries) {
    if ('error' in entry) continue;
    const services = field(entry.value, 'Services');
    if (!isRecord(services)) continue;
    for (const flag of Object.keys(services)) if (!Object.hasOwn(SERVICE_FLAGS, flag)) unknown.add(flag);
  }
  return [...unknown].sort();
}

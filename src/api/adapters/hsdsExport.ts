import type { Feed } from '../../content/feed';
import type { Item } from '../../content/item';
import type { LocalizedText } from '../../content/localized';
import type { Office } from '../../content/office';
import type { OfficeKind } from '../../content/taxonomy';
import { scheduleFields } from './hsdsSchedules';

/*
 * Our offices as Open Referral HSDS 3.0, so other community directories can take them: one
 * HSDS `service` per item an office serves (an office serving none is one service of its own),
 * each delivered by the office's organization at the office's location, in the shape of a
 * `/services?full=true` page. HSDS text has one language: ours goes out in English (French when
 * an entry has no English), the other language in `x_translations` and the language itself in
 * `x_language`, the extensions `adaptHsds` reads back. HSDS wants UUIDs; they are derived from
 * our ids, so an export repeated tomorrow names the same records the same way.
 */

type Translations = Record<string, Record<string, string>>;

export interface HsdsLanguage {
  id: string;
  name?: string;
  code: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  language: string;
  term_uri?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'service' | 'location';
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsSchedule extends ReturnType<typeof scheduleFields> {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  url?: string;
  latitude: number;
  longitude: number;
  external_identifier: string;
  external_identifier_type: string;
  languages: HsdsLanguage[];
  addresses: {
    id: string;
    location_id: string;
    address_1: string;
    city: string;
    state_province: string;
    postal_code: string;
    country: 'CA';
    address_type: 'physical';
  }[];
  phones: { id: string; location_id: string; number: string; type: 'voice' }[];
  schedules: HsdsSchedule[];
  accessibility: { id: string; location_id: string; description: string }[];
  attributes: HsdsAttribute[];
  x_language?: string;
  x_translations?: Translations;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  x_language?: string;
  x_translations?: Translations;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url: string;
  status: 'active';
  last_modified: string;
  languages: HsdsLanguage[];
  organization: HsdsOrganization;
  attributes: HsdsAttribute[];
  service_at_locations: { id: string; service_id: string; location_id: string; location: HsdsLocation }[];
  x_language?: string;
  x_translations?: Translations;
}

/** A `/services` page holding every service at once. */
export interface HsdsServicePage {
  total_items: number;
  total_pages: 1;
  page_number: 1;
  size: number;
  first_page: true;
  last_page: true;
  empty: boolean;
  contents: HsdsService[];
}

const ITEMS_TAXONOMY = 'No Wrong Door newcomer steps';
const KINDS_TAXONOMY = 'No Wrong Door office kinds';

const KIND_LABELS: Record<OfficeKind, { en: string; fr: string }> = {
  serviceontario: { en: 'ServiceOntario centre', fr: 'Centre ServiceOntario' },
  'service-canada': { en: 'Service Canada Centre', fr: 'Centre Service Canada' },
  'co-located': { en: 'Shared service centre', fr: 'Centre de services partagés' },
  'settlement-agency': { en: 'Settlement agency', fr: 'Organisme d’établissement' },
  library: { en: 'Public library', fr: 'Bibliothèque publique' },
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', fr: 'French', ar: 'Arabic', zh: 'Chinese', es: 'Spanish', fa: 'Persian', so: 'Somali',
  ne: 'Nepali', vi: 'Vietnamese', ti: 'Tigrinya', sw: 'Swahili', uk: 'Ukrainian', pt: 'Portuguese',
  pa: 'Punjabi', ur: 'Urdu', hi: 'Hindi', tl: 'Tagalog', ta: 'Tamil', ru: 'Russian',
};

/**
 * A UUID (version 8, "custom") derived from a text: four FNV-1a hashes of it, seeded apart.
 * Not cryptographic; stable and well spread is all an identifier needs.
 */
export function stableUuid(text: string): string {
  const hex = [0, 1, 2, 3]
    .map((seed) => {
      let hash = 0x811c9dc5;
      for (const char of `${seed}:${text}`) {
        hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The language the standard fields are written in: English when the entry has it. */
function primaryOf(text: LocalizedText): string {
  return text.en !== undefined ? 'en' : (Object.keys(text)[0] ?? 'en');
}

/** Each field's text in the languages other than `primary`, grouped by language. */
function translationsOf(primary: string, fields: Record<string, LocalizedText | undefined>): Translations | undefined {
  const translations: Translations = {};
  for (const [field, text] of Object.entries(fields)) {
    for (const [language, value] of Object.entries(text ?? {})) {
      if (language !== primary) translations[language] = { ...translations[language], [field]: value };
    }
  }
  return Object.keys(translations).length > 0 ? translations : undefined;
}

function languageExtensions(primary: string, translations: Translations | undefined) {
  return { ...(primary !== 'en' ? { x_language: primary } : {}), ...(translations ? { x_translations: translations } : {}) };
}

function textIn(text: LocalizedText, language: string): string {
  return text[language] ?? Object.values(text)[0] ?? '';
}

function languagesOf(office: Office, owner: string): HsdsLanguage[] {
  return office.languages.map((code) => ({
    id: stableUuid(`${owner}#language#${code}`),
    ...(LANGUAGE_NAMES[code] ? { name: LANGUAGE_NAMES[code] } : {}),
    code,
  }));
}

function kindAttribute(office: Office, locationId: string): HsdsAttribute {
  const termId = stableUuid(`${KINDS_TAXONOMY}#${office.kind}`);
  return {
    id: stableUuid(`${office.id}#kind`),
    link_id: locationId,
    link_type: 'location_type',
    link_entity: 'location',
    taxonomy_term_id: termId,
    taxonomy_term: {
      id: termId,
      code: office.kind,
      name: KIND_LABELS[office.kind].en,
      description: `The kind of office in the No Wrong Door common newcomer feed: ${KIND_LABELS[office.kind].en}.`,
      taxonomy: KINDS_TAXONOMY,
      language: 'en',
    },
  };
}

function locationOf(office: Office): HsdsLocation {
  const id = stableUuid(office.id);
  const primary = primaryOf(office.name);
  const accessibility = office.accessibility ? textIn(office.accessibility, primary) : undefined;
  const translations = translationsOf(primary, { name: office.name, accessibility: office.accessibility });
  const url = office.url ? textIn(office.url, primary) : undefined;
  return {
    id,
    location_type: 'physical',
    name: textIn(office.name, primary),
    ...(url ? { url } : {}),
    latitude: office.coordinates.lat,
    longitude: office.coordinates.lng,
    // Our own id travels along, so a directory that takes ours can tell us which entry it means.
    external_identifier: office.id,
    external_identifier_type: 'nwd-office-id',
    languages: languagesOf(office, office.id),
    addresses: [
      {
        id: stableUuid(`${office.id}#address`),
        location_id: id,
        address_1: office.address.street,
        city: office.address.city,
        state_province: office.address.province,
        postal_code: office.address.postalCode,
        country: 'CA',
        address_type: 'physical',
      },
    ],
    phones: office.phone ? [{ id: stableUuid(`${office.id}#phone`), location_id: id, number: office.phone, type: 'voice' }] : [],
    // No zone on the times: they are Ontario's clock, which is not one UTC offset all year.
    schedules: office.hours.map((hours, n) => ({
      id: stableUuid(`${office.id}#hours#${n}`),
      location_id: id,
      ...scheduleFields(hours),
      description: `${hours.days.join(', ')} ${hours.opens}–${hours.closes} (Ontario time)`,
    })),
    accessibility: accessibility ? [{ id: stableUuid(`${office.id}#accessibility`), location_id: id, description: accessibility }] : [],
    attributes: [kindAttribute(office, id)],
    ...languageExtensions(primary, translations),
  };
}

function organizationOf(office: Office, feed: Feed): HsdsOrganization {
  const primary = primaryOf(office.name);
  const kind = KIND_LABELS[office.kind];
  const publisher = feed.publisher.name;
  const description: LocalizedText = {
    en: `${kind.en} listed by ${publisher.en ?? textIn(publisher, 'en')}.`,
    fr: `${kind.fr} répertorié par ${publisher.fr ?? textIn(publisher, 'fr')}.`,
  };
  const website = office.url ? textIn(office.url, primary) : undefined;
  return {
    id: stableUuid(`${office.id}#organization`),
    name: textIn(office.name, primary),
    description: textIn(description, primary),
    ...(website ? { website } : {}),
    ...languageExtensions(primary, translationsOf(primary, { name: office.name, description })),
  };
}

function itemAttribute(serviceId: string, itemId: string, item: Item | undefined): HsdsAttribute {
  const termId = stableUuid(`${ITEMS_TAXONOMY}#${itemId}`);
  const language = item ? primaryOf(item.title) : 'en';
  const name = item ? textIn(item.title, language) : itemId;
  const termUri = item ? textIn(item.source, language) : undefined;
  return {
    id: stableUuid(`${serviceId}#attribute`),
    link_id: serviceId,
    link_type: 'service_type',
    link_entity: 'service',
    taxonomy_term_id: termId,
    taxonomy_term: {
      id: termId,
      code: itemId,
      name,
      description: item ? textIn(item.summary, language) : name,
      taxonomy: ITEMS_TAXONOMY,
      language,
      ...(termUri ? { term_uri: termUri } : {}),
    },
  };
}

function serviceOf(office: Office, itemId: string | undefined, item: Item | undefined, feed: Feed): HsdsService {
  const id = stableUuid(`${office.id}#service#${itemId ?? ''}`);
  const location = locationOf(office);
  const organization = organizationOf(office, feed);
  const title = item?.title ?? office.name;
  const summary = item?.summary ?? office.name;
  const primary = primaryOf(title);
  return {
    id,
    organization_id: organization.id,
    name: textIn(title, primary),
    description: textIn(summary, primary),
    url: office.source,
    status: 'active',
    last_modified: `${office.dateModified}T00:00:00Z`,
    languages: languagesOf(office, id),
    organization,
    attributes: itemId ? [itemAttribute(id, itemId, item)] : [],
    service_at_locations: [{ id: stableUuid(`${id}#at#${office.id}`), service_id: id, location_id: location.id, location }],
    ...languageExtensions(primary, translationsOf(primary, { name: title, description: summary })),
  };
}

/**
 * A feed's offices as an HSDS 3.0 `/services?full=true` page. Item names come from `catalogue`
 * (by default the feed's own items); pass the merged catalogue so an office serving another
 * publisher's item (a city office serving `ca.sin`) exports that item's title, not its id.
 */
export function toHsds(feed: Feed, catalogue: readonly Item[] = feed.items): HsdsServicePage {
  const items = new Map(catalogue.map((item) => [item.id, item]));
  const contents = feed.offices.flatMap((office) =>
    office.services.length === 0
      ? [serviceOf(office, undefined, undefined, feed)]
      : office.services.map((itemId) => serviceOf(office, itemId, items.get(itemId), feed)),
  );
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

// The parts a generated Ontario is named from: made-up places that read like real ones, each
// kind of municipality with its English and French form, and the regions with where they lie.

export type Random = () => number;

/** A small fast generator with a seed (mulberry32): the same seed always gives the same province. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
export const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const FIRST = [
  'Oak', 'Ash', 'Elm', 'Maple', 'Cedar', 'Pine', 'Birch', 'Willow', 'Stone', 'Clear', 'Silver', 'Red', 'Black', 'White',
  'Green', 'Fair', 'Glen', 'Brook', 'Spring', 'Mill', 'Bear', 'Beaver', 'Eagle', 'Fox', 'Wolf', 'Deer', 'Hawk', 'Otter',
  'Lake', 'River', 'High', 'Long', 'Rock', 'Sand', 'Iron', 'Gold', 'Grand', 'Marsh', 'Thorn', 'Heron', 'Loon', 'Amber',
];
const SECOND = [
  'field', 'ridge', 'brook', 'ford', 'dale', 'wood', 'ton', 'ville', 'burg', 'view', 'haven', 'mount', 'vale', 'bank',
  'port', 'mouth', 'bridge', 'crest', 'hill', 'lake', 'grove', 'shore', 'bury', 'stead', 'well', 'moor', 'cliff',
];
const FRENCH_FIRST = ['Saint-', 'Sainte-', 'Val-', 'Lac-', 'Mont-', 'Rivière-', 'Pointe-', 'Grand-'];
const FRENCH_SECOND = [
  'Laurent', 'Marie', 'Joseph', 'Rita', 'Côté', 'Claire', 'Pierre', 'Luc', 'Isidore', 'Albert', 'Eugène', 'Gilles',
  'Thérèse', 'André', 'Denis', 'Hélène', 'Rosaire', 'Aurèle', 'Gérard', 'Cécile',
];
const PREFIXES = ['North ', 'South ', 'East ', 'West ', 'Upper ', 'Lower ', 'New ', ''];

/** A place name: English-sounding mostly, French-sounding for some designated municipalities. */
export function placeName(random: Random, frenchSounding: boolean): string {
  if (frenchSounding) return `${pick(random, FRENCH_FIRST)}${pick(random, FRENCH_SECOND)}`;
  const prefix = random() < 0.15 ? pick(random, PREFIXES) : '';
  return `${prefix}${pick(random, FIRST)}${pick(random, SECOND)}`;
}

/** "de" before a consonant, "d’" before a vowel, as French writes place names. */
export const deFr = (name: string) => (/^[AEIOUYÉÈÊÂ]/i.test(name) ? `d’${name}` : `de ${name}`);

export interface MunicipalityKind {
  en: (name: string) => string;
  fr: (name: string) => string;
  /** Share of Ontario's municipalities of this kind, roughly. */
  weight: number;
  /** How big such a place usually is (log-uniform between the two). */
  population: [number, number];
}

export const KINDS: readonly MunicipalityKind[] = [
  { en: (n) => `Township of ${n}`, fr: (n) => `Canton ${deFr(n)}`, weight: 0.44, population: [250, 25_000] },
  { en: (n) => `Town of ${n}`, fr: (n) => `Ville ${deFr(n)}`, weight: 0.2, population: [2_000, 120_000] },
  { en: (n) => `Municipality of ${n}`, fr: (n) => `Municipalité ${deFr(n)}`, weight: 0.17, population: [1_000, 60_000] },
  { en: (n) => `City of ${n}`, fr: (n) => `Ville ${deFr(n)}`, weight: 0.1, population: [20_000, 700_000] },
  { en: (n) => `Village of ${n}`, fr: (n) => `Village ${deFr(n)}`, weight: 0.06, population: [300, 6_000] },
  { en: (n) => `United Townships of ${n}`, fr: (n) => `Cantons unis ${deFr(n)}`, weight: 0.03, population: [400, 8_000] },
];

export function pickKind(random: Random): MunicipalityKind {
  let left = random() * KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  for (const kind of KINDS) {
    left -= kind.weight;
    if (left <= 0) return kind;
  }
  return KINDS[0] as MunicipalityKind;
}

export interface Region {
  en: string;
  fr: string;
  /** Where its towns lie, roughly. */
  lat: number;
  lng: number;
  /** Ontario postal codes start with K, L, M, N or P by area. */
  postal: string;
  areaCode: string;
  /** Chance that one of its municipalities is designated under the French Language Services Act. */
  french: number;
  weight: number;
}

export const REGIONS: readonly Region[] = [
  { en: 'Eastern Ontario', fr: 'Est de l’Ontario', lat: 45.0, lng: -75.8, postal: 'K', areaCode: '613', french: 0.5, weight: 0.18 },
  { en: 'Central Ontario', fr: 'Centre de l’Ontario', lat: 44.6, lng: -79.4, postal: 'L', areaCode: '705', french: 0.12, weight: 0.2 },
  { en: 'Greater Toronto Area', fr: 'Région du grand Toronto', lat: 43.8, lng: -79.5, postal: 'L', areaCode: '905', french: 0.2, weight: 0.06 },
  { en: 'Southwestern Ontario', fr: 'Sud-Ouest de l’Ontario', lat: 43.0, lng: -81.3, postal: 'N', areaCode: '519', french: 0.1, weight: 0.26 },
  { en: 'Niagara', fr: 'Niagara', lat: 43.1, lng: -79.3, postal: 'L', areaCode: '905', french: 0.15, weight: 0.05 },
  { en: 'Northeastern Ontario', fr: 'Nord-Est de l’Ontario', lat: 47.4, lng: -81.0, postal: 'P', areaCode: '705', french: 0.7, weight: 0.17 },
  { en: 'Northwestern Ontario', fr: 'Nord-Ouest de l’Ontario', lat: 49.2, lng: -89.0, postal: 'P', areaCode: '807', french: 0.25, weight: 0.08 },
];

export function pickRegion(random: Random): Region {
  let left = random() * REGIONS.reduce((sum, region) => sum + region.weight, 0);
  for (const region of REGIONS) {
    left -= region.weight;
    if (left <= 0) return region;
  }
  return REGIONS[0] as Region;
}

/** Lowercase ASCII words joined by hyphens, as municipality ids are written. */
export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

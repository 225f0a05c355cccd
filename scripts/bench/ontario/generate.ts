// A generated Ontario for the scale bench: every municipality (444, as in Ontario) publishing its
// own common feed of about 50 items and 5 offices, beside the real federal and provincial mock
// feeds, with the portals.json that lists them all. Deterministic: a seed gives one province.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mockFeeds } from '../../../mocks/data/feeds';
import type { FeedInput } from '../../../src/content/feed';
import type { ItemInput } from '../../../src/content/item';
import type { MunicipalityInput } from '../../../src/content/municipality';
import type { OfficeInput } from '../../../src/content/office';
import { distanceKm } from '../../../src/content/offices/distance';
import { fsaCentroids, type LatLng } from '../../../src/content/offices/fsaCentroids';
import { REGIONS, between, pick, pickKind, pickRegion, placeName, seededRandom, slug, type Random, type Region } from './names';
import { CLOSINGS, SERVICES, type ServiceTemplate, type Town } from './templates';

export const ONTARIO_MUNICIPALITIES = 444;
export const DEFAULT_SEED = 2026;
/** The feeds are dated before this day, so a run judged on it finds nothing in the future. */
export const GENERATED_AS_OF = '2026-12-01';
const GENERATED_AT = '2026-11-25T06:00:00Z';
/** Share of a town's services it publishes: with a task and a guide each, about 50 items. */
const SERVICE_SHARE = 0.88;
/** The real mock feeds that apply everywhere in Ontario. */
const EVERYWHERE = ['canada', 'ontario'] as const;

export interface GeneratedMunicipality {
  id: string;
  name: { en: string; fr: string };
  region: string;
  population: number;
  frenchLanguageServices: boolean;
}

/** A portals.json entry, as written (the shape SourcesFile reads). */
interface PortalEntry {
  id: string;
  kind: 'newcomer-feed';
  url: string;
  name: { en: string; fr: string };
  municipality?: string;
}

export interface Province {
  municipalities: GeneratedMunicipality[];
  /** Every feed by portal id: the federal and provincial ones first, then each municipality's. */
  feeds: Map<string, FeedInput>;
  /** portals.json, with URLs relative to the server that serves the folder. */
  config: { portals: PortalEntry[] };
}

export const feedPath = (id: string) => `portals/${id}/newcomer-feed.json`;
export const CONFIG_FILE = 'portals.json';

const POSTAL_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
const STREETS = ['Main Street', 'King Street', 'Queen Street', 'Church Street', 'Water Street', 'Mill Street', 'Victoria Street', 'Elgin Street', 'Front Street', 'Park Avenue', 'Lakeshore Road', 'Centre Street', 'John Street', 'Dundas Street', 'Simcoe Street'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

const two = (n: number) => String(n).padStart(2, '0');
const dateIn2026 = (random: Random) => `2026-${two(between(random, 1, 11))}-${two(between(random, 1, 28))}`;
const logUniform = (random: Random, [low, high]: [number, number]) => Math.round(Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low))));
const jitter = (random: Random, at: LatLng, degrees: number): LatLng => ({
  lat: Math.round((at.lat + (random() - 0.5) * degrees) * 10_000) / 10_000,
  lng: Math.round((at.lng + (random() - 0.5) * degrees) * 10_000) / 10_000,
});

/** Real postal areas near each region's towns (Toronto's M areas left to Toronto itself). */
function areasByRegion(): Map<Region, [string, LatLng][]> {
  const areas = [...fsaCentroids()].filter(([fsa]) => !fsa.startsWith('M'));
  return new Map(
    REGIONS.map((region) => {
      const near = areas.filter(([, at]) => distanceKm(at, region) < 150);
      return [region, near.length > 0 ? near : areas];
    }),
  );
}

interface Place {
  town: Town;
  region: Region;
  fsa: string;
  centre: LatLng;
  population: number;
}

function places(count: number, random: Random): Place[] {
  const areas = areasByRegion();
  const used = new Map<string, number>();
  return Array.from({ length: count }, () => {
    const region = pickRegion(random);
    const frenchDesignated = random() < region.french;
    const place = placeName(random, frenchDesignated && random() < 0.4);
    const kind = pickKind(random);
    const en = kind.en(place);
    const base = slug(en);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    const id = seen === 1 ? base : `${base}-${seen}`;
    const [fsa, centre] = pick(random, areas.get(region) ?? []);
    const phone = `${region.areaCode}-${between(random, 200, 989)}-${between(random, 1000, 9999)}`;
    return {
      town: { id, name: { en, fr: kind.fr(place) }, place, host: `www.${id}.ca`, phone, frenchDesignated },
      region,
      fsa,
      centre,
      population: logUniform(random, kind.population),
    };
  });
}

function postalCode(random: Random, fsa: string): string {
  return `${fsa} ${between(random, 0, 9)}${pick(random, [...POSTAL_LETTERS])}${between(random, 0, 9)}`;
}

function page(town: Town, template: ServiceTemplate, guide: boolean) {
  const rest = guide ? '/about' : '';
  return { en: `https://${town.host}/en/${template.key}${rest}`, fr: `https://${town.host}/fr/${template.keyFr}${rest}` };
}

function item(random: Random, town: Town, template: ServiceTemplate, guide: boolean): ItemInput {
  const about = template.about(town);
  const second = guide ? pick(random, CLOSINGS)(town) : template.how(town);
  const closing = pick(random, CLOSINGS)(town);
  const source = page(town, template, guide);
  const channels: ItemInput['channels'] = [
    { type: 'online', url: source },
    { type: 'phone', phone: town.phone, note: { en: `${town.name.en}, weekdays.`, fr: `${town.name.fr}, en semaine.` } },
  ];
  if (template.officeKinds) channels.push({ type: 'in-person', officeKinds: template.officeKinds });
  return {
    id: `${town.id}.${template.key}${guide ? '-guide' : ''}`,
    kind: guide ? 'guide' : 'task',
    // Only the task names the shared service: the guide is about it, not another copy of it.
    ...(template.serviceId && !guide ? { serviceId: template.serviceId } : {}),
    title: guide ? template.guideTitle(town) : template.title(town),
    summary: template.summary(town),
    body: { en: `${about.en}${second.en}${closing.en}`, fr: `${about.fr}${second.fr}${closing.fr}` },
    topics: template.topics,
    stages: template.stages,
    audience: { categories: [], requires: template.requires ?? [] },
    responsible: { jurisdiction: template.responsible ?? 'municipal', body: template.deliveredBy(town) },
    channels,
    ...(template.dependsOn && !guide ? { dependsOn: template.dependsOn } : {}),
    ...(template.due && !guide ? { due: template.due } : {}),
    municipalities: [town.id],
    source,
    dateModified: dateIn2026(random),
    languages: ['en', 'fr'],
  };
}

interface OfficePlan {
  key: string;
  kind: OfficeInput['kind'];
  name: (town: Town) => { en: string; fr: string };
  services: string[];
  hours: OfficeInput['hours'];
  share: number;
}

const OFFICES: OfficePlan[] = [
  {
    key: 'municipal-office', kind: 'co-located', share: 1,
    name: (town) => ({ en: `${town.name.en} Municipal Office`, fr: `Bureau municipal – ${town.name.fr}` }),
    services: ['contact', 'property-tax', 'water-account', 'pet-licence', 'parking', 'building-permit', 'welcome-centre', 'french-services', 'transit'],
    hours: [{ days: [...WEEKDAYS], opens: '08:30', closes: '16:30' }],
  },
  {
    key: 'library-main', kind: 'library', share: 1,
    name: (town) => ({ en: `${town.place} Public Library – Main Branch`, fr: `Bibliothèque publique de ${town.place} – succursale principale` }),
    services: ['library-card', 'conversation-circles'],
    hours: [{ days: ['mon', 'tue', 'wed', 'thu'], opens: '10:00', closes: '20:00' }, { days: ['fri', 'sat'], opens: '10:00', closes: '17:00' }],
  },
  {
    key: 'settlement-agency', kind: 'settlement-agency', share: 1,
    name: (town) => ({ en: `${town.place} Newcomer Centre`, fr: `Centre des nouveaux arrivants de ${town.place}` }),
    services: ['settlement-services', 'ca.settlement-services', 'ca.language-assessment', 'on.employment-ontario'],
    hours: [{ days: [...WEEKDAYS], opens: '09:00', closes: '17:00' }],
  },
  {
    key: 'recreation-centre', kind: 'co-located', share: 0.8,
    name: (town) => ({ en: `${town.place} Recreation Centre`, fr: `Centre récréatif de ${town.place}` }),
    services: ['recreation', 'swimming', 'youth', 'older-adults'],
    hours: [{ days: [...WEEKDAYS, 'sat', 'sun'], opens: '07:00', closes: '22:00' }],
  },
  {
    key: 'library-branch', kind: 'library', share: 0.6,
    name: (town) => ({ en: `${town.place} Public Library – Community Branch`, fr: `Bibliothèque publique de ${town.place} – succursale communautaire` }),
    services: ['library-card', 'conversation-circles'],
    hours: [{ days: ['tue', 'wed', 'thu'], opens: '12:00', closes: '20:00' }, { days: ['sat'], opens: '10:00', closes: '16:00' }],
  },
  {
    key: 'employment-centre', kind: 'settlement-agency', share: 0.45,
    name: (town) => ({ en: `${town.place} Employment and Settlement Services`, fr: `Services d’emploi et d’établissement de ${town.place}` }),
    services: ['jobs', 'on.employment-ontario', 'ca.settlement-services'],
    hours: [{ days: [...WEEKDAYS], opens: '08:30', closes: '16:30' }],
  },
];

function offices(random: Random, { town, fsa, centre }: Place, published: Set<string>): OfficeInput[] {
  return OFFICES.filter((plan) => random() < plan.share).map((plan) => ({
    id: `${town.id}.office.${plan.key}`,
    kind: plan.kind,
    name: plan.name(town),
    address: { street: `${between(random, 1, 990)} ${pick(random, STREETS)}`, city: town.place, province: 'ON', postalCode: postalCode(random, fsa) },
    coordinates: jitter(random, centre, 0.04),
    hours: plan.hours,
    phone: town.phone,
    url: { en: `https://${town.host}/en/${plan.key}`, fr: `https://${town.host}/fr/${plan.key}` },
    // A town's own services by their id in its feed; the federal and provincial ones as they are.
    services: plan.services.map((id) => (id.includes('.') ? id : `${town.id}.${id}`)).filter((id) => published.has(id) || !id.startsWith(`${town.id}.`)),
    languages: town.frenchDesignated ? ['en', 'fr'] : ['en'],
    wheelchairAccessible: random() < 0.8,
    municipality: town.id,
    source: `https://${town.host}/en/${plan.key}`,
    dateModified: dateIn2026(random),
  }));
}

function municipalFeed(random: Random, place: Place): FeedInput {
  const { town, region, population } = place;
  const templates = SERVICES.filter((template) => (template.frenchOnly ? town.frenchDesignated : true));
  const items = templates.flatMap((template) => [false, true].filter(() => random() < SERVICE_SHARE).map((guide) => item(random, town, template, guide)));
  const published = new Set(items.map((entry) => entry.id));
  const municipality: MunicipalityInput = {
    id: town.id,
    name: town.name,
    region: { en: region.en, fr: region.fr },
    population,
    populationYear: 2021,
    frenchLanguageServices: town.frenchDesignated,
    portal: { en: `https://${town.host}/en/newcomers`, fr: `https://${town.host}/fr/nouveaux-arrivants` },
    dateModified: dateIn2026(random),
  };
  return {
    schemaVersion: '1.0',
    generatedAt: GENERATED_AT,
    publisher: {
      id: town.id,
      name: town.name,
      jurisdiction: 'municipal',
      licence: {
        name: { en: `Open Government Licence – ${town.name.en}`, fr: `Licence du gouvernement ouvert – ${town.name.fr}` },
        url: `https://${town.host}/en/open-data-licence`,
      },
      attribution: {
        en: `Contains information licensed under the Open Government Licence – ${town.name.en}.`,
        fr: `Contient des renseignements visés par la Licence du gouvernement ouvert – ${town.name.fr}.`,
      },
      homepage: { en: `https://${town.host}/en`, fr: `https://${town.host}/fr` },
    },
    municipalities: [municipality],
    items,
    offices: offices(random, place, published),
  };
}

const EVERYWHERE_NAMES: Record<(typeof EVERYWHERE)[number], { en: string; fr: string }> = {
  canada: { en: 'Government of Canada', fr: 'Gouvernement du Canada' },
  ontario: { en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' },
};

/** A province of `count` municipalities (Ontario's 444 by default) beside the federal and provincial feeds. */
export function generateProvince({ count = ONTARIO_MUNICIPALITIES, seed = DEFAULT_SEED }: { count?: number; seed?: number } = {}): Province {
  const random = seededRandom(seed);
  const towns = places(count, random);
  const feeds = new Map<string, FeedInput>(EVERYWHERE.map((id) => [id, mockFeeds[id] as FeedInput]));
  const portals: PortalEntry[] = EVERYWHERE.map((id) => ({ id, kind: 'newcomer-feed', url: `/${feedPath(id)}`, name: EVERYWHERE_NAMES[id] }));
  for (const place of towns) {
    feeds.set(place.town.id, municipalFeed(random, place));
    portals.push({ id: place.town.id, kind: 'newcomer-feed', url: `/${feedPath(place.town.id)}`, name: place.town.name, municipality: place.town.id });
  }
  return {
    municipalities: towns.map(({ town, region, population }) => ({
      id: town.id,
      name: town.name,
      region: region.en,
      population,
      frenchLanguageServices: town.frenchDesignated,
    })),
    feeds,
    config: { portals },
  };
}

/**
 * Writes the province into `dir`: portals.json and each feed at the path its URL names, so a
 * static server on `dir` answers the ingest as the portals would. Returns portals.json's path.
 */
export async function writeProvince(dir: string, province: Province): Promise<string> {
  for (const [id, feed] of province.feeds) {
    await mkdir(join(dir, 'portals', id), { recursive: true });
    await writeFile(join(dir, feedPath(id)), JSON.stringify(feed));
  }
  const configPath = join(dir, CONFIG_FILE);
  await writeFile(configPath, `${JSON.stringify(province.config, null, 2)}\n`);
  return configPath;
}

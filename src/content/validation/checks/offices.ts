import type { Check } from '../context';
import type { Office } from '../../office';
import { defineNotice, pointer, type Message, type Notice, type NoticeDefinition } from '../notice';
import { fieldLabel, quote } from '../fieldLabel';
import { OFFICE_KINDS, WEEKDAYS, type OfficeKind, type Weekday } from '../../taxonomy';
import { parsePostalCode } from '../../offices/postalCode';
import { fsaCentroids, type LatLng } from '../../offices/fsaCentroids';
import { distanceKm } from '../../offices/distance';
import { toMinutes } from '../../offices/hours';

type Range = Office['hours'][number];
/** The notice location of a field of the office under check. */
type Locate = (...parts: (string | number)[]) => { path: string; id: string };

const DAY_MINUTES = 24 * 60;
const NOON = 12 * 60;
const NBSP = '\u00a0';

// ---------------------------------------------------------------------------------------------
// Words

const DAY_NAMES: Record<Weekday, Message> = {
  mon: { en: 'Monday', fr: 'lundi' },
  tue: { en: 'Tuesday', fr: 'mardi' },
  wed: { en: 'Wednesday', fr: 'mercredi' },
  thu: { en: 'Thursday', fr: 'jeudi' },
  fri: { en: 'Friday', fr: 'vendredi' },
  sat: { en: 'Saturday', fr: 'samedi' },
  sun: { en: 'Sunday', fr: 'dimanche' },
};

function joinList(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1] ?? ''}`;
}

/** "Monday and Tuesday" / "le lundi et le mardi". */
function dayList(days: readonly Weekday[]): Message {
  return {
    en: joinList(days.map((day) => DAY_NAMES[day].en), 'and'),
    fr: joinList(days.map((day) => `le ${DAY_NAMES[day].fr}`), 'et'),
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const code = (parts: readonly (string | number)[]) => `\`${fieldLabel(parts)}\``;

const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const span = (opens: string, closes: string) => `${opens}–${closes}`;

/** How a 24-hour time past noon reads on a 12-hour clock: "4:30" / "4\u00a0h\u00a030". */
function twelveHour(minutes: number): Message {
  const hour = Math.floor(minutes / 60) % 12 || 12;
  const mm = String(minutes % 60).padStart(2, '0');
  return { en: `${hour}:${mm}`, fr: `${hour}${NBSP}h${mm === '00' ? '' : `${NBSP}${mm}`}` };
}

const pmSuffix = (minutes: number): Message => ({ en: 'pm', fr: minutes >= 18 * 60 ? 'du soir' : 'de l’après-midi' });

/** "4:30 pm" / "4\u00a0h\u00a030 de l’après-midi". */
function afternoon(minutes: number): Message {
  const time = twelveHour(minutes);
  const suffix = pmSuffix(minutes);
  return { en: `${time.en} ${suffix.en}`, fr: `${time.fr} ${suffix.fr}` };
}

const point = ({ lat, lng }: LatLng) => JSON.stringify({ lat, lng });

// ---------------------------------------------------------------------------------------------
// Notices

export const officeHoursMissing = defineNotice<Record<string, never>>({
  code: 'office_hours_missing',
  severity: 'warning',
  title: { en: 'Opening hours missing', fr: 'Heures d’ouverture absentes' },
  description: {
    en: 'The office lists no opening hours. People who want to go in person cannot tell when it is open, and the app can never show it as open now.',
    fr: 'Le bureau n’indique aucune heure d’ouverture. Les personnes qui veulent s’y rendre ne peuvent pas savoir quand il est ouvert, et l’application ne peut jamais l’afficher comme ouvert en ce moment.',
  },
  fix: {
    en: 'Add `hours`: one range per group of days with the same hours, each with `days`, `opens` and `closes`, in Ontario time on the 24-hour clock.',
    fr: 'Ajoutez `hours`\u00a0: une plage par groupe de jours ayant les mêmes heures, chacune avec `days`, `opens` et `closes`, à l’heure de l’Ontario et sur 24 heures.',
  },
  example: '{ "kind": "serviceontario", "hours": [] }',
  message: () => ({
    en: 'No opening hours are given. People cannot tell when to come. Add `hours`, with the days and the opening and closing times in Ontario time.',
    fr: 'Aucune heure d’ouverture n’est indiquée. Les gens ne peuvent pas savoir quand venir. Ajoutez `hours`, avec les jours et les heures d’ouverture et de fermeture, à l’heure de l’Ontario.',
  }),
});

export const officeHoursClosesBeforeOpens = defineNotice<{ index: number; opens: string; closes: string }>({
  code: 'office_hours_closes_before_opens',
  severity: 'error',
  title: { en: 'Closing time before opening time', fr: 'Heure de fermeture avant l’heure d’ouverture' },
  description: {
    en: 'A range of opening hours closes before, or at the same time as, it opens. The app reads such a range as running past midnight, so it would show the office open through the night. Only evening ranges that end by 06:00, and ranges ending at 00:00 (midnight), are read as intended.',
    fr: 'Une plage d’heures d’ouverture se termine avant l’heure d’ouverture, ou en même temps. L’application lit une telle plage comme se prolongeant après minuit\u00a0: elle afficherait le bureau ouvert toute la nuit. Seules les plages du soir qui se terminent au plus tard à 06:00, et les plages qui se terminent à 00:00 (minuit), sont lues comme prévu.',
  },
  fix: {
    en: 'Correct `opens` or `closes` so that the office closes after it opens. If the two times are swapped, put them back in order.',
    fr: 'Corrigez `opens` ou `closes` pour que le bureau ferme après son ouverture. Si les deux heures sont inversées, remettez-les dans l’ordre.',
  },
  example: '{ "days": ["mon"], "opens": "16:30", "closes": "08:30" }',
  message: ({ index, opens, closes }) => {
    const range = code(['hours', index]);
    if (opens === closes) {
      return {
        en: `In ${range}, the office opens and closes at the same time (${opens}). The app would show it open around the clock. Correct ${code(['hours', index, 'opens'])} or ${code(['hours', index, 'closes'])}.`,
        fr: `Dans ${range}, l’heure d’ouverture et l’heure de fermeture sont les mêmes (${opens}). L’application afficherait le bureau ouvert jour et nuit. Corrigez ${code(['hours', index, 'opens'])} ou ${code(['hours', index, 'closes'])}.`,
      };
    }
    return {
      en: `In ${range}, the office closes at ${closes}, before it opens at ${opens}. The app would show it open all night, from ${opens} until ${closes} the next morning. If the two times are swapped, write ${closes} in \`opens\` and ${opens} in \`closes\`.`,
      fr: `Dans ${range}, le bureau ferme à ${closes}, avant d’ouvrir à ${opens}. L’application l’afficherait ouvert toute la nuit, de ${opens} jusqu’à ${closes} le lendemain matin. Si les deux heures sont inversées, inscrivez ${closes} dans \`opens\` et ${opens} dans \`closes\`.`,
    };
  },
});

export const officeHoursTwelveHourClock = defineNotice<{
  index: number;
  opens: string;
  closes: string;
  /** Which times were written on a 12-hour clock: only the closing time, or both. */
  shifted: 'closes' | 'both';
}>({
  code: 'office_hours_twelve_hour_clock',
  severity: 'error',
  title: { en: 'Time written on a 12-hour clock', fr: 'Heure écrite sur 12 heures' },
  description: {
    en: 'Opening hours use the 24-hour clock. An afternoon time written as on a 12-hour clock ("04:30" for 4:30 pm) makes the app show the office open at night and closed in the afternoon.',
    fr: 'Les heures d’ouverture s’écrivent sur 24 heures. Une heure de l’après-midi écrite sur 12 heures (04:30 au lieu de 16:30) fait afficher le bureau ouvert la nuit et fermé l’après-midi.',
  },
  fix: {
    en: 'Write afternoon and evening times on the 24-hour clock, adding 12 to the hour: 4:30 pm is written 16:30.',
    fr: 'Écrivez les heures de l’après-midi et du soir sur 24 heures, en ajoutant 12 à l’heure\u00a0: 4\u00a0h\u00a030 de l’après-midi s’écrit 16:30.',
  },
  example: '{ "days": ["mon"], "opens": "08:30", "closes": "04:30" }',
  message: ({ index, opens, closes, shifted }) => {
    const closesPm = toMinutes(closes) + NOON;
    const later = afternoon(closesPm);
    if (shifted === 'closes') {
      return {
        en: `${code(['hours', index, 'closes'])} is ${closes}, before the opening time ${opens}: it looks like a 12-hour clock time. Times use the 24-hour clock, so ${later.en} is written ${timeOf(closesPm)}. As written, the app would show the office open all night, until ${closes}.`,
        fr: `${code(['hours', index, 'closes'])} vaut ${closes}, avant l’heure d’ouverture ${opens}${NBSP}: on dirait une heure écrite sur 12 heures. Les heures s’écrivent sur 24 heures${NBSP}: ${later.fr} s’écrit ${timeOf(closesPm)}. Telle quelle, l’application afficherait le bureau ouvert toute la nuit, jusqu’à ${closes}.`,
      };
    }
    const opensPm = toMinutes(opens) + NOON;
    const fixed = span(timeOf(opensPm), timeOf(closesPm));
    return {
      en: `${code(['hours', index])} runs from ${opens} to ${closes}, in the middle of the night: it looks like a 12-hour clock. Times use the 24-hour clock, so ${twelveHour(opensPm).en} to ${later.en} is written ${fixed}.`,
      fr: `${code(['hours', index])} va de ${opens} à ${closes}, en pleine nuit${NBSP}: on dirait des heures écrites sur 12 heures. Les heures s’écrivent sur 24 heures${NBSP}: de ${twelveHour(opensPm).fr} à ${later.fr}, on écrit ${fixed}.`,
    };
  },
});

export const officeHoursOverlap = defineNotice<{
  days: Weekday[];
  first: number;
  second: number;
  firstSpan: string;
  secondSpan: string;
  merged?: string;
}>({
  code: 'office_hours_overlap',
  severity: 'warning',
  title: { en: 'Opening hours overlap', fr: 'Heures d’ouverture qui se chevauchent' },
  description: {
    en: 'Two ranges of opening hours cover the same time on the same day. One of them is usually a mistake, and the app shows both, which confuses people.',
    fr: 'Deux plages d’heures d’ouverture couvrent le même moment le même jour. L’une d’elles est souvent une erreur, et l’application affiche les deux, ce qui sème la confusion.',
  },
  fix: {
    en: 'Join the overlapping ranges into one, or correct the times so that each moment of a day is in one range only.',
    fr: 'Réunissez les plages qui se chevauchent en une seule, ou corrigez les heures pour que chaque moment de la journée ne figure que dans une plage.',
  },
  example: '[{ "days": ["mon"], "opens": "08:30", "closes": "12:00" }, { "days": ["mon"], "opens": "11:00", "closes": "16:00" }]',
  message: ({ days, first, second, firstSpan, secondSpan, merged }) => {
    const when = dayList(days);
    return {
      en: `On ${when.en}, ${code(['hours', first])} (${firstSpan}) and ${code(['hours', second])} (${secondSpan}) overlap. Join them into one range, or correct the times.${merged ? ` Joined, they read ${merged}.` : ''}`,
      fr: `${capitalize(when.fr)}, les plages ${code(['hours', first])} (${firstSpan}) et ${code(['hours', second])} (${secondSpan}) se chevauchent. Réunissez-les en une seule plage ou corrigez les heures.${merged ? ` Réunies, elles donnent ${merged}.` : ''}`,
    };
  },
});

export const officeHoursDuplicateDay = defineNotice<
  | { within: number; days: Weekday[] }
  | { first: number; second: number; days: Weekday[]; hours: string; wholeRange: boolean }
>({
  code: 'office_hours_duplicate_day',
  severity: 'warning',
  title: { en: 'Day listed twice', fr: 'Jour indiqué deux fois' },
  description: {
    en: 'The same day appears twice with the same opening hours, in one range’s `days` or in two identical ranges. The app would list those hours twice.',
    fr: 'Le même jour figure deux fois avec les mêmes heures, dans les `days` d’une plage ou dans deux plages identiques. L’application afficherait ces heures deux fois.',
  },
  fix: {
    en: 'List each day once: remove the repeated day from `days`, or remove the range that repeats another.',
    fr: 'Indiquez chaque jour une seule fois\u00a0: retirez le jour répété des `days`, ou supprimez la plage qui en répète une autre.',
  },
  example: '{ "days": ["mon", "mon", "tue"], "opens": "08:30", "closes": "16:30" }',
  message: (params) => {
    const when = dayList(params.days);
    if ('within' in params) {
      const field = code(['hours', params.within, 'days']);
      return {
        en: `${field} lists ${when.en} more than once. List each day once.`,
        fr: `${field} mentionne ${when.fr} plus d’une fois. Indiquez chaque jour une seule fois.`,
      };
    }
    const { first, second, hours, wholeRange } = params;
    const fix: Message = wholeRange
      ? {
          en: `Remove ${code(['hours', second])}: it repeats ${code(['hours', first])}.`,
          fr: `Supprimez ${code(['hours', second])}, qui répète ${code(['hours', first])}.`,
        }
      : {
          en: `Remove ${when.en} from ${code(['hours', second, 'days'])}.`,
          fr: `Retirez ${when.fr} de ${code(['hours', second, 'days'])}.`,
        };
    return {
      en: `${capitalize(when.en)} ${params.days.length > 1 ? 'are' : 'is'} listed in both ${code(['hours', first])} and ${code(['hours', second])}, with the same hours (${hours}). ${fix.en}`,
      fr: `${capitalize(when.fr)} ${params.days.length > 1 ? 'figurent' : 'figure'} dans ${code(['hours', first])} et dans ${code(['hours', second])}, avec les mêmes heures (${hours}). ${fix.fr}`,
    };
  },
});

export const officeCoordinatesOutsideOntario = defineNotice<{ coordinates: LatLng; fsa?: string; centroid?: LatLng }>({
  code: 'office_coordinates_outside_ontario',
  severity: 'error',
  title: { en: 'Map point outside Ontario', fr: 'Point sur la carte hors de l’Ontario' },
  description: {
    en: 'The office’s coordinates fall outside Ontario, so its pin is in the wrong place and "offices near me" ranks it wrongly.',
    fr: 'Les coordonnées du bureau se trouvent hors de l’Ontario\u00a0: son repère est mal placé sur la carte et la recherche des bureaux à proximité le classe mal.',
  },
  fix: {
    en: 'Copy the office’s coordinates again from a map, in decimal degrees: `lat` is the latitude and `lng` the longitude, a negative number in Ontario.',
    fr: 'Copiez de nouveau les coordonnées du bureau à partir d’une carte, en degrés décimaux\u00a0: `lat` est la latitude et `lng` la longitude, un nombre négatif en Ontario.',
  },
  example: '{ "coordinates": { "lat": 41.2, "lng": -81.7 } }',
  message: ({ coordinates, fsa, centroid }) => {
    const hint =
      fsa && centroid
        ? {
            en: ` The postal area ${fsa} of the address is centred at about ${point(centroid)}.`,
            fr: ` Le centre de la zone postale ${fsa} de l’adresse se trouve à environ ${point(centroid)}.`,
          }
        : { en: '', fr: '' };
    return {
      en: `The map point ${point(coordinates)} is outside Ontario. Check \`coordinates\`: \`lat\` is the latitude (between about 42 and 57 in Ontario) and \`lng\` the longitude, a negative number (between about -95 and -74).${hint.en}`,
      fr: `Le point sur la carte ${point(coordinates)} se trouve hors de l’Ontario. Vérifiez \`coordinates\`${NBSP}: \`lat\` est la latitude (entre 42 et 57 environ en Ontario) et \`lng\` la longitude, un nombre négatif (entre -95 et -74 environ).${hint.fr}`,
    };
  },
});

export const officeCoordinatesFarFromPostalCode = defineNotice<{
  km: number;
  fsa: string;
  centroid: LatLng;
  /** The one coordinate whose value alone puts the point far away, when only one does. */
  suspect?: 'lat' | 'lng';
  /** The postal area nearest the map point, when it is not the address's. */
  nearest?: string;
}>({
  code: 'office_coordinates_far_from_postal_code',
  severity: 'warning',
  title: { en: 'Map point far from the postal code', fr: 'Point sur la carte loin du code postal' },
  description: {
    en: 'The office’s coordinates are far from the area of its postal code (its first three characters). Either the pin or the address is wrong, and people may go to the wrong place. "Far" is more than 25 km in a city postal area, 75 km in a Northern Ontario town (P), 150 km in a rural area (second character 0) and 400 km in a rural Northern Ontario area (P0).',
    fr: 'Les coordonnées du bureau sont loin de la zone de son code postal (ses trois premiers caractères). Le repère ou l’adresse est erroné, et des personnes risquent de se rendre au mauvais endroit. Par loin, on entend plus de 25 km dans une zone postale urbaine, 75 km dans une ville du Nord de l’Ontario (P), 150 km dans une zone rurale (deuxième caractère 0) et 400 km dans une zone rurale du Nord de l’Ontario (P0).',
  },
  fix: {
    en: 'Check the address and the map point: look the street address up on a map and copy its coordinates, or correct the postal code.',
    fr: 'Vérifiez l’adresse et le point sur la carte\u00a0: cherchez l’adresse sur une carte et copiez ses coordonnées, ou corrigez le code postal.',
  },
  example: '{ "address": { "postalCode": "K1P 1J1" }, "coordinates": { "lat": 43.65, "lng": -79.38 } }',
  message: ({ km, fsa, centroid, suspect, nearest }) => {
    const en = [`The map point is ${km} km from the postal area ${fsa}. Check \`coordinates\` or \`address.postalCode\`.`];
    const fr = [`Le point sur la carte est à ${km} km de la zone postale ${fsa}. Vérifiez \`coordinates\` ou \`address.postalCode\`.`];
    if (suspect === 'lat') {
      en.push('The latitude (`coordinates.lat`) is the one that seems off.');
      fr.push('C’est la latitude (`coordinates.lat`) qui semble erronée.');
    } else if (suspect === 'lng') {
      en.push('The longitude (`coordinates.lng`) is the one that seems off.');
      fr.push('C’est la longitude (`coordinates.lng`) qui semble erronée.');
    }
    en.push(`${fsa} is centred at about ${point(centroid)}.`);
    fr.push(`Le centre de ${fsa} se trouve à environ ${point(centroid)}.`);
    if (nearest) {
      en.push(`The postal area nearest the map point is ${nearest}.`);
      fr.push(`La zone postale la plus proche du point est ${nearest}.`);
    }
    return { en: en.join(' '), fr: fr.join(' ') };
  },
});

export const officePostalCodeNotOntario = defineNotice<{ postalCode: string; region: Message }>({
  code: 'office_postal_code_not_ontario',
  severity: 'warning',
  title: { en: 'Postal code from another province', fr: 'Code postal d’une autre province' },
  description: {
    en: 'The address says Ontario, but the postal code belongs to another province or territory. Ontario postal codes start with K, L, M, N or P. People searching by postal code may not find the office.',
    fr: 'L’adresse indique l’Ontario, mais le code postal appartient à une autre province ou à un territoire. Les codes postaux de l’Ontario commencent par K, L, M, N ou P. Les personnes qui cherchent par code postal risquent de ne pas trouver le bureau.',
  },
  fix: {
    en: 'Correct the postal code from the office’s address: Ontario postal codes start with K, L, M, N or P. If the office is not in Ontario, correct `address.province`.',
    fr: 'Corrigez le code postal d’après l’adresse du bureau\u00a0: ceux de l’Ontario commencent par K, L, M, N ou P. Si le bureau n’est pas en Ontario, corrigez `address.province`.',
  },
  example: '{ "address": { "province": "ON", "postalCode": "J8X 3X7" } }',
  message: ({ postalCode, region }) => ({
    en: `The postal code ${postalCode} is from ${region.en}, but \`address.province\` says Ontario (ON). Check \`address.postalCode\`: Ontario postal codes start with K, L, M, N or P.`,
    fr: `Le code postal ${postalCode} est un code ${region.fr}, mais \`address.province\` indique l’Ontario (ON). Vérifiez \`address.postalCode\`${NBSP}: les codes postaux de l’Ontario commencent par K, L, M, N ou P.`,
  }),
});

export const officeProvinceNotOntario = defineNotice<{ province: string }>({
  code: 'office_province_not_ontario',
  severity: 'info',
  title: { en: 'Province is not Ontario', fr: 'Province autre que l’Ontario' },
  description: {
    en: 'The app is for people settling in Ontario. An office whose `address.province` is not ON is either outside Ontario or has a typo in the province.',
    fr: 'L’application s’adresse aux personnes qui s’installent en Ontario. Un bureau dont `address.province` n’est pas ON se trouve hors de l’Ontario, ou la province contient une faute de frappe.',
  },
  fix: {
    en: 'Write ON in `address.province` if the office is in Ontario. If it is not, check that it belongs in this feed.',
    fr: 'Inscrivez ON dans `address.province` si le bureau est en Ontario. Sinon, vérifiez qu’il a sa place dans ce flux.',
  },
  example: '{ "address": { "province": "QC", "postalCode": "J8X 3X7" } }',
  message: ({ province }) => ({
    en: `\`address.province\` is ${quote(province)}, not ON. If the office is in Ontario, write ON; if it is not, check that it belongs in this feed.`,
    fr: `\`address.province\` vaut ${quote(province)} et non ON. Si le bureau est en Ontario, inscrivez ON${NBSP}; sinon, vérifiez qu’il a sa place dans ce flux.`,
  }),
});

export const officesNotices: NoticeDefinition[] = [
  officeHoursMissing,
  officeHoursClosesBeforeOpens,
  officeHoursTwelveHourClock,
  officeHoursOverlap,
  officeHoursDuplicateDay,
  officeCoordinatesOutsideOntario,
  officeCoordinatesFarFromPostalCode,
  officePostalCodeNotOntario,
  officeProvinceNotOntario,
];

// ---------------------------------------------------------------------------------------------
// Hours

// Every kind today is a place people walk into; a phone-only kind added later would leave this set.
const WALK_IN_KINDS: ReadonlySet<OfficeKind> = new Set(OFFICE_KINDS);

type RangeProblem =
  | { kind: 'closes-before-opens'; suggestion?: string }
  | { kind: 'twelve-hour'; shifted: 'closes' | 'both'; suggestion: string };

/**
 * What is wrong with one range, judged by how hours.ts reads it: a range that closes at or before
 * it opens runs past midnight. That is right for an evening range ending by 06:00 (22:00–02:00),
 * for one ending at midnight (08:00–00:00) and for 00:00–00:00 (around the clock); anything else
 * is almost surely a slip.
 */
function rangeProblem({ opens, closes }: Pick<Range, 'opens' | 'closes'>): RangeProblem | undefined {
  const open = toMinutes(opens);
  const close = toMinutes(closes);
  if (close > open) {
    // 01:00–05:00 for one to five in the afternoon; nothing people visit opens then.
    const nightOnly = open >= 60 && close <= 6 * 60;
    if (!nightOnly) return undefined;
    return { kind: 'twelve-hour', shifted: 'both', suggestion: span(timeOf(open + NOON), timeOf(close + NOON)) };
  }
  if (close === 0) return undefined;
  if (open === close) return { kind: 'closes-before-opens' };
  const eveningIntoNight = open >= 18 * 60 && close <= 6 * 60;
  if (eveningIntoNight) return undefined;
  // Opening in the morning, closing "earlier": the closing time was meant in the afternoon.
  if (open < NOON) return { kind: 'twelve-hour', shifted: 'closes', suggestion: timeOf(close + NOON) };
  return { kind: 'closes-before-opens', suggestion: span(closes, opens) };
}

interface Segment {
  day: Weekday;
  from: number;
  to: number;
}

const nextDay = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.length] ?? day;
const inWeekOrder = (days: Iterable<Weekday>) => WEEKDAYS.filter((day) => new Set(days).has(day));

/** The minutes a range keeps the office open, day by day, with overnight time on the next day. */
function segments({ days, opens, closes }: Range): Segment[] {
  const open = toMinutes(opens);
  const close = toMinutes(closes);
  return inWeekOrder(days).flatMap((day): Segment[] => {
    if (close > open) return [{ day, from: open, to: close }];
    const tonight: Segment = { day, from: open, to: DAY_MINUTES };
    return close === 0 ? [tonight] : [tonight, { day: nextDay(day), from: 0, to: close }];
  });
}

function overlapDays(a: Range, b: Range): Weekday[] {
  const other = segments(b);
  const days = segments(a)
    .filter((s) => other.some((t) => t.day === s.day && Math.max(s.from, t.from) < Math.min(s.to, t.to)))
    .map((s) => s.day);
  return inWeekOrder(days);
}

const sameTimes = (a: Range, b: Range) => a.opens === b.opens && a.closes === b.closes;
const sameDays = (a: Range, b: Range) => inWeekOrder(a.days).join() === inWeekOrder(b.days).join();

/** The single range covering two overlapping daytime ranges on the same days, if there is one. */
function mergedSpan(a: Range, b: Range): string | undefined {
  const daytime = (r: Range) => toMinutes(r.closes) > toMinutes(r.opens);
  if (!sameDays(a, b) || !daytime(a) || !daytime(b)) return undefined;
  const opens = a.opens < b.opens ? a.opens : b.opens;
  const closes = a.closes > b.closes ? a.closes : b.closes;
  return span(opens, closes);
}

function rangeNotices(hours: Range[], at: Locate): Notice[] {
  return hours.flatMap((range, index) => {
    const problem = rangeProblem(range);
    if (!problem) return [];
    const { opens, closes } = range;
    if (problem.kind === 'closes-before-opens') {
      return [officeHoursClosesBeforeOpens.create(at('hours', index), { index, opens, closes }, problem.suggestion)];
    }
    const path = problem.shifted === 'closes' ? at('hours', index, 'closes') : at('hours', index);
    return [officeHoursTwelveHourClock.create(path, { index, opens, closes, shifted: problem.shifted }, problem.suggestion)];
  });
}

function repeatedDaysNotices(hours: Range[], at: Locate): Notice[] {
  return hours.flatMap((range, index) => {
    const repeated = inWeekOrder(range.days.filter((day, i) => range.days.indexOf(day) !== i));
    if (repeated.length === 0) return [];
    const suggestion = JSON.stringify([...new Set(range.days)]);
    return [officeHoursDuplicateDay.create(at('hours', index, 'days'), { within: index, days: repeated }, suggestion)];
  });
}

/** Pairs of ranges that cover the same time; ranges already reported as wrong are left out, their meaning unknown. */
function pairNotices(hours: Range[], at: Locate): Notice[] {
  const sound = hours.map((range, index) => ({ range, index })).filter(({ range }) => !rangeProblem(range));
  // A range that only repeats an earlier one is reported once, as a repeat, not again as overlapping others.
  const repeats = new Set(
    sound
      .filter(({ range: b }, j) => sound.slice(0, j).some(({ range: a }) => sameTimes(a, b) && b.days.every((day) => a.days.includes(day))))
      .map(({ index }) => index),
  );
  const notices: Notice[] = [];
  sound.forEach(({ range: a, index: first }, i) => {
    for (const { range: b, index: second } of sound.slice(i + 1)) {
      if (sameTimes(a, b)) {
        const days = inWeekOrder(b.days.filter((day) => a.days.includes(day)));
        if (days.length === 0) continue;
        const rest = [...new Set(b.days)].filter((day) => !a.days.includes(day));
        const wholeRange = rest.length === 0;
        const params = { first, second, days, hours: span(a.opens, a.closes), wholeRange };
        notices.push(
          wholeRange
            ? officeHoursDuplicateDay.create(at('hours', second), params)
            : officeHoursDuplicateDay.create(at('hours', second, 'days'), params, JSON.stringify(rest)),
        );
        continue;
      }
      if (repeats.has(first) || repeats.has(second)) continue;
      const days = overlapDays(a, b);
      if (days.length === 0) continue;
      const params = { days, first, second, firstSpan: span(a.opens, a.closes), secondSpan: span(b.opens, b.closes) };
      const merged = mergedSpan(a, b);
      notices.push(officeHoursOverlap.create(at('hours', second), merged ? { ...params, merged } : params, merged));
    }
  });
  return notices;
}

// ---------------------------------------------------------------------------------------------
// Place

/**
 * Ontario's extreme points (Middle Island in Lake Erie to Hudson Bay, the Manitoba border to the
 * Quebec border near Cornwall). A box rather than the real outline on purpose: it never refuses a
 * real Ontario office, even in border cities (Ottawa, Windsor, Sarnia, Niagara, the Soo). Points
 * inside the box but across a border are left to the postal-area distance check.
 */
const ONTARIO_BOX = { south: 41.66, north: 56.86, west: -95.16, east: -74.34 };

const inOntarioBox = ({ lat, lng }: LatLng) =>
  lat >= ONTARIO_BOX.south && lat <= ONTARIO_BOX.north && lng >= ONTARIO_BOX.west && lng <= ONTARIO_BOX.east;

/**
 * How far (km) an office may sit from its postal area's centroid. City FSAs are a few kilometres
 * across, so 25 km is another town; a Northern Ontario town's FSA takes in its townships (P3E
 * reaches well south of Sudbury); rural FSAs (second character 0) cover whole counties, and the
 * northern ones (P0V runs to Hudson Bay) hundreds of kilometres.
 */
function farFromPostalAreaKm(fsa: string): number {
  const rural = fsa.charAt(1) === '0';
  const northern = fsa.charAt(0) === 'P';
  if (rural) return northern ? 400 : 150;
  return northern ? 75 : 25;
}

function nearestFsa(at: LatLng): string | undefined {
  let best: string | undefined;
  let bestKm = Infinity;
  for (const [fsa, centroid] of fsaCentroids()) {
    const km = distanceKm(at, centroid);
    if (km < bestKm) [best, bestKm] = [fsa, km];
  }
  return best;
}

function suspectCoordinate(at: LatLng, centroid: LatLng, limitKm: number): 'lat' | 'lng' | undefined {
  const latAloneFar = distanceKm({ lat: at.lat, lng: centroid.lng }, centroid) > limitKm;
  const lngAloneFar = distanceKm({ lat: centroid.lat, lng: at.lng }, centroid) > limitKm;
  if (latAloneFar === lngAloneFar) return undefined;
  return latAloneFar ? 'lat' : 'lng';
}

const REGION_BY_FIRST_LETTER: Record<string, Message> = {
  A: { en: 'Newfoundland and Labrador', fr: 'de Terre-Neuve-et-Labrador' },
  B: { en: 'Nova Scotia', fr: 'de la Nouvelle-Écosse' },
  C: { en: 'Prince Edward Island', fr: 'de l’Île-du-Prince-Édouard' },
  E: { en: 'New Brunswick', fr: 'du Nouveau-Brunswick' },
  G: { en: 'Quebec', fr: 'du Québec' },
  H: { en: 'Quebec', fr: 'du Québec' },
  J: { en: 'Quebec', fr: 'du Québec' },
  R: { en: 'Manitoba', fr: 'du Manitoba' },
  S: { en: 'Saskatchewan', fr: 'de la Saskatchewan' },
  T: { en: 'Alberta', fr: 'de l’Alberta' },
  V: { en: 'British Columbia', fr: 'de la Colombie-Britannique' },
  X: { en: 'the Northwest Territories or Nunavut', fr: 'des Territoires du Nord-Ouest ou du Nunavut' },
  Y: { en: 'Yukon', fr: 'du Yukon' },
};
const ANOTHER_REGION: Message = { en: 'another province or territory', fr: 'd’une autre province ou d’un territoire' };

function placeNotices(office: Office, at: Locate): Notice[] {
  const { address, coordinates } = office;
  const postal = parsePostalCode(address.postalCode);
  const notices: Notice[] = [];
  const area = postal.ok ? { fsa: postal.fsa, centroid: postal.centroid } : {};

  if (!inOntarioBox(coordinates)) {
    notices.push(officeCoordinatesOutsideOntario.create(at('coordinates'), { coordinates, ...area }));
  } else if (postal.ok) {
    const limit = farFromPostalAreaKm(postal.fsa);
    const km = distanceKm(coordinates, postal.centroid);
    if (km > limit) {
      const suspect = suspectCoordinate(coordinates, postal.centroid, limit);
      const nearest = nearestFsa(coordinates);
      const params = {
        km: Math.round(km),
        fsa: postal.fsa,
        centroid: postal.centroid,
        ...(suspect ? { suspect } : {}),
        ...(nearest && nearest !== postal.fsa ? { nearest } : {}),
      };
      // The centroid is only a hint in the message: it is not where the office is.
      notices.push(officeCoordinatesFarFromPostalCode.create(at('coordinates'), params));
    }
  }

  const province = address.province;
  if (province === 'ON') {
    if (!postal.ok && postal.reason === 'not-ontario') {
      const region = REGION_BY_FIRST_LETTER[address.postalCode.charAt(0)] ?? ANOTHER_REGION;
      notices.push(officePostalCodeNotOntario.create(at('address', 'postalCode'), { postalCode: address.postalCode, region }));
    }
  } else {
    const looksOntario = province.toUpperCase() === 'ON' || postal.ok || (!postal.ok && postal.reason === 'unknown-area');
    notices.push(officeProvinceNotOntario.create(at('address', 'province'), { province }, looksOntario ? 'ON' : undefined));
  }
  return notices;
}

// ---------------------------------------------------------------------------------------------

function hoursNotices(office: Office, at: Locate): Notice[] {
  const { hours } = office;
  if (hours.length === 0) return WALK_IN_KINDS.has(office.kind) ? [officeHoursMissing.create(at('hours'), {})] : [];
  return [...rangeNotices(hours, at), ...repeatedDaysNotices(hours, at), ...pairNotices(hours, at)];
}

export const checkOffices: Check = ({ offices }) =>
  offices.flatMap(({ value: office, path }) => {
    const at: Locate = (...parts) => ({ path: `${path}${pointer(...parts)}`, id: office.id });
    return [...hoursNotices(office, at), ...placeNotices(office, at)];
  });

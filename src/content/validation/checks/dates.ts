import type { Check, CheckContext } from '../context';
import { fieldLabel, quote } from '../fieldLabel';
import { defineNotice, pointer, type Notice, type NoticeDefinition } from '../notice';
import { plainText } from '../plainText';

// ——— Notices ———

export const dateModifiedInFuture = defineNotice<{ date: string; asOf: string }>({
  code: 'date_modified_in_future',
  severity: 'error',
  title: { en: 'Date modified in the future', fr: 'Date de modification dans l’avenir' },
  description: {
    en: '`dateModified` is the day the page was last changed, so it cannot be after today. A future date is a typing mistake, and it hides how old the entry really is.',
    fr: '`dateModified` est le jour de la dernière modification de la page\u00a0: elle ne peut pas être postérieure à aujourd’hui. Une date future est une erreur de saisie et cache l’âge réel de l’entrée.',
  },
  fix: {
    en: 'Set `dateModified` to the day the page was last changed. If your system fills it in, check its clock and that it writes the date YYYY-MM-DD.',
    fr: 'Indiquez dans `dateModified` le jour de la dernière modification de la page. Si votre système la remplit, vérifiez son horloge et qu’il écrit la date AAAA-MM-JJ.',
  },
  example: '{ "dateModified": "2030-05-01" }',
  message: ({ date, asOf }) => ({
    en: `Date modified is ${date}, after ${asOf}, the day this feed is checked. Write the day the page was last changed in \`dateModified\`: it cannot be in the future.`,
    fr: `La date de modification est le ${date}, après le ${asOf}, jour de la vérification du flux. Indiquez dans \`dateModified\` le jour de la dernière modification de la page\u00a0: il ne peut pas être dans l’avenir.`,
  }),
});

export const dateModifiedOld = defineNotice<{ date: string; asOf: string }>({
  code: 'date_modified_old',
  severity: 'warning',
  title: { en: 'Not updated for over a year', fr: 'Pas mis à jour depuis plus d’un an' },
  description: {
    en: 'The entry has not been changed for more than 12 months. Rules, fees, addresses and hours change: the page may no longer be right.',
    fr: 'L’entrée n’a pas été modifiée depuis plus de 12 mois. Les règles, les frais, les adresses et les heures changent\u00a0: la page n’est peut-être plus exacte.',
  },
  fix: {
    en: 'Check that the entry is still right, correct it if needed, then set `dateModified` to the day you checked it.',
    fr: 'Vérifiez que l’entrée est toujours exacte, corrigez-la au besoin, puis indiquez dans `dateModified` le jour de votre vérification.',
  },
  example: '{ "dateModified": "2019-05-02" }',
  message: ({ date, asOf }) => ({
    en: `Date modified is ${date}, more than 12 months before ${asOf}. Check the page is still right and update \`dateModified\` to the day you checked it.`,
    fr: `La date de modification est le ${date}, plus de 12 mois avant le ${asOf}. Vérifiez que la page est toujours exacte et remplacez \`dateModified\` par la date de votre vérification.`,
  }),
});

export const generatedAtInFuture = defineNotice<{ value: string; asOf: string }>({
  code: 'generated_at_in_future',
  severity: 'warning',
  title: { en: 'Feed generated in the future', fr: 'Flux produit dans l’avenir' },
  description: {
    en: '`generatedAt` is when the feed was written, so it cannot be after today. It is usually a wrong clock or time zone on the server that writes the feed.',
    fr: '`generatedAt` est le moment où le flux a été produit\u00a0: il ne peut pas être postérieur à aujourd’hui. C’est souvent l’horloge ou le fuseau horaire du serveur qui produit le flux qui est mal réglé.',
  },
  fix: {
    en: 'Check the clock and time zone of the server that writes the feed, so that `generatedAt` is the time the feed is written.',
    fr: 'Vérifiez l’horloge et le fuseau horaire du serveur qui produit le flux, pour que `generatedAt` indique le moment où le flux est produit.',
  },
  example: '{ "generatedAt": "2030-01-01T00:00:00Z" }',
  message: ({ value, asOf }) => ({
    en: `\`generatedAt\` is ${value}, after ${asOf}, the day this feed is checked. Set it to the time the feed is written, with the right time zone.`,
    fr: `\`generatedAt\` est ${value}, après le ${asOf}, jour de la vérification du flux. Indiquez le moment où le flux est produit, avec le bon fuseau horaire.`,
  }),
});

export const pastDateAsUpcoming = defineNotice<{ field: string; phrase: string; asOf: string }>({
  code: 'past_date_as_upcoming',
  severity: 'warning',
  title: { en: 'Past date written as upcoming', fr: 'Date passée présentée comme à venir' },
  description: {
    en: 'The text announces a change for a date that has passed, such as “starting in 2024” read in 2026. The change has happened, or did not: the text misleads until it is rewritten.',
    fr: 'Le texte annonce un changement à une date déjà passée, comme «\u00a0à partir de 2024\u00a0» lu en 2026. Le changement a eu lieu, ou non\u00a0: le texte induit en erreur tant qu’il n’est pas récrit.',
  },
  fix: {
    en: 'Rewrite the sentence to say what applies now (“You can apply online”), or remove the date.',
    fr: 'Réécrivez la phrase pour dire ce qui s’applique maintenant («\u00a0Vous pouvez présenter une demande en ligne\u00a0»), ou retirez la date.',
  },
  example: '{ "summary": { "en": "Starting in 2024, you can apply online." } }',
  message: ({ field, phrase, asOf }) => ({
    en: `\`${field}\` says ${quote(phrase)} as if it were still to come, but that date is before ${asOf}. Update the text to say what applies now, or remove the date.`,
    fr: `\`${field}\` présente ${quote(phrase)} comme à venir, alors que cette date est antérieure au ${asOf}. Mettez le texte à jour pour dire ce qui s’applique maintenant, ou retirez la date.`,
  }),
});

export const datesNotices: NoticeDefinition[] = [dateModifiedInFuture, dateModifiedOld, generatedAtInFuture, pastDateAsUpcoming];

// ——— Date modified and generated at ———

/** The same day a year earlier, Feb 29 falling back to Feb 28, as YYYY-MM-DD (which compares in date order). */
const yearBefore = (date: string): string => `${Number(date.slice(0, 4)) - 1}${date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)}`;

function checkDateModified(ctx: CheckContext): Notice[] {
  const oldBefore = yearBefore(ctx.asOf);
  return [...ctx.items, ...ctx.offices, ...ctx.municipalities].flatMap(({ value, path }) => {
    const date = value.dateModified;
    const at = { path: `${path}/dateModified`, id: value.id };
    if (date > ctx.asOf) return [dateModifiedInFuture.create(at, { date, asOf: ctx.asOf })];
    if (date < oldBefore) return [dateModifiedOld.create(at, { date, asOf: ctx.asOf })];
    return [];
  });
}

function checkGeneratedAt(ctx: CheckContext): Notice[] {
  const value = ctx.feed.generatedAt;
  // The day as the publisher wrote it, in its own time zone: Ontario's day is never ahead of UTC's.
  return value.slice(0, 10) > ctx.asOf ? [generatedAtInFuture.create({ path: '/generatedAt' }, { value, asOf: ctx.asOf })] : [];
}

// ——— Past dates announced as upcoming ———

const YEAR = '(?:19|20)\\d{2}(?![\\d\\-–])';
const ISO = '(?:19|20)\\d{2}-\\d{2}-\\d{2}';
const MONTH_EN =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const MONTH_FR = '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)';
const ORDINAL_EN = '\\d{1,2}(?:st|nd|rd|th)?';

const DAY_EN = `(?:${ISO}|${MONTH_EN}\\s+${ORDINAL_EN},?\\s+${YEAR}|${ORDINAL_EN}\\s+${MONTH_EN},?\\s+${YEAR})`;
const MONTH_OR_DAY_EN = `(?:${DAY_EN}|${MONTH_EN},?\\s+${YEAR})`;
const ANY_EN = `(?:${MONTH_OR_DAY_EN}|${YEAR})`;
const ANY_FR = `(?:${ISO}|(?:1er|\\d{1,2})\\s+${MONTH_FR}\\s+${YEAR}|${MONTH_FR}\\s+${YEAR}|${YEAR})`;

/** A word inside a sentence: no sentence punctuation in it. */
const WORD = '[^\\s.!?;:]+';
const START = '(?<![\\p{L}\\p{N}-])';
const CLAUSE_START = '(?:^|(?<=[.!?;:,]\\s+))';
const FUTURE_FR = `(?:[\\p{L}’']+(?:era|eront)|prendr(?:a|ont)|deviendr(?:a|ont)|ouvrir(?:a|ont)|devr(?:a|ont|ez)|pourr(?:a|ont|ez)|aur(?:a|ont)|faudra)(?![\\p{L}])`;

/**
 * Phrases that announce what is to come. Each names its date `date`; `gap` holds the words between
 * a "will" and its date, which must not be in the past tense ("in 2021 the city said it will").
 * Bare years are left out where ordinary text uses them for the past: "data from 2019", "as of
 * 2021, the city had".
 */
const UPCOMING: Record<'en' | 'fr', RegExp[]> = {
  en: [
    `${START}(?:starting|beginning|effective)(?:\\s+(?:on|in|from))?\\s+(?<date>${ANY_EN})`,
    `${START}from\\s+(?<date>${MONTH_OR_DAY_EN})(?!\\s*(?:to|until|till|through|and|-|–|—)(?![\\p{L}]))`,
    `${START}as\\s+of\\s+(?<date>${DAY_EN})`,
    `${CLAUSE_START}in\\s+(?<date>${YEAR}),?\\s+(?<gap>(?:${WORD}\\s+){0,5}?)will(?![\\p{L}])`,
    `${START}will\\s+(?<gap>(?:${WORD}\\s+){0,4}?)(?:on|in|starting|beginning|effective|as\\s+of)\\s+(?<date>${ANY_EN})`,
    `${START}(?:takes?|comes?)\\s+(?:into\\s+)?(?:effect|force)\\s+(?:on|in|as\\s+of)\\s+(?<date>${ANY_EN})`,
  ].map((source) => new RegExp(source, 'giu')),
  fr: [
    `${START}à\\s+partir\\s+(?:de\\s+|du\\s+|d[’']\\s*)(?<date>${ANY_FR})`,
    `${START}à\\s+compter\\s+(?:de\\s+|du\\s+|d[’']\\s*)(?<date>${ANY_FR})`,
    `${START}dès\\s+(?:le\\s+)?(?<date>${ANY_FR})`,
    `${CLAUSE_START}en\\s+(?<date>${YEAR}),?\\s+(?:${WORD}\\s+){0,5}?${FUTURE_FR}`,
    `${START}${FUTURE_FR}\\s+(?:${WORD}\\s+){0,4}?(?:le|en|au|d[’'])\\s*(?<date>${ANY_FR})`,
  ].map((source) => new RegExp(source, 'giu')),
};

const PAST_EN = new Set(['said', 'had', 'was', 'were', 'been', 'did', 'made', 'began', 'became', 'told', 'wrote', 'knew', 'thought', 'found']);
// A passé composé with avoir ("a augmenté", "ont reçu", but not "il y a" or "a lieu"), or an imperfect ("offrait").
const PAST_FR =
  /(?<![\p{L}])(?:(?<!y\s)(?:a|ont|avons|avez|avait|avaient)\s+(?:[\p{L}’']+\s+)?(?!lieu(?![\p{L}]))\p{L}{2,}(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|dit|crit|fait|uit|ert|ris|int)|\p{L}{3,}(?:ait|aient)|était|étaient|fut|furent)(?![\p{L}])/iu;

// "raised the amounts from July 2026", "en a augmenté les montants à partir de juillet 2026": told, not announced.
const IS_PAST: Record<'en' | 'fr', (words: string[]) => boolean> = {
  en: (words) => words.some((word) => /\p{L}{2,}ed$/u.test(word) || PAST_EN.has(word)),
  fr: (words) => PAST_FR.test(words.join(' ')),
};

/** The words before a phrase in its own clause, nearest last, at most a few. */
function clauseBefore(text: string, start: number): string[] {
  const clause = text.slice(0, start).split(/[.!?;:,]/).at(-1) ?? '';
  return clause.toLowerCase().split(/\s+/).filter(Boolean).slice(-8);
}

function toldInPastTense(language: 'en' | 'fr', text: string, start: number, gap: string | undefined): boolean {
  const words = [...clauseBefore(text, start), ...(gap ?? '').toLowerCase().split(/\s+/).filter(Boolean)];
  return IS_PAST[language](words);
}

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['january', 'jan', 'janvier'],
    ['february', 'feb', 'fevrier'],
    ['march', 'mar', 'mars'],
    ['april', 'apr', 'avril'],
    ['may', 'mai'],
    ['june', 'jun', 'juin'],
    ['july', 'jul', 'juillet'],
    ['august', 'aug', 'aout'],
    ['september', 'sep', 'sept', 'septembre'],
    ['october', 'oct', 'octobre'],
    ['november', 'nov', 'novembre'],
    ['december', 'dec', 'decembre'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1])),
);

const pad = (n: number): string => String(n).padStart(2, '0');
const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** The last day a written date covers, YYYY-MM-DD: a year ends on Dec 31, a month on its last day. */
export function lastDayOf(written: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) return written;
  const year = /(?:19|20)\d{2}$/.exec(written)?.[0];
  if (!year) return undefined;
  const monthName = /\p{L}+/u.exec(withoutAccents(written).toLowerCase().replace(/^\d+(?:st|nd|rd|th|er)/, ''))?.[0];
  const month = monthName === undefined ? undefined : MONTHS[monthName];
  if (month === undefined) return `${year}-12-31`;
  const day = /^\d{1,2}|\s(\d{1,2})(?:st|nd|rd|th)?,?\s/.exec(written);
  const dayNumber = day ? Number(day[1] ?? day[0]) : new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(dayNumber)}`;
}

/** The phrases of a text that announce as upcoming a date before `asOf`, in reading order. */
export function pastUpcomingPhrases(text: string, language: 'en' | 'fr', asOf: string): string[] {
  const found: { start: number; end: number; phrase: string }[] = [];
  for (const pattern of UPCOMING[language]) {
    for (const match of text.matchAll(pattern)) {
      const date = match.groups?.date;
      const last = date === undefined ? undefined : lastDayOf(date);
      const start = match.index;
      if (last === undefined || last >= asOf || toldInPastTense(language, text, start, match.groups?.gap)) continue;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, phrase: match[0].replace(/\s+/g, ' ') });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ phrase }) => phrase);
}

function checkUpcomingPhrases(ctx: CheckContext): Notice[] {
  return ctx.items.flatMap(({ value: item, path }) =>
    (['title', 'summary', 'body'] as const).flatMap((field) =>
      (['en', 'fr'] as const).flatMap((language) => {
        const written = item[field][language];
        if (written === undefined) return [];
        const text = field === 'body' ? plainText(written) : written;
        return pastUpcomingPhrases(text, language, ctx.asOf).map((phrase) =>
          pastDateAsUpcoming.create(
            { path: path + pointer(field, language), id: item.id },
            { field: fieldLabel([field, language]), phrase, asOf: ctx.asOf },
          ),
        );
      }),
    ),
  );
}

export const checkDates: Check = (ctx) => [...checkDateModified(ctx), ...checkGeneratedAt(ctx), ...checkUpcomingPhrases(ctx)];

import type { Item } from '../../item';
import type { Municipality } from '../../municipality';
import type { Publisher } from '../../publisher';
import type { Check, CheckContext } from '../context';
import { fieldLabel, quote } from '../fieldLabel';
import { defineNotice, pointer, type Message, type Notice, type NoticeDefinition } from '../notice';
import { plainText } from '../plainText';

type Official = 'en' | 'fr';
const OFFICIAL: readonly Official[] = ['en', 'fr'];
type Parts = (string | number)[];

// Capitalised in English, lower case in French, as each language writes them mid-sentence.
const LANGUAGE: Record<Official, Message> = {
  en: { en: 'English', fr: 'anglais' },
  fr: { en: 'French', fr: 'français' },
};

/** A record keyed only by language codes with text values: a LocalizedText or LocalizedUrl. */
function isLocalized(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(key) && typeof text === 'string');
}

function joinNames(names: string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

// ——— Notices ———

export const textLanguageMissing = defineNotice<{ language: Official; noun: Message; field: string }>({
  code: 'text_language_missing',
  severity: 'error',
  title: { en: 'Text missing in a listed language', fr: 'Texte absent dans une langue annoncée' },
  description: {
    en: 'The item lists English or French in `languages`, but one of its texts has no version in that language. The app would show an empty field to people who read that language.',
    fr: 'L’élément annonce l’anglais ou le français dans `languages`, mais l’un de ses textes n’existe pas dans cette langue. L’application afficherait un champ vide aux personnes qui lisent cette langue.',
  },
  fix: {
    en: 'Add the missing language’s text for every field, or remove that language from `languages` if the entry is not offered in it.',
    fr: 'Ajoutez le texte manquant dans cette langue pour chaque champ, ou retirez cette langue de `languages` si l’entrée n’est pas offerte dans cette langue.',
  },
  example: '{ "languages": ["en", "fr"], "title": { "en": "Apply for a SIN" } }',
  message: ({ language, noun, field }) => ({
    en: `The ${LANGUAGE[language].en} ${noun.en} is missing. Add \`${field}\`, or remove \`${language}\` from \`languages\`.`,
    fr: `Il manque ${noun.fr} en ${LANGUAGE[language].fr}. Ajoutez \`${field}\` ou retirez \`${language}\` de \`languages\`.`,
  }),
});

export const urlLanguageMissing = defineNotice<{ language: Official; noun: Message; field: string }>({
  code: 'url_language_missing',
  severity: 'warning',
  title: { en: 'Web address missing in a listed language', fr: 'Adresse Web absente dans une langue annoncée' },
  description: {
    en: 'The item lists English or French in `languages`, but one of its web addresses has no version in that language. The app then links people who read that language to the page in the other language.',
    fr: 'L’élément annonce l’anglais ou le français dans `languages`, mais l’une de ses adresses Web n’existe pas dans cette langue. L’application envoie alors les personnes qui lisent cette langue vers la page dans l’autre langue.',
  },
  fix: {
    en: 'If the page exists in that language, add its address. If it does not, you can leave the field as it is.',
    fr: 'Si la page existe dans cette langue, ajoutez son adresse. Sinon, vous pouvez laisser le champ tel quel.',
  },
  example: '{ "languages": ["en", "fr"], "source": { "en": "https://www.ontario.ca/page/ontario-photo-card" } }',
  message: ({ language, noun, field }) => ({
    en: `The ${LANGUAGE[language].en} ${noun.en} is missing, so people reading in ${LANGUAGE[language].en} are sent to the page in another language. If the page exists in ${LANGUAGE[language].en}, add its address as \`${field}\`.`,
    fr: `Il manque ${noun.fr} en ${LANGUAGE[language].fr}\u00a0: les personnes qui lisent en ${LANGUAGE[language].fr} sont envoyées vers la page dans une autre langue. Si la page existe en ${LANGUAGE[language].fr}, ajoutez son adresse dans \`${field}\`.`,
  }),
});

export const nameLanguageMissing = defineNotice<{ language: Official; entry: 'office' | 'municipality' }>({
  code: 'name_language_missing',
  severity: 'warning',
  title: { en: 'Name missing in a language of the feed', fr: 'Nom absent dans une langue du flux' },
  description: {
    en: 'The languages of the publisher’s name are the languages of the feed. An office or municipality without a name in one of them shows up unnamed, or in the other language, to people reading the app in that language.',
    fr: 'Les langues du nom de l’éditeur sont celles du flux. Un bureau ou une municipalité sans nom dans l’une d’elles s’affiche sans nom, ou dans l’autre langue, aux personnes qui lisent l’application dans cette langue.',
  },
  fix: {
    en: 'Add the name in every language of the feed, even when it is written the same in both.',
    fr: 'Ajoutez le nom dans chaque langue du flux, même s’il s’écrit de la même façon dans les deux.',
  },
  example: '{ "publisher": { "name": { "en": "City of Ottawa", "fr": "Ville d’Ottawa" } }, "offices": [{ "name": { "en": "City Hall" } }] }',
  message: ({ language, entry }) => {
    const name = LANGUAGE[language];
    return {
      en: `The ${name.en} name of this ${entry} is missing, but the publisher’s name is in ${name.en}, so this feed is shown in ${name.en}. Add \`name.${language}\`.`,
      fr: `Il manque le nom ${entry === 'office' ? 'de ce bureau' : 'de cette municipalité'} en ${name.fr}, alors que le nom de l’éditeur est en ${name.fr}\u00a0: ce flux est donc affiché en ${name.fr}. Ajoutez \`name.${language}\`.`,
    };
  },
});

export const untranslatedText = defineNotice<{ field: string; english: string }>({
  code: 'untranslated_text',
  severity: 'warning',
  title: { en: 'French text same as the English', fr: 'Texte français identique à l’anglais' },
  description: {
    en: 'The French text is word for word the English text: it was copied and not translated. Short names that are the same in both languages, such as “Service Canada”, are not reported.',
    fr: 'Le texte français reprend mot pour mot le texte anglais\u00a0: il a été copié sans être traduit. Les noms courts identiques dans les deux langues, comme «\u00a0Service Canada\u00a0», ne sont pas signalés.',
  },
  fix: {
    en: 'Translate the French version of the text. If the text really is the same in both languages, you can leave it.',
    fr: 'Traduisez la version française du texte. S’il est vraiment identique dans les deux langues, vous pouvez le laisser tel quel.',
  },
  example: '{ "summary": { "en": "Apply for your card online.", "fr": "Apply for your card online." } }',
  message: ({ field, english }) => ({
    en: `\`${field}\` is the same as \`${english}\`: it looks untranslated. Translate it into French.`,
    fr: `\`${field}\` est identique à \`${english}\`\u00a0: le texte semble ne pas avoir été traduit. Traduisez-le en français.`,
  }),
});

export const placeholderText = defineNotice<{ field: string; found: string }>({
  code: 'placeholder_text',
  severity: 'error',
  title: { en: 'Placeholder text', fr: 'Texte provisoire' },
  description: {
    en: 'A text holds a placeholder such as TODO, TBD, “lorem ipsum” or “to be translated”. It would be published as is.',
    fr: 'Un texte contient un texte provisoire comme TODO, TBD, «\u00a0lorem ipsum\u00a0» ou «\u00a0à traduire\u00a0». Il serait publié tel quel.',
  },
  fix: {
    en: 'Replace the placeholder with the final text. If the text is not ready, leave the entry, or that language, out of the feed until it is.',
    fr: 'Remplacez le texte provisoire par le texte définitif. S’il n’est pas prêt, retirez l’entrée, ou cette langue, du flux en attendant.',
  },
  example: '{ "summary": { "en": "Apply online.", "fr": "À traduire" } }',
  message: ({ field, found }) => ({
    en: `\`${field}\` contains the placeholder ${quote(found)}, which would be published as is. Replace it with the final text.`,
    fr: `\`${field}\` contient le texte provisoire ${quote(found)}, qui serait publié tel quel. Remplacez-le par le texte définitif.`,
  }),
});

export const frenchServicesLanguageMissing = defineNotice<{ names: Message; count: number }>({
  code: 'french_services_language_missing',
  severity: 'warning',
  title: { en: 'No French in a French-language services area', fr: 'Pas de français dans une région désignée' },
  description: {
    en: 'The item applies in a municipality designated under Ontario’s French Language Services Act, where people can expect services in French, but it is not available in French.',
    fr: 'L’élément s’applique dans une municipalité désignée en vertu de la Loi sur les services en français de l’Ontario, où l’on peut s’attendre à des services en français, mais il n’existe pas en français.',
  },
  fix: {
    en: 'Publish the item in French too: add the French text of every field, and add `fr` to `languages`.',
    fr: 'Publiez aussi l’élément en français\u00a0: ajoutez le texte français de chaque champ, et ajoutez `fr` à `languages`.',
  },
  example: '{ "municipalities": ["ottawa"], "languages": ["en"] }',
  message: ({ names, count }) => ({
    en: `\`languages\` does not list \`fr\`, but this item applies to ${names.en}, which ${count > 1 ? 'are' : 'is'} designated under the French Language Services Act. Add the French text and \`fr\` to \`languages\`.`,
    fr: `\`languages\` ne contient pas \`fr\`, alors que cet élément s’applique à ${names.fr}, ${count > 1 ? 'municipalités désignées' : 'municipalité désignée'} en vertu de la Loi sur les services en français. Ajoutez le texte en français et \`fr\` à \`languages\`.`,
  }),
});

type PublisherReason = 'items' | 'federal' | 'provincial';
const PUBLISHER_REASON: Record<PublisherReason, (language: Official) => Message> = {
  items: (language) => ({
    en: `items in this feed are in ${LANGUAGE[language].en}`,
    fr: `alors que des éléments de ce flux sont en ${LANGUAGE[language].fr}`,
  }),
  federal: () => ({
    en: 'a federal publisher publishes in English and French',
    fr: 'alors qu’un éditeur fédéral publie en français et en anglais',
  }),
  provincial: () => ({
    en: 'a provincial publisher publishes in English and French',
    fr: 'alors qu’un éditeur provincial publie en français et en anglais',
  }),
};

export const publisherLanguageMissing = defineNotice<{
  language: Official;
  noun: Message;
  field: string;
  reason: PublisherReason;
}>({
  code: 'publisher_language_missing',
  severity: 'warning',
  title: { en: 'Publisher details missing in a language', fr: 'Renseignements sur l’éditeur absents dans une langue' },
  description: {
    en: 'The publisher’s name, attribution, licence name and home page are shown with every entry. They need every official language the feed’s items use, and both English and French for a federal or provincial publisher.',
    fr: 'Le nom, l’attribution, le nom de la licence et la page d’accueil de l’éditeur accompagnent chaque entrée. Ils doivent exister dans chaque langue officielle des éléments du flux, et en français et en anglais pour un éditeur fédéral ou provincial.',
  },
  fix: {
    en: 'Add the missing language to the publisher’s name, attribution, licence name and home page, in `publisher`.',
    fr: 'Ajoutez la langue manquante au nom, à l’attribution, au nom de la licence et à la page d’accueil de l’éditeur, dans `publisher`.',
  },
  example: '{ "publisher": { "jurisdiction": "provincial", "name": { "en": "Government of Ontario" } } }',
  message: ({ language, noun, field, reason }) => {
    const why = PUBLISHER_REASON[reason](language);
    return {
      en: `The publisher’s ${noun.en} has no ${LANGUAGE[language].en} version, but ${why.en}. Add \`${field}\`.`,
      fr: `Il manque ${noun.fr} de l’éditeur en ${LANGUAGE[language].fr}, ${why.fr}. Ajoutez \`${field}\`.`,
    };
  },
});

export const languagesNotices: NoticeDefinition[] = [
  textLanguageMissing,
  urlLanguageMissing,
  nameLanguageMissing,
  untranslatedText,
  placeholderText,
  frenchServicesLanguageMissing,
  publisherLanguageMissing,
];

// ——— Text in every language an item lists ———

interface TextField {
  parts: Parts;
  text: Record<string, string>;
  noun: Message;
  /** A web address: without its twin the app still links to the page in the other language. */
  url?: boolean;
}

const NOUN = {
  title: { en: 'title', fr: 'le titre' },
  summary: { en: 'summary', fr: 'le résumé' },
  body: { en: 'main text', fr: 'le texte principal' },
  serviceStandard: { en: 'service standard', fr: 'la norme de service' },
  fees: { en: 'fee description', fr: 'la description des frais' },
  document: { en: 'name of a document to bring', fr: 'le nom d’un document à apporter' },
  channelNote: { en: 'note of a service channel', fr: 'la note d’un mode de prestation' },
  channelUrl: { en: 'web address of a service channel', fr: 'l’adresse Web d’un mode de prestation' },
  responsible: { en: 'name of the responsible body', fr: 'le nom de l’organisme responsable' },
  partner: { en: 'name of a partner', fr: 'le nom d’un partenaire' },
  source: { en: 'source page address', fr: 'l’adresse de la page source' },
} satisfies Record<string, Message>;

/** Every text of an item a reader sees, with what an editor calls it. */
function itemTextFields(item: Item): TextField[] {
  const fields: TextField[] = [
    { parts: ['title'], text: item.title, noun: NOUN.title },
    { parts: ['summary'], text: item.summary, noun: NOUN.summary },
    { parts: ['body'], text: item.body, noun: NOUN.body },
  ];
  if (item.serviceStandard) fields.push({ parts: ['serviceStandard'], text: item.serviceStandard, noun: NOUN.serviceStandard });
  if (item.fees) fields.push({ parts: ['fees'], text: item.fees, noun: NOUN.fees });
  item.documents.forEach((text, i) => fields.push({ parts: ['documents', i], text, noun: NOUN.document }));
  item.channels.forEach((channel, i) => {
    if (channel.note) fields.push({ parts: ['channels', i, 'note'], text: channel.note, noun: NOUN.channelNote });
    if (channel.url) fields.push({ parts: ['channels', i, 'url'], text: channel.url, noun: NOUN.channelUrl, url: true });
  });
  fields.push({ parts: ['responsible', 'body'], text: item.responsible.body, noun: NOUN.responsible });
  item.partners.forEach((partner, i) => fields.push({ parts: ['partners', i, 'body'], text: partner.body, noun: NOUN.partner }));
  fields.push({ parts: ['source'], text: item.source, noun: NOUN.source, url: true });
  return fields;
}

function checkListedLanguages(ctx: CheckContext): Notice[] {
  return ctx.items.flatMap(({ value: item, path }) => {
    const listed = OFFICIAL.filter((language) => item.languages.includes(language));
    return itemTextFields(item).flatMap(({ parts, text, noun, url }) =>
      listed
        .filter((language) => !text[language]?.trim())
        .map((language) =>
          (url ? urlLanguageMissing : textLanguageMissing).create(
            { path: path + pointer(...parts, language), id: item.id },
            { language, noun, field: fieldLabel([...parts, language]) },
          ),
        ),
    );
  });
}

// ——— Names of offices and municipalities in the feed's languages ———

function checkEntryNames(ctx: CheckContext): Notice[] {
  const feedLanguages = OFFICIAL.filter((language) => ctx.feed.publisher.name[language]);
  const entries = [
    ...ctx.offices.map((located) => ({ ...located, entry: 'office' as const })),
    ...ctx.municipalities.map((located) => ({ ...located, entry: 'municipality' as const })),
  ];
  return entries.flatMap(({ value, path, entry }) =>
    feedLanguages
      .filter((language) => !value.name[language])
      .map((language) => nameLanguageMissing.create({ path: path + pointer('name', language), id: value.id }, { language, entry })),
  );
}

// ——— Copied text and placeholders, in every entry of the feed ———

interface Entry {
  value: object;
  path: string;
  id: string;
  /** Prefix of the field names an editor sees: the publisher's fields read `publisher.name`. */
  label: Parts;
}

function allEntries(ctx: CheckContext): Entry[] {
  const publisher = ctx.feed.publisher;
  return [
    { value: publisher, path: '/publisher', id: publisher.id, label: ['publisher'] },
    ...[...ctx.items, ...ctx.offices, ...ctx.municipalities].map(({ value, path }) => ({ value, path, id: value.id, label: [] })),
  ];
}

// Codes, dates and web addresses: never prose, and a placeholder in them is another check's business.
const NOT_PROSE = new Set([
  'id', 'serviceId', 'kind', 'type', 'topics', 'stages', 'categories', 'requires', 'officeKinds', 'dependsOn',
  'services', 'municipalities', 'municipality', 'languages', 'jurisdiction', 'days', 'opens', 'closes',
  'dateModified', 'source', 'url', 'homepage', 'portal', 'province', 'postalCode',
]);

interface Text {
  parts: Parts;
  text: string;
  /** The language key when the text is one version of a localized field. */
  language?: string;
}

/** Every prose string of an entry, HTML reduced to what a reader sees. */
function* proseIn(value: unknown, parts: Parts): Generator<Text> {
  if (typeof value === 'string') {
    if (!/^https?:\/\//i.test(value)) yield { parts, text: parts[0] === 'body' ? plainText(value) : value };
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const localized = isLocalized(value);
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    if (typeof key === 'string' && NOT_PROSE.has(key)) continue;
    for (const found of proseIn(child, [...parts, key])) {
      yield localized && typeof child === 'string' ? { ...found, language: String(key) } : found;
    }
  }
}

// Names of offices, bodies and licences are proper names, often the same in both languages at any length:
// "COSTI Immigrant Services – Dufferin", "Federation of Metro Tenants’ Associations".
const isProperName = (parts: Parts): boolean => parts.at(-1) === 'name' || (parts.at(-1) === 'body' && parts.length > 1);

/** Every localized prose field of an entry that has both an English and a French version. */
function* bilingualIn(value: unknown, parts: Parts): Generator<{ parts: Parts; en: string; fr: string }> {
  if (typeof value !== 'object' || value === null) return;
  if (isLocalized(value)) {
    if (isProperName(parts)) return;
    if (value.en !== undefined && value.fr !== undefined) yield { parts, en: value.en, fr: value.fr };
    return;
  }
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    if (typeof key === 'string' && NOT_PROSE.has(key)) continue;
    yield* bilingualIn(child, [...parts, key]);
  }
}

const words = (text: string): string[] => text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
const normalized = (text: string, html: boolean): string => (html ? plainText(text) : text).replace(/\s+/g, ' ').trim().toLowerCase();

// Up to three words are often names the same in both languages: "Service Canada", "OHIP", "PRESTO (Metrolinx)".
const SAME_IN_BOTH_MAX_WORDS = 3;

function checkUntranslated(ctx: CheckContext): Notice[] {
  return allEntries(ctx).flatMap(({ value, path, id, label }) =>
    [...bilingualIn(value, [])].flatMap(({ parts, en, fr }) => {
      const html = parts[0] === 'body';
      const english = normalized(en, html);
      if (english !== normalized(fr, html) || words(english).length <= SAME_IN_BOTH_MAX_WORDS) return [];
      return [
        untranslatedText.create(
          { path: path + pointer(...parts, 'fr'), id },
          { field: fieldLabel([...label, ...parts, 'fr']), english: fieldLabel([...label, ...parts, 'en']) },
        ),
      ];
    }),
  );
}

const PLACEHOLDERS = [
  'todo', 'tbd', 'fixme', 'xxx', 'lorem ipsum', 'to be translated', 'translation needed', 'needs translation',
  'translate me', 'text to come', '[aà] traduire', 'traduction [aà] venir', 'texte [aà] venir',
  '\\[(?:english|french|anglais|fran[cç]ais|en|fr|translation|traduction)\\]',
];
// Whole words only, with accented letters as letters: "xxx" is a placeholder, "Xxxy" is not.
const PLACEHOLDER = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${PLACEHOLDERS.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

/** The first placeholder in a text, if any. */
function placeholderIn({ text, language }: Text): string | undefined {
  for (const [found] of text.matchAll(PLACEHOLDER)) {
    // "todo" means "all" in Spanish and Portuguese: in languages other than English and French only TODO counts.
    const ordinaryWord = found.toLowerCase() === 'todo' && found !== 'TODO' && language !== undefined && !OFFICIAL.includes(language as Official);
    if (!ordinaryWord) return found;
  }
  return undefined;
}

function checkPlaceholders(ctx: CheckContext): Notice[] {
  return allEntries(ctx).flatMap(({ value, path, id, label }) =>
    [...proseIn(value, [])].flatMap((text) => {
      const found = placeholderIn(text);
      if (found === undefined) return [];
      return [placeholderText.create({ path: path + pointer(...text.parts), id }, { field: fieldLabel([...label, ...text.parts]), found })];
    }),
  );
}

// ——— French in areas designated under the French Language Services Act ———

/** The municipalities an item applies to: those it names, or else those of the city that publishes it. */
function municipalitiesOf(item: Item, ctx: CheckContext): string[] {
  if (item.municipalities.length > 0) return item.municipalities;
  return ctx.feed.publisher.jurisdiction === 'municipal' ? ctx.feed.municipalities.map((m) => m.id) : [];
}

function checkFrenchServices(ctx: CheckContext): Notice[] {
  return ctx.items.flatMap(({ value: item, path }) => {
    if (item.languages.includes('fr')) return [];
    const designated = municipalitiesOf(item, ctx)
      .map((id) => ctx.knownMunicipalities.get(id))
      .filter((m): m is Municipality => m?.frenchLanguageServices === true);
    if (designated.length === 0) return [];
    const names = {
      en: joinNames(designated.map((m) => m.name.en ?? m.name.fr ?? m.id), 'and'),
      fr: joinNames(designated.map((m) => m.name.fr ?? m.name.en ?? m.id), 'et'),
    };
    return [
      frenchServicesLanguageMissing.create(
        { path: path + pointer('languages'), id: item.id },
        { names, count: designated.length },
        JSON.stringify([...item.languages, 'fr']),
      ),
    ];
  });
}

// ——— The publisher's own details ———

const PUBLISHER_FIELDS: { parts: Parts; noun: Message; text: (publisher: Publisher) => Record<string, string> }[] = [
  { parts: ['name'], noun: { en: 'name', fr: 'le nom' }, text: (p) => p.name },
  { parts: ['attribution'], noun: { en: 'attribution', fr: 'l’attribution' }, text: (p) => p.attribution },
  { parts: ['licence', 'name'], noun: { en: 'licence name', fr: 'le nom de la licence' }, text: (p) => p.licence.name },
  { parts: ['homepage'], noun: { en: 'home page address', fr: 'l’adresse de la page d’accueil' }, text: (p) => p.homepage },
];

function publisherLanguages(ctx: CheckContext): Map<Official, PublisherReason> {
  const jurisdiction = ctx.feed.publisher.jurisdiction;
  const required = new Map<Official, PublisherReason>();
  if (jurisdiction === 'federal' || jurisdiction === 'provincial') {
    for (const language of OFFICIAL) required.set(language, jurisdiction);
    return required;
  }
  for (const language of OFFICIAL) {
    if (ctx.items.some(({ value }) => value.languages.includes(language))) required.set(language, 'items');
  }
  return required;
}

function checkPublisher(ctx: CheckContext): Notice[] {
  const publisher = ctx.feed.publisher;
  const required = [...publisherLanguages(ctx)];
  return PUBLISHER_FIELDS.flatMap(({ parts, noun, text: textOf }) => {
    const text = textOf(publisher);
    return required
      .filter(([language]) => !text[language])
      .map(([language, reason]) =>
        publisherLanguageMissing.create(
          { path: pointer('publisher', ...parts, language), id: publisher.id },
          { language, noun, field: fieldLabel(['publisher', ...parts, language]), reason },
        ),
      );
  });
}

export const checkLanguages: Check = (ctx) => [
  ...checkListedLanguages(ctx),
  ...checkEntryNames(ctx),
  ...checkUntranslated(ctx),
  ...checkPlaceholders(ctx),
  ...checkFrenchServices(ctx),
  ...checkPublisher(ctx),
];

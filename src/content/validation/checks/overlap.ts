import { distance } from 'fastest-levenshtein';
import type { Feed } from '../../feed';
import type { Item } from '../../item';
import type { LocalizedText } from '../../localized';
import type { Check, CheckContext, Located } from '../context';
import { defineNotice, pointer, type Message, type Notice, type NoticeDefinition } from '../notice';

/*
 * The Canada–Ontario agreement asks governments not to duplicate each other and to make clear
 * who is responsible. The app merges items that share a `serviceId` or a canonical source URL
 * and shows the responsible jurisdiction's text first (see catalogue.ts); these checks point an
 * editor at the other publisher's item so the merge is explicit rather than accidental.
 */

// French typography: a non-breaking space before : ; ? !
const NBSP = '\u00a0';

/** Another publisher's item, as a message names it. */
interface OtherItem {
  publisher: Message;
  id: string;
  title: Message;
  serviceId?: string;
}

function inLanguage(text: LocalizedText, language: 'en' | 'fr', fallback: string): string {
  return text[language] ?? text.en ?? text.fr ?? Object.values(text)[0] ?? fallback;
}

function publisherName({ publisher: { name, id } }: Feed): Message {
  return { en: inLanguage(name, 'en', id), fr: inLanguage(name, 'fr', id) };
}

function describe(item: Item, feed: Feed): OtherItem {
  return {
    publisher: publisherName(feed),
    id: item.id,
    title: { en: inLanguage(item.title, 'en', item.id), fr: inLanguage(item.title, 'fr', item.id) },
    ...(item.serviceId === undefined ? {} : { serviceId: item.serviceId }),
  };
}

const named = (other: OtherItem): Message => ({
  en: `${other.id}, “${other.title.en}”`,
  fr: `${other.id}, «${NBSP}${other.title.fr}${NBSP}»`,
});

/** How to make the app show one service: reuse their `serviceId`, or agree on one. */
function oneServiceFix(other: OtherItem): Message {
  return other.serviceId === undefined
    ? {
        en: 'agree with them on a `serviceId` and set it in both feeds so the app shows one service',
        fr: 'convenez avec cet éditeur d’un `serviceId` et indiquez-le dans les deux flux pour que l’application présente un seul service',
      }
    : {
        en: `set \`serviceId\` to "${other.serviceId}" so the app shows one service`,
        fr: `donnez à \`serviceId\` la valeur "${other.serviceId}" pour que l’application présente un seul service`,
      };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const sameSourceAsOtherPublisher = defineNotice<OtherItem>({
  code: 'same_source_as_other_publisher',
  severity: 'warning',
  title: { en: 'Page already published by another publisher', fr: 'Page déjà publiée par un autre éditeur' },
  description: {
    en: 'The item’s source page is the source of another publisher’s item, but the two do not share a `serviceId`. The app guesses they are one service from the address alone, which breaks when either page moves; or they are two copies of the same text.',
    fr: 'La page source de l’élément est aussi celle de l’élément d’un autre éditeur, mais les deux n’ont pas le même `serviceId`. L’application devine qu’il s’agit d’un seul service d’après l’adresse seule, ce qui ne tient plus dès qu’une des pages change d’adresse, ou bien le même texte est publié deux fois.',
  },
  fix: {
    en: 'If it is the same service, use the other publisher’s `serviceId` (or agree on one with them), or link to their page instead of repeating it.',
    fr: 'S’il s’agit du même service, reprenez le `serviceId` de l’autre éditeur (ou convenez d’un identifiant avec lui), ou ajoutez un lien vers sa page plutôt que d’en répéter le contenu.',
  },
  example: '{ "id": "ottawa.ohip", "source": { "en": "https://www.ontario.ca/page/apply-ohip-and-get-health-card" } }',
  message: (other) => {
    const fix = oneServiceFix(other);
    return {
      en: `${other.publisher.en} already publishes this page (${named(other).en}). ${capitalized(fix.en)}, or link to their page instead of repeating it.`,
      fr: `Cette page est déjà publiée par un autre éditeur (${other.publisher.fr}${NBSP}: ${named(other).fr}). ${capitalized(fix.fr)}, ou ajoutez un lien vers sa page plutôt que d’en répéter le contenu.`,
    };
  },
});

export const sameTitleAsOtherPublisher = defineNotice<OtherItem>({
  code: 'same_title_as_other_publisher',
  severity: 'warning',
  title: { en: 'Title almost the same as another publisher’s', fr: 'Titre presque identique à celui d’un autre éditeur' },
  description: {
    en: 'The item’s title is almost the same, in the same language, as the title of another publisher’s item that newcomers in the same place also see, and the two do not share a `serviceId`. Newcomers would see the same step twice, or two steps they cannot tell apart.',
    fr: 'Le titre de l’élément est presque identique, dans la même langue, à celui de l’élément d’un autre éditeur que voient aussi les personnes du même endroit, et les deux n’ont pas le même `serviceId`. Les personnes verraient la même étape deux fois, ou deux étapes impossibles à distinguer.',
  },
  fix: {
    en: 'If it is the same service, use the other publisher’s `serviceId` (or agree on one with them). If it is another service, change the title so that newcomers can tell the two apart.',
    fr: 'S’il s’agit du même service, reprenez le `serviceId` de l’autre éditeur (ou convenez d’un identifiant avec lui). Sinon, modifiez le titre pour que les personnes puissent distinguer les deux.',
  },
  example: '{ "id": "toronto.ohip", "title": { "en": "Apply for OHIP and get your Ontario health card" } }',
  message: (other) => {
    const fix = oneServiceFix(other);
    return {
      en: `${other.publisher.en} already publishes an item with almost the same title (${named(other).en}). If it is the same service, ${fix.en}, or link to their page instead of repeating it. If not, change the title so newcomers can tell them apart.`,
      fr: `Un autre éditeur publie déjà un élément au titre presque identique (${other.publisher.fr}${NBSP}: ${named(other).fr}). S’il s’agit du même service, ${fix.fr}, ou ajoutez un lien vers sa page plutôt que d’en répéter le contenu. Sinon, modifiez le titre pour que les personnes puissent les distinguer.`,
    };
  },
});

export const notLinkedToResponsiblePublisher = defineNotice<{ publishers: Message }>({
  code: 'not_linked_to_responsible_publisher',
  severity: 'info',
  title: {
    en: 'Service of another government, not linked to its item',
    fr: 'Service d’un autre ordre de gouvernement, non lié à son élément',
  },
  description: {
    en: 'The item says another jurisdiction is responsible for the service, and that jurisdiction publishes a feed, but no item of theirs shares this item’s `serviceId` or source page. Newcomers may read two versions of the rules; with a shared `serviceId` the app shows the responsible government’s text first and yours under “Also described by”.',
    fr: 'L’élément indique qu’un autre ordre de gouvernement est responsable du service, et celui-ci publie un flux, mais aucun de ses éléments n’a le même `serviceId` ni la même page source. Les personnes risquent de lire deux versions des règles. Avec un `serviceId` commun, l’application affiche d’abord le texte du gouvernement responsable, puis le vôtre sous « Aussi décrit par ».',
  },
  fix: {
    en: 'Find the responsible government’s item for this service, check your text against theirs, and set your `serviceId` to the one their item uses.',
    fr: 'Trouvez l’élément du gouvernement responsable de ce service, comparez votre texte au sien, et donnez à votre `serviceId` la valeur qu’utilise son élément.',
  },
  example: '{ "publisher": { "jurisdiction": "municipal" }, "items": [{ "id": "ottawa.ohip", "responsible": { "jurisdiction": "provincial" } }] }',
  message: ({ publishers }) => ({
    en: `${publishers.en} is responsible for this service: check with them that your text matches theirs, and set \`serviceId\` to the one their item uses so the app shows theirs first.`,
    fr: `Ce service relève d’un autre éditeur (${publishers.fr})${NBSP}: vérifiez auprès de lui que votre texte correspond au sien, puis donnez à \`serviceId\` la valeur qu’utilise son élément pour que l’application affiche son texte en premier.`,
  }),
});

export const duplicateServiceId = defineNotice<{ id: string; serviceId: string; first: OtherItem }>({
  code: 'duplicate_service_id',
  severity: 'warning',
  title: { en: 'Two items with the same service id', fr: 'Deux éléments avec le même identifiant de service' },
  description: {
    en: 'Two items of the feed have the same `serviceId`. The app shows them as one service, so one of them disappears: it is probably a copy.',
    fr: 'Deux éléments du flux ont le même `serviceId`. L’application les présente comme un seul service et l’un d’eux disparaît : il s’agit probablement d’une copie.',
  },
  fix: {
    en: 'If one of the items is a copy, remove it; if they are different services, give each its own `serviceId`.',
    fr: 'Si l’un des éléments est une copie, supprimez-le\u00a0; s’il s’agit de services différents, donnez à chacun son propre `serviceId`.',
  },
  example: '{ "items": [{ "id": "on.ohip", "serviceId": "ohip" }, { "id": "on.ohip-card", "serviceId": "ohip" }] }',
  message: ({ id, serviceId, first }) => ({
    en: `\`${id}\` has the same \`serviceId\` ("${serviceId}") as \`${first.id}\` (“${first.title.en}”) in this feed, so the app would show them as one service. If it is a copy, remove one of them; if it is another service, give it its own \`serviceId\`.`,
    fr: `\`${id}\` a le même \`serviceId\` ("${serviceId}") que \`${first.id}\` («${NBSP}${first.title.fr}${NBSP}») dans ce flux${NBSP}; l’application les présenterait donc comme un seul service. S’il s’agit d’une copie, supprimez l’un des deux${NBSP}; s’il s’agit d’un autre service, donnez-lui son propre \`serviceId\`.`,
  }),
});

export const overlapNotices: NoticeDefinition[] = [
  sameSourceAsOtherPublisher,
  sameTitleAsOtherPublisher,
  notLinkedToResponsiblePublisher,
  duplicateServiceId,
];

/**
 * The address two publishers' copies of a page share: https, lowercase host, no query, fragment
 * or trailing slash. Stricter than the catalogue's merge key only in ignoring the host's case.
 */
export function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const port = parsed.port === '' ? '' : `:${parsed.port}`;
    return `https://${parsed.hostname}${port}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url.replace(/^http:/, 'https:').replace(/[#?].*$/, '').replace(/\/+$/, '').toLowerCase();
  }
}

const STOP_WORDS = new Set(
  [
    // English
    'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as',
    'your', 'you', 'our', 'is', 'are', 'be', 'if', 'it', 'its', 'this', 'that', 'how',
    // French, accents already stripped ("à" is "a")
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'ou', 'pour', 'au', 'aux',
    'en', 'dans', 'sur', 'par', 'avec', 'votre', 'vos', 'son', 'sa', 'ses', 'se', 's', 'qui',
    'que', 'qu', 'ce', 'cette', 'est', 'vous',
  ],
);

function titleWords(title: string): string[] {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/** A title as the comparison reads it, worked out once however many titles it is compared with. */
interface PreparedTitle {
  words: ReadonlySet<string>;
  text: string;
  empty: boolean;
}

function prepareTitle(title: string): PreparedTitle {
  const words = titleWords(title);
  return { words: new Set(words), text: words.join(' '), empty: words.length === 0 };
}

function almostSame(a: PreparedTitle, b: PreparedTitle): boolean {
  if (a.empty || b.empty) return false;
  // Each test is skipped only when its own bound already fails it (the shared words cannot
  // exceed the smaller set, the edit distance cannot be less than the difference in length),
  // so the answer is the one the full computation gives, at a fraction of the cost.
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size / large.size >= 0.8) {
    let shared = 0;
    for (const word of small) if (large.has(word)) shared += 1;
    if (shared / (small.size + large.size - shared) >= 0.8) return true;
  }
  const longest = Math.max(a.text.length, b.text.length);
  if (1 - Math.abs(a.text.length - b.text.length) / longest < 0.9) return false;
  return 1 - distance(a.text, b.text) / longest >= 0.9;
}

/**
 * Whether two titles in one language name the same thing: the same words but for one in five
 * (token-set Jaccard ≥ 0.8), or the same text but for one character in ten (Levenshtein
 * ratio ≥ 0.9), once case, accents, punctuation and small words are set aside.
 */
export function titlesAlmostSame(a: string, b: string): boolean {
  return almostSame(prepareTitle(a), prepareTitle(b));
}

const sharesServiceId = (a: Item, b: Item) => a.serviceId !== undefined && a.serviceId === b.serviceId;

/** A municipality's feed speaks for its municipalities; the others' feeds for all of Ontario (empty). */
function feedScope(feed: Feed): string[] {
  return feed.publisher.jurisdiction === 'municipal' ? feed.municipalities.map((m) => m.id) : [];
}

/** Municipalities an item applies to, as the catalogue works them out; empty means everywhere. */
function scopeOf(item: Item, feed: Feed): string[] {
  return item.municipalities.length > 0 ? item.municipalities : feedScope(feed);
}

/** Whether a newcomer somewhere could see both. */
function scopesMeet(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((id) => b.includes(id));
}

/*
 * Every item is compared with every item of every other publisher, and a province publishes
 * tens of thousands: what the comparison needs of an item (its canonical pages, its titles'
 * words, where it applies) is worked out once, and each feed gets an index that leads straight
 * to its items that could match (same page, or a place in common). Feeds and their items are
 * never changed once parsed, so what is worked out of one holds as long as the object lives.
 */

/** What the comparison reads of one item. */
interface Prepared {
  item: Item;
  /** Its source pages, canonical, in the order its languages are listed. */
  pages: [language: string, url: string][];
  pageSet: ReadonlySet<string>;
  scope: string[];
  titles: Map<string, PreparedTitle>;
}

function prepare(item: Item, feed: Feed): Prepared {
  const pages = Object.entries(item.source).map(([language, url]): [string, string] => [language, canonicalUrl(url)]);
  return {
    item,
    pages,
    pageSet: new Set(pages.map(([, url]) => url)),
    scope: scopeOf(item, feed),
    titles: new Map(Object.entries(item.title).map(([language, title]) => [language, prepareTitle(title)])),
  };
}

interface FeedIndex {
  scope: string[];
  items: Prepared[];
  /** Positions in `feed.items` of the items that cite each canonical page, in order. */
  byPage: Map<string, number[]>;
  sites: Set<string>;
  serviceIds: Set<string>;
  /** Positions of the items that apply everywhere. */
  everywhere: number[];
  /** Positions of the items that apply in each municipality. */
  byMunicipality: Map<string, number[]>;
}

const append = (map: Map<string, number[]>, key: string, position: number) => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else if (list.at(-1) !== position) list.push(position);
};

const indexes = new WeakMap<Feed, FeedIndex>();
function feedIndex(feed: Feed): FeedIndex {
  const known = indexes.get(feed);
  if (known) return known;
  const index: FeedIndex = { scope: feedScope(feed), items: [], byPage: new Map(), sites: new Set(), serviceIds: new Set(), everywhere: [], byMunicipality: new Map() };
  feed.items.forEach((item, position) => {
    const prepared = prepare(item, feed);
    index.items.push(prepared);
    for (const [, url] of prepared.pages) {
      append(index.byPage, url, position);
      index.sites.add(siteOf(url));
    }
    if (item.serviceId !== undefined) index.serviceIds.add(item.serviceId);
    if (prepared.scope.length === 0) index.everywhere.push(position);
    for (const id of prepared.scope) append(index.byMunicipality, id, position);
  });
  indexes.set(feed, index);
  return index;
}

/**
 * The positions of the items of a feed that could give `draft` a notice, in the feed's order:
 * those citing one of its pages, and those a newcomer could see beside it. Any other item
 * shares neither a page nor a place with it, so neither notice could apply.
 */
function candidates(index: FeedIndex, draft: Prepared): Iterable<number> {
  if (draft.scope.length === 0 || index.everywhere.length === index.items.length) return index.items.keys();
  const positions = new Set<number>(index.everywhere);
  for (const id of draft.scope) for (const position of index.byMunicipality.get(id) ?? []) positions.add(position);
  for (const [, url] of draft.pages) for (const position of index.byPage.get(url) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b);
}

/** The site part of a canonical page: two pages that are the same have the same one. */
const siteOf = (url: string) => {
  const end = url.indexOf('/', 'https://'.length);
  return end === -1 ? url : url.slice(0, end);
};

interface DraftSummary {
  anyEverywhere: boolean;
  municipalities: Set<string>;
  /** The drafts' pages by site, so a feed on other sites is passed over without reading each page. */
  pagesBySite: Map<string, string[]>;
}

/** Whether anything of `index` could give a notice to any of the drafts. */
function mayMeet(index: FeedIndex, drafts: DraftSummary): boolean {
  if (drafts.anyEverywhere || index.everywhere.length > 0) return true;
  for (const id of drafts.municipalities) if (index.byMunicipality.has(id)) return true;
  for (const [site, pages] of drafts.pagesBySite) {
    if (index.sites.has(site) && pages.some((url) => index.byPage.has(url))) return true;
  }
  return false;
}

/** The notice one pair of items gives, if any: a shared page says more than a similar title, so it wins. */
function pairNotice(draft: Located<Item>, mine: Prepared, theirs: Prepared, feed: Feed): Notice | undefined {
  const other = theirs.item;
  if (sharesServiceId(draft.value, other)) return undefined;
  const page = mine.pages.find(([, url]) => theirs.pageSet.has(url));
  if (page !== undefined) {
    return sameSourceAsOtherPublisher.create({ path: draft.path + pointer('source', page[0]), id: draft.value.id }, describe(other, feed), other.serviceId);
  }
  if (!scopesMeet(mine.scope, theirs.scope)) return undefined;
  let language: string | undefined;
  for (const [lang, title] of mine.titles) {
    const their = theirs.titles.get(lang);
    if (their !== undefined && almostSame(title, their)) {
      language = lang;
      break;
    }
  }
  if (language === undefined) return undefined;
  return sameTitleAsOtherPublisher.create({ path: draft.path + pointer('title', language), id: draft.value.id }, describe(other, feed), other.serviceId);
}

/** One notice per pair of items, for each draft item in order, then each other feed and item in order. */
function checkDuplicatesOfOthers(ctx: CheckContext): Notice[] {
  const drafts = ctx.items.map((draft) => ({ draft, mine: prepare(draft.value, ctx.feed), notices: [] as Notice[] }));
  const summary: DraftSummary = {
    anyEverywhere: drafts.some(({ mine }) => mine.scope.length === 0),
    municipalities: new Set(drafts.flatMap(({ mine }) => mine.scope)),
    pagesBySite: new Map(),
  };
  for (const url of new Set(drafts.flatMap(({ mine }) => [...mine.pageSet]))) {
    const site = siteOf(url);
    const pages = summary.pagesBySite.get(site);
    if (pages === undefined) summary.pagesBySite.set(site, [url]);
    else pages.push(url);
  }
  for (const feed of ctx.others) {
    const index = feedIndex(feed);
    if (!mayMeet(index, summary)) continue;
    for (const { draft, mine, notices } of drafts) {
      for (const position of candidates(index, mine)) {
        const notice = pairNotice(draft, mine, index.items[position] as Prepared, feed);
        if (notice !== undefined) notices.push(notice);
      }
    }
  }
  return drafts.flatMap(({ notices }) => notices);
}

function joinNames(names: string[], or: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1) ?? ''}`;
}

/**
 * Kept simple on purpose: the notice only fires when a feed of the responsible jurisdiction is
 * published (otherwise there is nobody to name, as with most community agencies), limited to the
 * feeds that serve where the item applies, and none of their items is merged with this one (same
 * `serviceId` or source page). When one is merged, the app already shows the responsible
 * government's text first, whatever the dates or wording, so there is nothing to say.
 */
function checkResponsibility(ctx: CheckContext): Notice[] {
  return ctx.items.flatMap((draft) => {
    const item = draft.value;
    const jurisdiction = item.responsible.jurisdiction;
    if (jurisdiction === ctx.feed.publisher.jurisdiction) return [];
    const scope = scopeOf(item, ctx.feed);
    const pages = Object.values(item.source).map(canonicalUrl);
    const responsible = ctx.others.filter(
      (feed) => feed.publisher.jurisdiction === jurisdiction && scopesMeet(scope, feedIndex(feed).scope),
    );
    if (responsible.length === 0) return [];
    // Merged with one of their items: the same serviceId, or one of the same pages.
    const merged = responsible.some((feed) => {
      const index = feedIndex(feed);
      return (item.serviceId !== undefined && index.serviceIds.has(item.serviceId)) || pages.some((url) => index.byPage.has(url));
    });
    if (merged) return [];
    const publishers = responsible.map(publisherName);
    return [
      notLinkedToResponsiblePublisher.create(
        { path: draft.path + pointer('responsible', 'jurisdiction'), id: item.id },
        {
          publishers: {
            en: joinNames(publishers.map((name) => name.en), 'or'),
            fr: joinNames(publishers.map((name) => name.fr), 'ou'),
          },
        },
      ),
    ];
  });
}

function checkDuplicateServiceIds(ctx: CheckContext): Notice[] {
  const first = new Map<string, Item>();
  return ctx.items.flatMap(({ value: item, path }) => {
    if (item.serviceId === undefined) return [];
    const earlier = first.get(item.serviceId);
    if (earlier === undefined) {
      first.set(item.serviceId, item);
      return [];
    }
    return [
      duplicateServiceId.create(
        { path: path + pointer('serviceId'), id: item.id },
        { id: item.id, serviceId: item.serviceId, first: describe(earlier, ctx.feed) },
      ),
    ];
  });
}

export const checkOverlap: Check = (ctx) => [
  ...checkDuplicatesOfOthers(ctx),
  ...checkResponsibility(ctx),
  ...checkDuplicateServiceIds(ctx),
];

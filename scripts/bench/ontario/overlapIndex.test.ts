// The overlap check reads other feeds through an index so a whole province validates in
// seconds; this holds it to the plain definition (every item against every other publisher's
// item) on a generated province whose feeds were made to overlap in every way the check knows.
import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../../mocks/data/feeds';
import type { Feed, FeedInput } from '../../../src/content/feed';
import type { Item } from '../../../src/content/item';
import type { LocalizedText } from '../../../src/content/localized';
import { parseFeed, readFeed } from '../../../src/content/parseFeed';
import { buildContext } from '../../../src/content/validation/buildContext';
import type { CheckContext } from '../../../src/content/validation/context';
import type { Notice } from '../../../src/content/validation/notice';
import {
  canonicalUrl,
  checkOverlap,
  notLinkedToResponsiblePublisher,
  sameSourceAsOtherPublisher,
  sameTitleAsOtherPublisher,
  titlesAlmostSame,
} from '../../../src/content/validation/checks/overlap';
import { generateProvince } from './generate';
import { pick, seededRandom, type Random } from './names';

const CROSS_FEED = new Set([sameSourceAsOtherPublisher.code, sameTitleAsOtherPublisher.code, notLinkedToResponsiblePublisher.code]);

const inLanguage = (text: LocalizedText, language: 'en' | 'fr', fallback: string) => text[language] ?? text.en ?? text.fr ?? Object.values(text)[0] ?? fallback;
const nameOf = (feed: Feed) => ({ en: inLanguage(feed.publisher.name, 'en', feed.publisher.id), fr: inLanguage(feed.publisher.name, 'fr', feed.publisher.id) });
const described = (item: Item, feed: Feed) => ({
  publisher: nameOf(feed),
  id: item.id,
  title: { en: inLanguage(item.title, 'en', item.id), fr: inLanguage(item.title, 'fr', item.id) },
  ...(item.serviceId === undefined ? {} : { serviceId: item.serviceId }),
});
const feedScope = (feed: Feed) => (feed.publisher.jurisdiction === 'municipal' ? feed.municipalities.map((m) => m.id) : []);
const scopeOf = (item: Item, feed: Feed) => (item.municipalities.length > 0 ? item.municipalities : feedScope(feed));
const meet = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || a.some((id) => b.includes(id));
const sameService = (a: Item, b: Item) => a.serviceId !== undefined && a.serviceId === b.serviceId;
const sharedPage = (item: Item, other: Item) => {
  const theirs = new Set(Object.values(other.source).map(canonicalUrl));
  return Object.entries(item.source).find(([, url]) => theirs.has(canonicalUrl(url)))?.[0];
};
const joined = (names: string[], or: string) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1) ?? ''}`);

/** The check as defined: every draft item against every item of every other feed, then responsibility. */
function plainDefinition(ctx: CheckContext): Notice[] {
  const pairs = ctx.items.flatMap(({ value: item, path }) =>
    ctx.others.flatMap((feed) =>
      feed.items.flatMap((other): Notice[] => {
        if (sameService(item, other)) return [];
        const page = sharedPage(item, other);
        if (page !== undefined) return [sameSourceAsOtherPublisher.create({ path: `${path}/source/${page}`, id: item.id }, described(other, feed), other.serviceId)];
        if (!meet(scopeOf(item, ctx.feed), scopeOf(other, feed))) return [];
        const language = Object.keys(item.title).find((lang) => item.title[lang] !== undefined && other.title[lang] !== undefined && titlesAlmostSame(item.title[lang], other.title[lang]));
        return language === undefined ? [] : [sameTitleAsOtherPublisher.create({ path: `${path}/title/${language}`, id: item.id }, described(other, feed), other.serviceId)];
      }),
    ),
  );
  const responsibility = ctx.items.flatMap(({ value: item, path }): Notice[] => {
    const jurisdiction = item.responsible.jurisdiction;
    if (jurisdiction === ctx.feed.publisher.jurisdiction) return [];
    const responsible = ctx.others.filter((feed) => feed.publisher.jurisdiction === jurisdiction && meet(scopeOf(item, ctx.feed), feedScope(feed)));
    if (responsible.length === 0 || responsible.some((feed) => feed.items.some((other) => sameService(item, other) || sharedPage(item, other) !== undefined))) return [];
    const names = responsible.map(nameOf);
    const publishers = { en: joined(names.map((name) => name.en), 'or'), fr: joined(names.map((name) => name.fr), 'ou') };
    return [notLinkedToResponsiblePublisher.create({ path: `${path}/responsible/jurisdiction`, id: item.id }, { publishers })];
  });
  return [...pairs, ...responsibility];
}

/** Feeds made to overlap: pages, near titles, service ids, places and responsibilities taken from each other. */
function tangled(random: Random): FeedInput[] {
  const feeds = [...Object.values(mockFeeds), ...[...generateProvince({ count: 6, seed: 11 }).feeds.values()].slice(2)].map((feed) => structuredClone(feed));
  const items = feeds.flatMap((feed) => feed.items ?? []);
  const places = feeds.flatMap((feed) => (feed.municipalities ?? []).map((m) => m.id));
  const near = (title: string) => pick(random, [title, `${title.toUpperCase()}!`, title.replace('e', 'é'), `${title} now`, title.slice(0, -2)]);
  for (const item of items) {
    const other = pick(random, items);
    if (random() < 0.1) item.source = { ...other.source };
    else if (random() < 0.05) item.source = { fr: Object.values(other.source)[0] as string, en: `https://www.elsewhere.ca/${item.id}` };
    if (random() < 0.25) item.title = Object.fromEntries(Object.entries(other.title).map(([lang, title]) => [lang, near(title)]));
    if (random() < 0.1) item.serviceId = other.serviceId ?? `shared-${Math.floor(random() * 4)}`;
    if (random() < 0.15) item.municipalities = random() < 0.5 ? [] : [pick(random, places), pick(random, places)];
    if (random() < 0.15) item.responsible = { ...item.responsible, jurisdiction: pick(random, ['federal', 'provincial', 'municipal', 'community'] as const) };
  }
  return feeds;
}

describe('checkOverlap across a province', () => {
  it.each([1, 2])('gives exactly the notices of the plain definition, in its order (seed %i)', { timeout: 60_000 }, (seed) => {
    const inputs = tangled(seededRandom(seed));
    const feeds = inputs.map((input) => parseFeed(input).feed as Feed);
    let compared = 0;
    inputs.forEach((input, i) => {
      const read = readFeed(input);
      const ctx = buildContext(input, { feed: read.feed as Feed, kept: read.kept }, { asOf: '2026-12-01', published: feeds.filter((_, j) => j !== i) });
      const expected = plainDefinition(ctx);
      expect(checkOverlap(ctx).filter((notice) => CROSS_FEED.has(notice.code))).toEqual(expected);
      compared += expected.length;
    });
    // The feeds do overlap: the comparison is not one of empty lists.
    expect(compared).toBeGreaterThan(100);
  });
});

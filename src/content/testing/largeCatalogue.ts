// A synthetic catalogue many times the size of the mock one, to measure how the content core
// scales when publishers add steps. Each copy is the mock content under new ids, merged and
// ordered exactly like the original, so the work grows with the copies and nothing collapses.
import { mockFeeds } from '../../../mocks/data/feeds';
import { buildCatalogue, type Catalogue } from '../catalogue';
import type { FeedInput } from '../feed';
import type { ItemInput } from '../item';
import type { LocalizedUrl } from '../localized';
import type { OfficeInput } from '../office';
import { parseFeed } from '../parseFeed';

/** Copy 0 is the mock content untouched; copy k > 0 gets `.copyk` ids. */
function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}.copy${copy}`;
}

/**
 * Another page of the same site, so items sharing a URL within a copy still merge but no copy
 * merges with another. The segment goes into the path: the catalogue ignores query and hash.
 */
function copyUrl(address: string, copy: number): string {
  if (copy === 0) return address;
  const url = new URL(address);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/copy-${copy}`;
  return url.href;
}

function copyLocalizedUrl(urls: LocalizedUrl, copy: number): LocalizedUrl {
  return Object.fromEntries(Object.entries(urls).map(([lang, url]) => [lang, copyUrl(url, copy)]));
}

function copyItem(item: ItemInput, copy: number): ItemInput {
  return {
    ...structuredClone(item),
    id: copyId(item.id, copy),
    serviceId: item.serviceId === undefined ? undefined : copyId(item.serviceId, copy),
    // Dependencies stay inside the copy, so the ordering work is as deep as in the original.
    dependsOn: item.dependsOn?.map((id) => copyId(id, copy)),
    source: copyLocalizedUrl(item.source, copy),
  };
}

function copyOffice(office: OfficeInput, copy: number): OfficeInput {
  return {
    ...structuredClone(office),
    id: copyId(office.id, copy),
    services: office.services?.map((id) => copyId(id, copy)),
  };
}

const copyIndexes = (copies: number) => Array.from({ length: copies }, (_, copy) => copy);

/**
 * Each publisher's feed with its items and offices repeated `copies` times under distinct ids.
 * Municipalities are kept once and unchanged: every copy of a city's items applies to the
 * real city, so a profile choosing "ottawa" sees all of them.
 */
export function largeFeeds(copies: number, base: Record<string, FeedInput> = mockFeeds): FeedInput[] {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a positive integer, got ${copies}`);
  return Object.values(base).map((feed) => ({
    ...feed,
    items: copyIndexes(copies).flatMap((copy) => (feed.items ?? []).map((item) => copyItem(item, copy))),
    offices: copyIndexes(copies).flatMap((copy) => (feed.offices ?? []).map((office) => copyOffice(office, copy))),
  }));
}

/**
 * The merged catalogue of `largeFeeds`, read through the real schema. Throws if any entry
 * fails validation: a benchmark on silently dropped entries would measure less than it says.
 */
export function largeCatalogue(copies: number, base: Record<string, FeedInput> = mockFeeds): Catalogue {
  const feeds = largeFeeds(copies, base).map((input) => {
    const { feed, problems } = parseFeed(input);
    if (!feed || problems.length > 0) {
      throw new Error(`synthetic feed does not validate: ${problems.map((problem) => problem.message).join('\n')}`);
    }
    return feed;
  });
  return buildCatalogue(feeds);
}

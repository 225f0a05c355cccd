import { buildCatalogue } from '../src/content/catalogue';
import { parseFeed } from '../src/content/parseFeed';
import { mockFeeds } from '../mocks/data/feeds';

/** The mock portals' merged catalogue, so tests take titles and rules from the fixtures. */
export const catalogue = buildCatalogue(Object.values(mockFeeds).flatMap((input) => parseFeed(input).feed ?? []));

export function itemById(id: string) {
  const item = catalogue.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No item ${id} in the mock catalogue`);
  return item;
}

export const englishTitle = (id: string) => itemById(id).title.en ?? '';

// For tests only: the mock portals' content as the app reads it (parseFeed, buildCatalogue), indexed once.
import { mockFeeds } from '../../../mocks/data/feeds';
import { buildCatalogue } from '../catalogue';
import { parseFeed } from '../parseFeed';
import { buildSearchIndex } from '../search/searchIndex';
import { search, type SearchHit, type SearchResults } from '../search/search';

export const mockCatalogue = buildCatalogue(Object.values(mockFeeds).flatMap((input) => parseFeed(input).feed ?? []));
export const mockIndex = buildSearchIndex(mockCatalogue);

export const allHits = (results: SearchResults): SearchHit[] => [...results.groups.task, ...results.groups.guide, ...results.groups.office];
export const ids = (hits: readonly SearchHit[]): string[] => hits.map((hit) => hit.id);
export const total = (results: SearchResults): number => results.counts.task + results.counts.guide + results.counts.office;

/** The mock index searched in the English or the French UI. */
export const searchEn = (query: string) => search(mockIndex, query, { lang: 'en' });
export const searchFr = (query: string) => search(mockIndex, query, { lang: 'fr' });

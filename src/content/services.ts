import type { CatalogueItem } from './catalogue';
import { TOPICS, type Jurisdiction, type Topic } from './taxonomy';

export interface ServiceFilters {
  topic: Topic | null;
  jurisdiction: Jurisdiction | null;
}

/** Services are the tasks: things a person asks a government or agency to do for them. */
export function servicesMatching(items: readonly CatalogueItem[], filters: ServiceFilters): CatalogueItem[] {
  return items.filter(
    (item) =>
      item.kind === 'task' &&
      (!filters.topic || item.topics.includes(filters.topic)) &&
      (!filters.jurisdiction || item.responsible.jurisdiction === filters.jurisdiction),
  );
}

/** Services grouped under their first topic, in the taxonomy's order. */
export function byTopic(services: readonly CatalogueItem[]): { topic: Topic; services: CatalogueItem[] }[] {
  return TOPICS.map((topic) => ({ topic, services: services.filter((item) => item.topics[0] === topic) })).filter(
    (group) => group.services.length > 0,
  );
}

/**
 * Services more than one government or agency touches: partners that deliver part of it, or
 * another publisher at a different level describing the same service.
 */
export function sharedServices(items: readonly CatalogueItem[]): CatalogueItem[] {
  return items.filter(
    (item) =>
      item.kind === 'task' &&
      (item.partners.some((partner) => partner.jurisdiction !== item.responsible.jurisdiction) ||
        item.alsoFrom.some((other) => other.publisher.jurisdiction !== item.responsible.jurisdiction)),
  );
}

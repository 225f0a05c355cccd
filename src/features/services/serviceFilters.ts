import { JURISDICTIONS, TOPICS, type Jurisdiction, type Topic } from '../../content/taxonomy';
import type { ServiceFilters } from '../../content/services';

/** Reads the filters from the address, ignoring values that are not codes of the taxonomy. */
export function readFilters(params: URLSearchParams): ServiceFilters {
  const topic = params.get('topic');
  const jurisdiction = params.get('jurisdiction');
  return {
    topic: TOPICS.includes(topic as Topic) ? (topic as Topic) : null,
    jurisdiction: JURISDICTIONS.includes(jurisdiction as Jurisdiction) ? (jurisdiction as Jurisdiction) : null,
  };
}

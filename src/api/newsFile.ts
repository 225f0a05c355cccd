import type { Publisher } from '../content/publisher';
import type { NewsEntry } from './newsEntry';

/** A snapshot's news/<lang>.json: every news source's entries in one language, newest first. */
export interface NewsFile {
  lang: string;
  generatedAt: string;
  /** The publisher (licence, attribution) of each news source, by the source id entries name. */
  publishers: Record<string, Publisher>;
  entries: NewsEntry[];
}

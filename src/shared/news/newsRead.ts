import type { NewsEntry } from '../../api/newsEntry';
import type { Publisher } from '../../content/publisher';

/** What one read of news gave: the entries, who publishes them, and when they were current. */
export interface NewsRead {
  entries: NewsEntry[];
  /** By the source id each entry names in `publisher`. */
  publishers: Record<string, Publisher>;
  /** When the news were read (ISO), or when the snapshot holding them was made. */
  readAt: string;
}

import { useEffect, useState } from 'react';
import type { NoticeDefinition } from '../../content/validation/notice';

let loaded: Promise<NoticeDefinition[]> | null = null;

// The list comes with every check's code: it loads after the page has painted, not with it.
// Not kept for offline use (see vite.config.ts): a failed load is tried again next time.
const load = () =>
  (loaded ??= import('../../content/validation/registry')
    .then((m) => m.NOTICE_DEFINITIONS)
    .catch((error: unknown) => {
      loaded = null;
      throw error;
    }));

/** Every notice code the validator can report, with its title and description; null until read. */
export function useNoticeDefinitions(): Map<string, NoticeDefinition> | null {
  const [definitions, setDefinitions] = useState<Map<string, NoticeDefinition> | null>(null);
  useEffect(() => {
    let current = true;
    load()
      .then((list) => current && setDefinitions(new Map(list.map((definition) => [definition.code, definition]))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return definitions;
}

import { useEffect, useState } from 'react';
import type { NoticeDefinition } from '../../content/validation/notice';

let loaded: Promise<NoticeDefinition[]> | null = null;

// The list comes with every check's code: it loads after the page has painted, not with it.
const load = () => (loaded ??= import('../../content/validation/registry').then((m) => m.NOTICE_DEFINITIONS));

/** Every notice code the validator can report, with its title and description; null until read. */
export function useNoticeDefinitions(): Map<string, NoticeDefinition> | null {
  const [definitions, setDefinitions] = useState<Map<string, NoticeDefinition> | null>(null);
  useEffect(() => {
    let current = true;
    void load().then((list) => current && setDefinitions(new Map(list.map((definition) => [definition.code, definition]))));
    return () => {
      current = false;
    };
  }, []);
  return definitions;
}

import { useEffect, useMemo, useState } from 'react';
import type { Feed } from '../../content/feed';
import { localDay } from '../../content/localDay';
import type { ValidationResult } from '../../content/validation/validateFeed';
import { usePublishedFeeds } from '../../shared/portals/portalQueries';
import type { Draft } from './useDraft';
import { createValidator } from './validation';

export type ValidationState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'done'; draft: Draft; result: ValidationResult; published: Feed[] }
  | { step: 'failed'; draft: Draft; reason: string };

type Answer = Extract<ValidationState, { draft: Draft }>;

/**
 * Checks the draft in a Web Worker against every feed published now (all configured portals,
 * for references and overlaps), as of today on this device.
 */
export function useValidation(draft: Draft | null): ValidationState {
  const published = usePublishedFeeds('all');
  const validator = useMemo(() => createValidator(), []);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const feeds = published.loading ? null : published.feeds;

  useEffect(() => () => validator.stop(), [validator]);

  useEffect(() => {
    if (!draft || !feeds) return;
    let current = true;
    void validator.validate(draft.text, localDay(), feeds).then((response) => {
      if (!current) return;
      setAnswer(
        response.ok
          ? { step: 'done', draft, result: response.result, published: feeds }
          : { step: 'failed', draft, reason: response.error },
      );
    });
    return () => {
      current = false;
    };
  }, [draft, feeds, validator]);

  if (!draft) return { step: 'idle' };
  // Until the worker answers for this very draft, the previous report is not this one's.
  return answer?.draft === draft ? answer : { step: 'checking' };
}

import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { previewStore, type DraftOrigin } from '../../shared/preview/draftStore';
import { checkPaste, checkSize, feedAddress, fetchDraft, type DraftInput, type DraftInputError } from './draftInput';

export interface Draft {
  text: string;
  origin: DraftOrigin;
  /** Given on this page just now, not found on the device or in the address it was opened at. */
  fresh: boolean;
}

/** The field an input problem belongs to: the error summary links to it. */
export type DraftField = 'file' | 'paste' | 'url';

export type InputState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'fetching'; url: string }
  | { step: 'error'; field: DraftField; error: DraftInputError };

/** What fetching one address (the n-th time it was asked for) gave. */
interface Fetched {
  href: string;
  fetches: number;
  read: DraftInput;
}

/**
 * The draft being previewed: from a file, a paste, or the address in `?feed=` (so a colleague
 * who opens the same address sees the same preview); otherwise the draft kept on this device.
 */
export function useDraft() {
  const [params, setParams] = useSearchParams();
  const feedParam = params.get('feed');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [local, setLocal] = useState<InputState>({ step: 'idle' });
  // Asking for the same address again fetches it again: the publisher may have changed the file.
  const [fetches, setFetches] = useState(0);
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const hasDraft = useRef(false);
  // An address typed in the page is fresh; the one the page was opened at is not.
  const typedAddress = useRef<string | null>(null);
  // Only the latest request may set the draft, however long the earlier ones take.
  const attempt = useRef(0);
  const address = feedParam === null ? null : feedAddress(feedParam);

  function accept(next: Draft) {
    hasDraft.current = true;
    setDraft(next);
    void previewStore.saveDraft({ text: next.text, origin: next.origin, savedAt: new Date().toISOString() });
  }

  useEffect(() => {
    const mine = ++attempt.current;
    if (feedParam === null) {
      if (!hasDraft.current) {
        void previewStore.readDraft().then((stored) => {
          if (!stored || mine !== attempt.current || hasDraft.current) return;
          hasDraft.current = true;
          setDraft({ text: stored.text, origin: stored.origin, fresh: false });
        });
      }
      return;
    }
    const url = feedAddress(feedParam);
    if (!url) return;
    const controller = new AbortController();
    fetchDraft(url, controller.signal)
      .then((read) => {
        if (mine !== attempt.current) return;
        setFetched({ href: url.href, fetches, read });
        if (read.ok) accept({ text: read.text, origin: { kind: 'url', url: url.href }, fresh: typedAddress.current === url.href });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [feedParam, fetches]);

  function input(): InputState {
    if (feedParam === null || local.step !== 'idle') return local;
    if (!address) return { step: 'error', field: 'url', error: { code: 'bad-address' } };
    if (fetched?.href !== address.href || fetched.fetches !== fetches) return { step: 'fetching', url: address.href };
    return fetched.read.ok ? { step: 'idle' } : { step: 'error', field: 'url', error: fetched.read.error };
  }

  /** A draft from this device replaces the one named in the address. */
  function dropAddress() {
    if (!params.has('feed')) return;
    const next = new URLSearchParams(params);
    next.delete('feed');
    setParams(next, { replace: true });
  }

  async function chooseFile(file: File) {
    const mine = ++attempt.current;
    const refused = checkSize(file.size);
    if (refused && !refused.ok) return setLocal({ step: 'error', field: 'file', error: refused.error });
    setLocal({ step: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      if (mine === attempt.current) setLocal({ step: 'error', field: 'file', error: { code: 'unreadable' } });
      return;
    }
    if (mine !== attempt.current) return;
    setLocal({ step: 'idle' });
    dropAddress();
    accept({ text, origin: { kind: 'file', name: file.name }, fresh: true });
  }

  function paste(text: string) {
    ++attempt.current;
    const read = checkPaste(text);
    if (!read.ok) return setLocal({ step: 'error', field: 'paste', error: read.error });
    setLocal({ step: 'idle' });
    dropAddress();
    accept({ text: read.text, origin: { kind: 'paste' }, fresh: true });
  }

  function openAddress(value: string) {
    const url = feedAddress(value);
    if (!url) return setLocal({ step: 'error', field: 'url', error: { code: 'bad-address' } });
    setLocal({ step: 'idle' });
    typedAddress.current = url.href;
    if (url.href === feedParam) return setFetches((count) => count + 1);
    const next = new URLSearchParams(params);
    next.set('feed', url.href);
    // A new entry in the history: Back returns to the previous draft's address.
    setParams(next);
  }

  async function remove() {
    ++attempt.current;
    hasDraft.current = false;
    setDraft(null);
    setLocal({ step: 'idle' });
    dropAddress();
    await previewStore.remove();
  }

  return { draft, input: input(), feedParam, chooseFile, paste, openAddress, remove };
}

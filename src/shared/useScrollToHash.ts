import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element the address names (`#office-…`) into view once the page has drawn it:
 * content may arrive after the first render, so the browser's own jump finds nothing.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);
}

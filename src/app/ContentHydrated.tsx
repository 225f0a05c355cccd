import { useEffect } from 'react';
import { handOverEarlyInput } from './earlyInput';
import { notePageHydrated } from './pageHydrated';

/**
 * Placed after the page's content, inside its Suspense boundary, which React hydrates after the
 * rest of the page: its effect runs once that content is the app's, and hands over what the
 * person changed before (./earlyInput.ts), then lets background work start (./pageHydrated.ts).
 */
export function ContentHydrated() {
  useEffect(() => {
    handOverEarlyInput();
    notePageHydrated();
  }, []);
  return null;
}

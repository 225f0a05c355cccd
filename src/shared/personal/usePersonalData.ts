import { useSyncExternalStore } from 'react';
import { personalStore, type PersonalState } from './personalStore';

/** The person's profile and progress, re-rendering when either changes. */
export function usePersonalData(): PersonalState & typeof personalStore {
  const state = useSyncExternalStore(personalStore.subscribe, personalStore.getSnapshot, personalStore.getServerSnapshot);
  return { ...state, ...personalStore };
}

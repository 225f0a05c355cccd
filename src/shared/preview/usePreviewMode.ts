import { useSyncExternalStore } from 'react';
import { previewStore, type PreviewState } from './draftStore';

/** Whether the app shows a publisher's draft, re-rendering when that changes. */
export function usePreviewMode(): PreviewState {
  return useSyncExternalStore(previewStore.subscribe, previewStore.getSnapshot, previewStore.getServerSnapshot);
}

import { QueryClient } from '@tanstack/react-query';

/** How long saved portal content may be shown without a successful refresh. */
export const CONTENT_MAX_AGE_MS = 30 * 24 * 60 * 60_000;

/**
 * The one owner of portal data. Queries are persisted to IndexedDB (see persistence.ts), so the
 * garbage-collection time must outlast the persisted age or restored data would be dropped.
 * It is Infinity, not 30 days: a timer over 24.8 days overflows and fires at once.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      networkMode: 'offlineFirst',
      gcTime: Infinity,
      refetchOnWindowFocus: false,
    },
  },
});

export const PROBLEM_REPORT_MUTATION_KEY = ['problem-report'] as const;

export interface QueuedReport {
  url: string;
  report: import('../../api/problemReport').ProblemReport;
}

// Set here, not in the form, because a report queued offline is sent after a reload too, when
// the persisted mutation is resumed without its page.
queryClient.setMutationDefaults(PROBLEM_REPORT_MUTATION_KEY, {
  mutationFn: async ({ url, report }: QueuedReport) =>
    (await import('../../api/problemReport')).sendProblemReport(url, report),
  retry: 3,
});

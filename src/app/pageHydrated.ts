// Background work (refreshing content, reading what the device saved, installing the service
// worker) waits for the prerendered page to be hydrated: started earlier, it takes the phone's
// processor from hydration and a person waits longer for the page to answer.

let markHydrated: () => void = () => undefined;
const hydrated = new Promise<void>((resolve) => (markHydrated = resolve));

/** Called once the page's content is the app's (ContentHydrated's effect). */
export function notePageHydrated(): void {
  markHydrated();
}

/** Settles when the page is hydrated or, should that never be noted (a page that failed), after `atMostMs`. */
export function pageHydrated(atMostMs: number): Promise<void> {
  return Promise.race([hydrated, new Promise<void>((resolve) => setTimeout(resolve, atMostMs))]);
}

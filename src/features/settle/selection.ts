/** How many municipalities the page compares at once. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/**
 * The municipality ids the `compare` parameter asks for, in its order, each once. With no
 * parameter, the first two municipalities available. Ids not (yet) available are kept, so a
 * shared link survives a portal that is slow or down; the page shows only the ones it knows.
 */
export function requestedIds(param: string | null, available: readonly string[]): string[] {
  if (param === null) return available.slice(0, MIN_COMPARED);
  return [...new Set(param.split(',').map((id) => id.trim()).filter(Boolean))];
}

/** The ids after a checkbox is ticked (added at the end, so it becomes the last column) or unticked. */
export function toggled(ids: readonly string[], id: string, on: boolean): string[] {
  const rest = ids.filter((other) => other !== id);
  return on ? [...rest, id] : rest;
}

/** The search string that holds a selection: ids are [a-z0-9-], so commas stay readable. */
export function compareSearch(ids: readonly string[]): string {
  return `?compare=${ids.map(encodeURIComponent).join(',')}`;
}

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

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The municipalities whose name or region holds `filter` (case and accents ignored), and the
 * chosen ones whatever the filter, so a ticked box never disappears while the person types.
 */
export function matchingMunicipalities<M extends { id: string; name: Record<string, string>; region: Record<string, string> }>(
  municipalities: readonly M[],
  chosen: readonly string[],
  filter: string,
  localize: (text: Record<string, string>) => string,
): readonly M[] {
  const wanted = folded(filter.trim());
  if (!wanted) return municipalities;
  return municipalities.filter(
    (municipality) => chosen.includes(municipality.id) || folded(`${localize(municipality.name)} ${localize(municipality.region)}`).includes(wanted),
  );
}

import type { PortalConfig } from './portalConfig';

/**
 * Which portals a page needs. `mine`: those that apply everywhere plus the person's own
 * municipality (none chosen: none), so a phone abroad downloads one city, not every city.
 * `all`: every portal, for pages that compare or list municipalities.
 */
export type PortalScope = 'mine' | 'all';

export function portalsInScope<T extends Pick<PortalConfig, 'municipality'>>(
  portals: readonly T[],
  scope: PortalScope,
  municipality: string | null | undefined,
): T[] {
  return portals.filter(
    (portal) => portal.municipality === undefined || scope === 'all' || portal.municipality === municipality,
  );
}

/**
 * The municipalities the configured portals cover, in configuration order: one source per
 * municipality, the first configured for it (a city's own feed, listed before its libraries).
 */
export function configuredMunicipalities<T extends Pick<PortalConfig, 'municipality'>>(portals: readonly T[]) {
  const seen = new Set<string>();
  return portals.filter(
    (portal): portal is T & { municipality: string } =>
      portal.municipality !== undefined && !seen.has(portal.municipality) && Boolean(seen.add(portal.municipality)),
  );
}

import type { LatLng } from './fsaCentroids';

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle (haversine) distance in kilometres. Straight-line, not by road: enough to rank
 * offices, and the UI should word it as "about".
 */
export function distanceKm(from: LatLng, to: LatLng): number {
  const dLat = radians(to.lat - from.lat);
  const dLng = radians(to.lng - from.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type WithDistance<T> = T & { distanceKm: number };

/**
 * Offices nearest first, each with its distance from `origin`. Offices at the same distance keep
 * their input order (several services often share one building), so the list does not shuffle
 * between renders.
 */
export function sortOfficesByDistance<T extends { coordinates: LatLng }>(
  offices: readonly T[],
  origin: LatLng,
): WithDistance<T>[] {
  return offices
    .map((office) => ({ ...office, distanceKm: distanceKm(origin, office.coordinates) }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

const EARTH_RADIUS_KM = 6371.0088

const toRadians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance between two points (haversine), in kilometres. */
export function distanceKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const dLat = toRadians(b.lat - a.lat)
  const dLng = toRadians(b.lng - a.lng)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface BoundingBox {
  minLat: number
  maxLat: number
  /** Longitude ranges; two when the box crosses the antimeridian. */
  lngRanges: Array<[number, number]>
}

/**
 * A latitude/longitude box that contains every point within `radiusKm` of the centre, for a
 * cheap indexed pre-filter on any database (no PostGIS); exact distances are computed after.
 */
export function boundingBox(center: { lat: number; lng: number }, radiusKm: number): BoundingBox {
  const latDelta = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI)
  const minLat = Math.max(-90, center.lat - latDelta)
  const maxLat = Math.min(90, center.lat + latDelta)
  const nearPole = maxLat >= 90 || minLat <= -90
  const cosLat = Math.cos(toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat))))
  const lngDelta = nearPole || cosLat < 1e-9 ? 180 : Math.min(180, latDelta / cosLat)
  if (lngDelta >= 180) return { minLat, maxLat, lngRanges: [[-180, 180]] }
  const west = center.lng - lngDelta
  const east = center.lng + lngDelta
  if (west < -180)
    return {
      minLat,
      maxLat,
      lngRanges: [
        [west + 360, 180],
        [-180, east],
      ],
    }
  if (east > 180)
    return {
      minLat,
      maxLat,
      lngRanges: [
        [west, 180],
        [-180, east - 360],
      ],
    }
  return { minLat, maxLat, lngRanges: [[west, east]] }
}

import { boundingBox } from '../delivery/geo'
import { nearestOf, parseNearbyQuery, type NearbyQuery } from '../delivery/nearbyClinics'
import { READ_MODEL, isReadModelCollection, type ReadModelCollection } from './coverage'
import { STALE_COLUMN, type Query, type Row } from './store'
import { PLACES, SNAPSHOTS } from './tables'

/** The parameters of `GET /api/<collection>/near` the read model answers; any other goes to Payload. */
const PARAMETERS = new Set(['lat', 'lng', 'radiusKm', 'limit', 'locale', 'depth'])

export interface NearbyRequest {
  collection: ReadModelCollection
  shape: string
  locale: string
  search: NearbyQuery
}

/**
 * Which nearby search an anonymous read is, or undefined when the read model does not answer
 * it: another depth, a treatment filter, an unknown parameter, or a parameter the endpoint
 * would refuse (Payload answers that 400 in its own error envelope).
 */
export function parseNearbyRequest(
  url: URL,
  locales: readonly string[],
  defaultLocale: string,
): NearbyRequest | undefined {
  const [, api, collection, near, ...rest] = url.pathname.split('/')
  if (api !== 'api' || near !== 'near' || rest.length > 0 || !isReadModelCollection(collection))
    return undefined
  const shape = READ_MODEL[collection].nearby
  if (!shape) return undefined
  const params: Record<string, string> = {}
  for (const [key, value] of url.searchParams) {
    if (!PARAMETERS.has(key) || key in params) return undefined
    params[key] = value
  }
  if (
    params.depth !== undefined &&
    params.depth !== String(READ_MODEL[collection].shapes[shape].depth)
  )
    return undefined
  const locale = params.locale ?? defaultLocale
  if (!locales.includes(locale)) return undefined
  try {
    return { collection, shape, locale, search: parseNearbyQuery(params) }
  } catch {
    return undefined
  }
}

export interface NearbyFound {
  row: Row
  distanceKm: number
}

/**
 * The nearest published documents' snapshots, nearest first: the points in the bounding box
 * (newest first, as Payload's unsorted find gives them, so that ties rank alike), ranked by
 * the endpoint's own `nearestOf`, then the snapshots of those that made the cut.
 */
export async function findNearby(query: Query, request: NearbyRequest): Promise<NearbyFound[]> {
  const { collection, shape, locale, search } = request
  const box = boundingBox(search, search.radiusKm)
  const ranges = box.lngRanges.map(() => '(lng >= ? AND lng <= ?)').join(' OR ')
  const points = await query(
    `SELECT doc_id, lat, lng FROM ${PLACES} WHERE collection = ? AND lat >= ? AND lat <= ? AND (${ranges}) ORDER BY created_at DESC, doc_id DESC`,
    [collection, box.minLat, box.maxLat, ...box.lngRanges.flat()],
  )
  const nearest = nearestOf(
    search,
    points.map((point) => ({
      id: String(point.doc_id),
      location: { lat: Number(point.lat), lng: Number(point.lng) },
    })),
  )
  if (nearest.length === 0) return []
  const rows = await query(
    `SELECT s.doc_id, s.body, s.content_hash, s.tags, ${STALE_COLUMN('s')} FROM ${SNAPSHOTS} s WHERE s.collection = ? AND s.shape = ? AND s.locale = ? AND s.doc_id IN (${nearest.map(() => '?').join(', ')})`,
    [collection, shape, locale, ...nearest.map((point) => point.id)],
  )
  const byId = new Map(rows.map((row) => [String(row.doc_id), row]))
  return nearest.flatMap(({ id, distanceKm }) => {
    const row = byId.get(id)
    return row ? [{ row, distanceKm }] : []
  })
}

/** The endpoint's answer, as `Response.json` writes it: each document with its distance last. */
export function nearbyBody(request: NearbyRequest, found: readonly NearbyFound[]): string {
  const docs = found.map(
    ({ row, distanceKm }) =>
      `${String(row.body).trimEnd().slice(0, -1)},"distanceKm":${JSON.stringify(distanceKm)}}`,
  )
  const { lat, lng, radiusKm } = request.search
  return `{"docs":[${docs.join(',')}],"totalDocs":${found.length},"center":${JSON.stringify({ lat, lng })},"radiusKm":${JSON.stringify(radiusKm)}}`
}

import type { PayloadRequest, Where } from 'payload'

import { RuleViolation } from '../errors'
import type { ClinicLocation } from '../payload-types'
import { boundingBox, distanceKm } from './geo'

export interface NearbyQuery {
  lat: number
  lng: number
  radiusKm: number
  limit: number
  treatment?: string
}

export const MAX_RADIUS_KM = 500
export const MAX_LIMIT = 100
const DEFAULT_LIMIT = 20
/** The depth clinics come at when a search names none. */
export const DEFAULT_NEARBY_DEPTH = 1

function badParameter(name: string, message: string): RuleViolation {
  return new RuleViolation(400, `${name}: ${message}`, { rule: 'invalid-parameter', field: name })
}

function readNumber(raw: unknown, name: string, required: boolean): number | undefined {
  if (raw === undefined || raw === null || raw === '') {
    if (required) throw badParameter(name, 'is required.')
    return undefined
  }
  const text = String(raw).trim()
  const value = Number(text)
  if (text === '' || !Number.isFinite(value))
    throw badParameter(name, `must be a number (got "${text.slice(0, 40)}").`)
  return value
}

/** Checks the parameters of a nearby search; a bad one is a 400 that names it. */
export function parseNearbyQuery(params: Record<string, unknown>): NearbyQuery {
  const lat = readNumber(params.lat, 'lat', true)!
  const lng = readNumber(params.lng, 'lng', true)!
  if (lat < -90 || lat > 90) throw badParameter('lat', 'must be between -90 and 90.')
  if (lng < -180 || lng > 180) throw badParameter('lng', 'must be between -180 and 180.')
  const radiusKm = readNumber(params.radiusKm, 'radiusKm', false) ?? 25
  if (radiusKm <= 0 || radiusKm > MAX_RADIUS_KM)
    throw badParameter('radiusKm', `must be more than 0 and at most ${MAX_RADIUS_KM}.`)
  const limit = readNumber(params.limit, 'limit', false) ?? DEFAULT_LIMIT
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw badParameter('limit', `must be a whole number from 1 to ${MAX_LIMIT}.`)
  const treatment =
    params.treatment === undefined || params.treatment === '' ? undefined : String(params.treatment)
  if (treatment !== undefined && !/^[a-z0-9-]{1,96}$/i.test(treatment))
    throw badParameter('treatment', 'must be a treatment slug or id.')
  return { lat, lng, radiusKm, limit, treatment }
}

export type NearbyClinic = ClinicLocation & { distanceKm: number }

async function treatmentId(
  req: PayloadRequest,
  treatment: string,
): Promise<number | string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'treatment-options',
    where: {
      or: [
        { slug: { equals: treatment } },
        ...(/^\d+$/.test(treatment) || req.payload.db.defaultIDType !== 'number'
          ? [{ id: { equals: treatment } }]
          : []),
      ],
    },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: false,
    select: { slug: true },
  })
  return docs[0]?.id
}

/**
 * The nearest `limit` of the candidates within the radius, nearest first, each with its
 * distance rounded to 10 m; candidates at the same distance keep their order. The read model
 * (src/readModel/nearby.ts) ranks with this too, so both answer the same clinics.
 */
export function nearestOf<Id>(
  query: NearbyQuery,
  candidates: ReadonlyArray<{ id: Id; location: { lat: number; lng: number } }>,
): Array<{ id: Id; distanceKm: number }> {
  return candidates
    .map((clinic) => ({
      id: clinic.id,
      distanceKm: Math.round(distanceKm(query, clinic.location) * 100) / 100,
    }))
    .filter((clinic) => clinic.distanceKm <= query.radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, query.limit)
}

/**
 * Published clinics within `radiusKm` of a point, nearest first, each with its great-circle
 * distance. A bounding box narrows the query on any database; exact distances are computed
 * here, on the clinics' ids and locations alone, and only the nearest `limit` are then read at
 * the requested depth (populating every clinic in the box and dropping most of them made this
 * search the slowest cold read in the benchmark). Both reads go through the caller's access
 * rules, so only published clinics come back.
 */
export async function findNearbyClinics(
  req: PayloadRequest,
  query: NearbyQuery,
  depth: number,
): Promise<NearbyClinic[]> {
  const box = boundingBox(query, query.radiusKm)
  const conditions: Where[] = [
    { _status: { equals: 'published' } },
    { 'location.lat': { greater_than_equal: box.minLat } },
    { 'location.lat': { less_than_equal: box.maxLat } },
    {
      or: box.lngRanges.map(([west, east]) => ({
        and: [
          { 'location.lng': { greater_than_equal: west } },
          { 'location.lng': { less_than_equal: east } },
        ],
      })),
    },
  ]
  if (query.treatment) {
    const id = await treatmentId(req, query.treatment)
    if (id === undefined) return []
    conditions.push({ treatmentsOffered: { in: [id] } })
  }
  const { docs: candidates } = await req.payload.find({
    collection: 'clinic-locations',
    where: { and: conditions },
    depth: 0,
    limit: 1000,
    pagination: false,
    req,
    overrideAccess: false,
    select: { location: true },
  })
  const nearest = nearestOf(query, candidates)
  if (nearest.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'clinic-locations',
    where: { and: [{ id: { in: nearest.map((clinic) => clinic.id) } }, ...conditions] },
    depth,
    limit: nearest.length,
    pagination: false,
    req,
    overrideAccess: false,
  })
  const byId = new Map(docs.map((clinic) => [clinic.id, clinic]))
  return nearest.flatMap(({ id, distanceKm: distance }) => {
    const clinic = byId.get(id)
    return clinic ? [{ ...clinic, distanceKm: distance }] : []
  })
}

import type { Endpoint } from 'payload'

import {
  DEFAULT_NEARBY_DEPTH,
  findNearbyClinics,
  parseNearbyQuery,
} from '../delivery/nearbyClinics'

/** `GET /api/clinic-locations/near?lat=&lng=&radiusKm=&treatment=&limit=&depth=` */
export const nearbyClinicsEndpoint: Endpoint = {
  path: '/near',
  method: 'get',
  handler: async (req) => {
    const params = Object.fromEntries(req.searchParams?.entries() ?? [])
    const query = parseNearbyQuery(params)
    const depth =
      params.depth === undefined
        ? DEFAULT_NEARBY_DEPTH
        : Math.min(2, Math.max(0, Number.parseInt(params.depth, 10) || 0))
    const docs = await findNearbyClinics(req, query, depth)
    return Response.json({
      docs,
      totalDocs: docs.length,
      center: { lat: query.lat, lng: query.lng },
      radiusKm: query.radiusKm,
    })
  },
}

import type { GraphQLExtension, PayloadRequest } from 'payload'

import { findNearbyClinics, parseNearbyQuery } from '../delivery/nearbyClinics'

/** `clinicsNear(lat, lng, radiusKm, treatment, limit)`: the nearby-clinics search over GraphQL. */
export const deliveryQueries: GraphQLExtension = (GraphQL, { collections }) => {
  const clinicType = collections['clinic-locations'].graphQL?.type
  if (!clinicType) throw new Error('clinic-locations has no GraphQL type')
  const ClinicNearby = new GraphQL.GraphQLObjectType({
    name: 'ClinicNearby',
    fields: {
      distanceKm: {
        type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLFloat),
        description: 'Great-circle distance from the given point.',
      },
      clinic: { type: new GraphQL.GraphQLNonNull(clinicType) },
    },
  })
  return {
    clinicsNear: {
      type: new GraphQL.GraphQLNonNull(
        new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(ClinicNearby)),
      ),
      description:
        'Published clinics within radiusKm (default 25, at most 500) of a point, nearest first.',
      args: {
        lat: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLFloat) },
        lng: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLFloat) },
        radiusKm: { type: GraphQL.GraphQLFloat },
        treatment: { type: GraphQL.GraphQLString, description: 'A treatment slug or id.' },
        limit: { type: GraphQL.GraphQLInt },
      },
      resolve: async (
        _source: unknown,
        args: Record<string, unknown>,
        context: { req: PayloadRequest },
      ) => {
        // GraphQL resolves relationships itself from ids, so the clinics are read at depth 0.
        const clinics = await findNearbyClinics(context.req, parseNearbyQuery(args), 0)
        return clinics.map((clinic) => ({ distanceKm: clinic.distanceKm, clinic }))
      },
    },
  }
}

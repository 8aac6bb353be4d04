import type { CollectionBeforeChangeHook } from 'payload'

import { lockName } from '../../../db/locks'
import type { User } from '../../../payload-types'

/** The very first account is the one that can create all the others. */
export const assignFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  // Two simultaneous first registrations must not both see an empty table.
  await lockName(req, 'first-user')
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}

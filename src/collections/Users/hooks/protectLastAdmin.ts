import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { RuleViolation } from '../../../errors'
import type { User } from '../../../payload-types'

async function otherAdminCount(req: PayloadRequest, id: number | string): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    overrideAccess: true,
    req,
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
  })
  return totalDocs
}

const lastAdminError = () =>
  new RuleViolation(409, 'This is the last admin account; make another user an admin first.', {
    rule: 'last-admin',
    field: 'roles',
  })

export const keepLastAdminRole: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const wasAdmin = originalDoc.roles?.includes('admin')
  const staysAdmin = (data.roles ?? originalDoc.roles)?.includes('admin')
  if (wasAdmin && !staysAdmin && (await otherAdminCount(req, originalDoc.id)) === 0)
    throw lastAdminError()
  return data
}

export const keepLastAdminAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = (await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as User | null
  if (user?.roles?.includes('admin') && (await otherAdminCount(req, id)) === 0)
    throw lastAdminError()
}

import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole, isSystemCall } from '../../../access/roles'
import { RuleViolation } from '../../../errors'

/**
 * Fields only an admin may set: who someone is allowed to be (roles), what vouches for them
 * (credentials, license) and how the public sees them in bylines (name, specialty, photo), so
 * that no one can present themselves as "Dr. …, MD" on the site.
 */
export const ADMIN_ONLY_USER_FIELDS = [
  'roles',
  'credentials',
  'licenseNumber',
  'licenseState',
  'licenseExpiresAt',
  'name',
  'specialty',
  'photo',
] as const

export function sameValue(a: unknown, b: unknown): boolean {
  const normalise = (value: unknown) => {
    if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort())
    if (value === undefined || value === '') return 'null'
    if (
      typeof value === 'string' &&
      !Number.isNaN(Date.parse(value)) &&
      /^\d{4}-\d{2}-\d{2}/.test(value)
    ) {
      return JSON.stringify(new Date(value).toISOString())
    }
    return JSON.stringify(value)
  }
  return normalise(a) === normalise(b)
}

/**
 * Refuses, with a 403 naming the field, any attempt by a non-admin to change an admin-only
 * field. It runs on the raw request before field access would silently drop the value, so a
 * user trying to raise their own role hears "no" instead of a quiet success.
 */
export const guardAdminOnlyFields: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (hasRole(req.user, 'admin') || isSystemCall(req)) return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data) return args
  const touched = ADMIN_ONLY_USER_FIELDS.filter((field) => field in data)
  if (touched.length === 0) return args

  if (operation === 'create') {
    // The first account registers before any admin exists and is made admin in any case.
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return args
  }
  const id = (args as { id?: number | string }).id
  const current =
    operation === 'update' && id !== undefined
      ? ((await req.payload
          .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
          .catch(() => null)) as Record<string, unknown> | null)
      : null
  for (const field of touched) {
    if (!current || !sameValue(data[field], current[field])) {
      throw new RuleViolation(403, `Only an admin can change ${field}.`, {
        rule: 'admin-only-field',
        field,
      })
    }
  }
  return args
}

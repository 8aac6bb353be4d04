import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaffUser } from './roles'

/**
 * Staff see colleagues (to pick authors and reviewers); sensitive fields have their own rules.
 * Any account reads its own record by id, which is what `me` does (the API keys' included).
 */
export const staffCanRead: Access = ({ req, id }) =>
  isStaffUser(req.user) ||
  (id !== undefined && req.user?.collection === 'users' && String(req.user.id) === String(id))

/** Admins manage every account; anyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.collection === 'users' && isStaffUser(req.user))
    return { id: { equals: req.user.id } }
  return false
}

export const adminOrSelfField: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin') ||
  (req.user?.collection === 'users' && doc?.id !== undefined && req.user.id === doc.id)

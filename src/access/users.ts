import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Staff see colleagues (to pick authors and reviewers); sensitive fields have their own rules. */
export const staffCanRead: Access = ({ req }) => isStaffUser(req.user)

/** Admins manage every account; anyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.collection === 'users' && isStaffUser(req.user)) return { id: { equals: req.user.id } }
  return false
}

export const adminOrSelfField: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin') || (req.user?.collection === 'users' && doc?.id !== undefined && req.user.id === doc.id)

import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Staff and the preview key read drafts; everyone else reads published versions only. */
export const canReadDrafts = (user: Parameters<typeof hasRole>[0]): boolean => isStaffUser(user) || hasRole(user, 'frontend-preview')

export const publishedOrPreview: Access = ({ req }) => {
  if (canReadDrafts(req.user)) return true
  return { _status: { equals: 'published' } }
}

/** Authors start medical drafts; editors and admins may too. */
export const canCreateMedical: Access = ({ req }) => hasRole(req.user, 'author', 'editor', 'admin')

/**
 * Editors and admins edit any medical document. Authors edit documents they co-author, but not
 * while a reviewer is looking at them, and never publish.
 */
export const canUpdateMedical: Access = ({ req, data }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!hasRole(req.user, 'author') || !req.user) return false
  if (data?._status === 'published') return false
  const own: Where = {
    and: [{ authors: { contains: req.user.id } }, { reviewStatus: { not_equals: 'in-review' } }],
  }
  return own
}

/** Editors and admins delete; authors only their own drafts that were never published. */
export const canDeleteMedical: Access = ({ req }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!hasRole(req.user, 'author') || !req.user) return false
  const ownNeverPublished: Where = { and: [{ authors: { contains: req.user.id } }, { _status: { equals: 'draft' } }] }
  return ownNeverPublished
}

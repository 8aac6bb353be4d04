import type { Access, Where } from 'payload'

import {
  mayCreateMedical,
  mayDeleteAnyMedical,
  mayEditAnyMedical,
  mayEditAsAuthor,
  userActor,
} from './permissions'
import { hasRole, isStaffUser } from './roles'

/** Staff and the preview key read drafts; everyone else reads published versions only. */
export const canReadDrafts = (user: Parameters<typeof hasRole>[0]): boolean =>
  isStaffUser(user) || hasRole(user, 'frontend-preview')

export const publishedOrPreview: Access = ({ req }) => {
  if (canReadDrafts(req.user)) return true
  return { _status: { equals: 'published' } }
}

export const canCreateMedical: Access = ({ req }) => mayCreateMedical(userActor(req.user))

/**
 * Editors and admins edit any medical document. Authors edit documents they co-author, but not
 * while a reviewer is looking at them, and never publish. (The workflow refuses everyone's
 * changes to a document in review; src/hooks/workflow/enforceReviewWorkflow.ts.)
 */
export const canUpdateMedical: Access = ({ req, data }) => {
  if (mayEditAnyMedical(userActor(req.user))) return true
  if (!mayEditAsAuthor(req.user) || !req.user) return false
  if (data?._status === 'published') return false
  const own: Where = {
    and: [{ authors: { contains: req.user.id } }, { reviewStatus: { not_equals: 'in-review' } }],
  }
  return own
}

/**
 * Editors and admins delete; authors only their own drafts that were never published. "Never
 * published" needs the audit trail, which a `Where` cannot reach: the query keeps authors to
 * their own drafts, and src/hooks/explainAuthorLimits.ts refuses, with the reason, a draft
 * that was published before.
 */
export const canDeleteMedical: Access = ({ req }) => {
  if (mayDeleteAnyMedical(req.user)) return true
  if (!mayEditAsAuthor(req.user) || !req.user) return false
  const ownDraft: Where = {
    and: [{ authors: { contains: req.user.id } }, { _status: { equals: 'draft' } }],
  }
  return ownDraft
}

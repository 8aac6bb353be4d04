import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { RuleViolation } from '../errors'
import { nestedReq } from '../workflow/context'
import { idOf } from '../workflow/contentHash'
import { mainStatus } from './publicationState'

async function latestDraft(req: PayloadRequest, collection: string, id: number | string) {
  return (await req.payload.findByID({
    collection: collection as 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { authors: true, reviewStatus: true },
    req: nestedReq(req),
    context: { internalRead: true },
  })) as { authors?: unknown[]; reviewStatus?: string } | null
}

/**
 * An author's limits, refused with a reason instead of a bare "not allowed": they change only
 * documents they co-author, not while a reviewer has them, never drop a co-author, and never
 * delete what is published. The access rules enforce the same limits underneath.
 */
export const explainAuthorLimits: CollectionBeforeOperationHook<any> = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  if (!hasRole(req.user, 'author') || hasRole(req.user, 'editor', 'admin') || !req.user) return args
  const id = (args as { id?: number | string }).id
  if (id === undefined) return args
  const current = await latestDraft(req, collection.slug, id)
  if (!current) return args
  const userId = String(req.user.id)
  const authors = (current.authors ?? []).map(idOf).filter((author): author is string => Boolean(author))
  if (!authors.includes(userId)) {
    throw new RuleViolation(403, 'Only the authors of this document (or an editor) can change it.', { rule: 'not-an-author', field: 'authors' })
  }
  if (operation === 'delete') {
    if ((await mainStatus(req, collection.slug, id)) === 'published') {
      throw new RuleViolation(403, 'Published content can only be deleted by an editor; ask one to unpublish or delete it.', { rule: 'delete-published' })
    }
    return args
  }
  if (current.reviewStatus === 'in-review') {
    throw new RuleViolation(403, 'This document is with a medical reviewer; you can edit it again once they have decided.', { rule: 'in-review-locked' })
  }
  const incoming = (args as { data?: { authors?: unknown } }).data?.authors
  if (Array.isArray(incoming)) {
    const kept = new Set(incoming.map(idOf))
    const dropped = authors.filter((author) => author !== userId && !kept.has(author))
    if (dropped.length > 0) {
      throw new RuleViolation(403, 'Authors can add co-authors but not remove them; ask an editor.', { rule: 'authors-drop', field: 'authors' })
    }
  }
  return args
}

import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { hasRole } from '../access/roles'
import { RuleViolation } from '../errors'
import { idOf } from '../lib/ids'
import { nestedReq } from '../lib/requests'
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

/** Every document a bulk update or delete (`PATCH`/`DELETE /api/{collection}?where=…`) would reach, published or draft. */
async function idsMatching(
  req: PayloadRequest,
  collection: string,
  where: Where | undefined,
): Promise<Array<number | string>> {
  const ids = new Map<string, number | string>()
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({
      collection: collection as 'articles',
      where,
      draft,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { authors: true },
      req: nestedReq(req),
      context: { internalRead: true },
    })
    for (const doc of docs) ids.set(String(doc.id), doc.id)
  }
  return [...ids.values()]
}

/** Live now, or live once: the audit trail keeps a row for every publication, whatever its path. */
async function everPublished(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<'live' | 'once' | false> {
  if ((await mainStatus(req, collection as 'articles', id)) === 'published') return 'live'
  const { totalDocs } = await req.payload.count({
    collection: 'review-records',
    where: {
      and: [
        { targetCollection: { equals: collection } },
        { documentId: { equals: String(id) } },
        { action: { equals: 'publish' } },
      ],
    },
    overrideAccess: true,
    req: nestedReq(req),
  })
  return totalDocs > 0 ? 'once' : false
}

async function checkDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  operation: 'delete' | 'update',
  incomingAuthors: unknown,
) {
  const current = await latestDraft(req, collection, id)
  if (!current || !req.user) return
  const userId = String(req.user.id)
  const authors = (current.authors ?? [])
    .map(idOf)
    .filter((author): author is string => Boolean(author))
  if (!authors.includes(userId)) {
    throw new RuleViolation(
      403,
      'Only the authors of this document (or an editor) can change it.',
      { rule: 'not-an-author', field: 'authors' },
    )
  }
  if (operation === 'delete') {
    const published = await everPublished(req, collection, id)
    if (published === 'live') {
      throw new RuleViolation(
        403,
        'Published content can only be deleted by an editor; ask one to unpublish or delete it.',
        { rule: 'delete-published' },
      )
    }
    if (published === 'once') {
      throw new RuleViolation(
        403,
        'This document has been published before; only an editor can delete it.',
        { rule: 'delete-published' },
      )
    }
    return
  }
  if (current.reviewStatus === 'in-review') {
    throw new RuleViolation(
      403,
      'This document is with a medical reviewer; you can edit it again once they have decided.',
      { rule: 'in-review-locked' },
    )
  }
  if (Array.isArray(incomingAuthors)) {
    const kept = new Set(incomingAuthors.map(idOf))
    const dropped = authors.filter((author) => author !== userId && !kept.has(author))
    if (dropped.length > 0) {
      throw new RuleViolation(
        403,
        'Authors can add co-authors but not remove them; ask an editor.',
        { rule: 'authors-drop', field: 'authors' },
      )
    }
  }
}

/**
 * An author's limits, refused with a reason instead of a bare "not allowed": they change only
 * documents they co-author, not while a reviewer has them, never drop a co-author, and never
 * delete what is or was published. The access rules enforce the same limits underneath. A
 * bulk update or delete is checked document by document, and refused whole if any is refused.
 */
export const explainAuthorLimits: CollectionBeforeOperationHook<any> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'delete') return args
  if (!hasRole(req.user, 'author') || hasRole(req.user, 'editor', 'admin') || !req.user) return args
  const { id, where, data } = args as {
    id?: number | string
    where?: Where
    data?: { authors?: unknown }
  }
  const ids = id !== undefined ? [id] : await idsMatching(req, collection.slug, where)
  for (const each of ids) await checkDocument(req, collection.slug, each, operation, data?.authors)
  return args
}

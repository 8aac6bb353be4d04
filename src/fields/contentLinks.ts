import type { CollectionSlug, FieldHook, RelationshipField } from 'payload'

import { canReadDrafts } from '../access/content'
import { loaderForRequest } from '../delivery/requestMemo'
import { idOf } from '../lib/ids'
import { nestedReq } from '../lib/requests'
import { existingRelations } from './validators'

/**
 * REST readers who see only published content get links to published documents only: the id
 * of an unpublished treatment or condition (which Payload leaves in place when it cannot
 * populate it) would tell the public that it exists. One query per linked collection per request.
 */
function hideUnpublishedLinks(relationTo: CollectionSlug): FieldHook {
  return async ({ value, req, context }) => {
    if (
      req.payloadAPI !== 'REST' ||
      context?.internalRead ||
      canReadDrafts(req.user) ||
      !Array.isArray(value) ||
      value.length === 0
    )
      return value
    const published = loaderForRequest(req, `published-ids:${relationTo}`, async (ids) => {
      const { docs } = await req.payload.find({
        collection: relationTo,
        where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
        draft: false,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: {},
        req: nestedReq(req),
        context: { internalRead: true },
      })
      return new Map(docs.map((doc) => [String(doc.id), true]))
    })
    const kept = await Promise.all(
      value.map(async (item) => (await published.load(idOf(item) ?? '')) === true),
    )
    return value.filter((_, index) => kept[index])
  }
}

/** Links from one piece of content to several documents of a collection with drafts. */
export function contentLinks(
  name: string,
  relationTo: CollectionSlug,
  extra: Partial<RelationshipField> = {},
): RelationshipField {
  return {
    name,
    type: 'relationship',
    relationTo,
    hasMany: true,
    validate: existingRelations,
    ...extra,
    hooks: {
      ...extra.hooks,
      afterRead: [hideUnpublishedLinks(relationTo), ...(extra.hooks?.afterRead ?? [])],
    },
  } as RelationshipField
}

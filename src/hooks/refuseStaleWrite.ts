import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { lockDocument } from '../db/locks'
import { RuleViolation } from '../errors'

/**
 * When the version a write would start from was last changed, read the way Payload's update
 * reads it: the latest version if the collection has versions, else the main row.
 */
async function latestUpdatedAt(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<string | undefined> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    // Only the time is compared; the whole version (rich text in every locale) would be read for nothing.
    select: { version: { updatedAt: true } },
    req,
  })
  const version = docs[0]?.version as { updatedAt?: string } | undefined
  if (version) return version.updatedAt
  const row = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    select: { updatedAt: true },
    req,
  })) as { updatedAt?: string } | null
  return row?.updatedAt
}

/**
 * Two overlapping writes of one document must not silently drop one of them. This takes the
 * document's row lock (PostgreSQL; SQLite already admits one writer at a time), then checks
 * that the version this write started from is still the latest. If another write landed in
 * between, the later one is refused with 409 and the caller can reload and retry.
 */
export const refuseStaleWrite: CollectionBeforeChangeHook = async ({
  collection,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return
  await lockDocument(req, collection.slug, originalDoc.id)
  const current = await latestUpdatedAt(req, collection.slug, originalDoc.id)
  if (current && originalDoc.updatedAt && current !== originalDoc.updatedAt) {
    throw new RuleViolation(
      409,
      'This document was changed by someone else while your change was being saved. Reload it and try again.',
      {
        rule: 'concurrent-edit',
      },
    )
  }
}

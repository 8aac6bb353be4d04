import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isPublicChange } from '../../delivery/contentChanges'
import { rebuildDocument } from '../../readModel/build'
import { isReadModelCollection } from '../../readModel/coverage'
import { hasReadModel, lockReadModel } from '../../readModel/store'

/**
 * After a publish, republish or unpublish, in the same transaction (for medical documents,
 * after the sign-off was confirmed): the document's snapshots in the published read model are rebuilt from what was
 * stored, or removed. A kill before the commit leaves the old snapshots with the old document.
 */
export const storePublishedSnapshot: CollectionAfterChangeHook = async (args) => {
  const { collection, doc, req } = args
  if (
    !isReadModelCollection(collection.slug) ||
    !hasReadModel(req.payload) ||
    !(await isPublicChange(args))
  )
    return doc
  await lockReadModel(req)
  await rebuildDocument(req, collection.slug, doc.id)
  return doc
}

/** A deleted document's snapshots go with it, in the deleting transaction. */
export const dropDeletedSnapshot: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (!isReadModelCollection(collection.slug) || !hasReadModel(req.payload)) return
  await lockReadModel(req)
  await rebuildDocument(req, collection.slug, id)
}

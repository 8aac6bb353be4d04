import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { tagsOfChange } from '../../delivery/cacheTags'
import { isPublicChange } from '../../delivery/contentChanges'
import { rebuildDocument } from '../../readModel/build'
import { EMBEDDED_FIELDS, isReadModelCollection } from '../../readModel/coverage'
import { dependentsOf, hasReadModel, lockReadModel, queryFor } from '../../readModel/store'

/**
 * The snapshots that embed a changed document (by the reverse-dependency index: the cache
 * tags each snapshot's build read) are rebuilt in the same transaction, and no others.
 */
async function rebuildDependents(req: PayloadRequest, collection: string, id: number | string, slug: unknown): Promise<void> {
  if (!hasReadModel(req.payload)) return
  await lockReadModel(req)
  const query = await queryFor(req.payload, req)
  for (const dependent of await dependentsOf(query, tagsOfChange(collection, id, slug))) {
    // The document's own snapshots are storePublishedSnapshot's.
    if (dependent.collection === collection && dependent.id === String(id)) continue
    if (isReadModelCollection(dependent.collection)) await rebuildDocument(req, dependent.collection, dependent.id, query)
  }
}

/** Whether a change can alter a snapshot: a public change, of a field answers show where that is known. */
function altersAnswers(previous: Record<string, unknown> | undefined, doc: Record<string, unknown>, fields: readonly string[] | undefined): boolean {
  if (!fields || !previous) return true
  return fields.some((field) => JSON.stringify(previous[field] ?? null) !== JSON.stringify(doc[field] ?? null))
}

export const rebuildDependentSnapshots: CollectionAfterChangeHook = async (args) => {
  const { collection, doc, previousDoc, req } = args
  if ((await isPublicChange(args)) && altersAnswers(previousDoc, doc, EMBEDDED_FIELDS[collection.slug])) await rebuildDependents(req, collection.slug, doc.id, doc.slug)
  return doc
}

export const rebuildDependentSnapshotsOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await rebuildDependents(req, collection.slug, id, (doc as { slug?: unknown } | undefined)?.slug)
}

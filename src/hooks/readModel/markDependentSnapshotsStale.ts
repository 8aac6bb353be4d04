import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  JsonObject,
  PayloadRequest,
} from 'payload'

import { documentTag, tagsOfChange } from '../../delivery/cacheTags'
import { idOf } from '../../lib/ids'
import { isPublicChange } from '../../delivery/contentChanges'
import { afterCommit } from '../../db/afterCommit'
import { EMBEDDED_FIELDS } from '../../readModel/coverage'
import { staleRebuilder } from '../../readModel/refresh'
import { hasReadModel, lockReadModel, markDependentsStale, queryFor } from '../../readModel/store'

const idsAt = (doc: JsonObject | undefined, path: string): string[] => {
  const value = path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      doc,
    )
  return (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map(idOf)
    .filter((linked): linked is string => linked !== undefined)
}

/**
 * Join fields list the documents that link to a document (a disclosure's treatments): when a
 * document starts or stops linking another, the other's answer changes. Its tag, from the links
 * before and after the change.
 */
function joinedTags(
  req: PayloadRequest,
  collection: string,
  doc: JsonObject | undefined,
  previous: JsonObject | undefined,
): string[] {
  return req.payload.config.collections.flatMap((other) =>
    other.flattenedFields.flatMap((field) =>
      field.type === 'join' && field.collection === collection
        ? [...idsAt(doc, field.on), ...idsAt(previous, field.on)].map((linked) =>
            documentTag(other.slug, linked),
          )
        : [],
    ),
  )
}

/**
 * The snapshots that embed a changed document (by the reverse-dependency index: the cache
 * tags each snapshot's build read), and no others, are marked stale in the same transaction:
 * from its commit they are answered by Payload, until the stale rebuilder (started once the
 * transaction has committed) has rebuilt them in batches of their own.
 */
async function markDependents(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  slug: unknown,
  joined: string[],
): Promise<void> {
  if (!hasReadModel(req.payload)) return
  await lockReadModel(req)
  const marked = await markDependentsStale(
    await queryFor(req.payload, req),
    [...tagsOfChange(collection, id, slug), ...joined],
    // The document's own snapshots are storePublishedSnapshot's.
    { collection, id: String(id) },
  )
  if (marked) await afterCommit(req, () => staleRebuilder(req.payload).kick())
}

/** Whether a change can alter a snapshot: a public change, of a field answers show where that is known. */
function altersAnswers(
  previous: Record<string, unknown> | undefined,
  doc: Record<string, unknown>,
  fields: readonly string[] | undefined,
): boolean {
  if (!fields || !previous) return true
  return fields.some(
    (field) => JSON.stringify(previous[field] ?? null) !== JSON.stringify(doc[field] ?? null),
  )
}

export const markDependentSnapshotsStale: CollectionAfterChangeHook = async (args) => {
  const { collection, doc, previousDoc, req } = args
  if (
    (await isPublicChange(args)) &&
    altersAnswers(previousDoc, doc, EMBEDDED_FIELDS[collection.slug])
  ) {
    await markDependents(
      req,
      collection.slug,
      doc.id,
      doc.slug,
      joinedTags(req, collection.slug, doc, previousDoc),
    )
  }
  return doc
}

export const markDependentSnapshotsStaleOnDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  id,
  req,
}) => {
  await markDependents(
    req,
    collection.slug,
    id,
    (doc as { slug?: unknown } | undefined)?.slug,
    joinedTags(req, collection.slug, doc, undefined),
  )
}

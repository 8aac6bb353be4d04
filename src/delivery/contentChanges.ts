import { EventEmitter } from 'node:events'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { afterCommit } from '../db/afterCommit'
import { wasUnpublished } from '../hooks/publicationState'

export interface ContentChange {
  collection: string
  id: number | string
  operation: 'create' | 'delete' | 'update'
  /** Set when the main (public) version changed: published, republished or unpublished. */
  status?: string
  /** False for a draft save: what anonymous readers get (the published version) is unchanged. */
  public: boolean
  /** The document's slug after the change, for the cache tag of pages looked up by it. */
  slug?: string
}

/**
 * One emitter per process, kept on globalThis: the admin UI's bundle (Next) and the Express
 * server load this module separately, and must still hear each other's writes.
 */
const KEY = Symbol.for('cms.contentChanges')
const holder = globalThis as unknown as Record<symbol, EventEmitter>
export const contentChanges: EventEmitter = (holder[KEY] ??= new EventEmitter().setMaxListeners(50))

/** Whether a write changed what anonymous readers get: anything but a draft save of a collection with drafts. */
export const isPublicChange = async ({
  collection,
  context,
  doc,
  operation,
  req,
}: Parameters<CollectionAfterChangeHook>[0]): Promise<boolean> =>
  !collection.versions?.drafts ||
  doc._status === 'published' ||
  (operation === 'update' && (await wasUnpublished(req, context, collection.slug, doc.id)))

/** After any committed write of a collection readers can see: caches drop what they hold, webhooks fire. */
export const announceChange: CollectionAfterChangeHook = async (args) => {
  const { collection, doc, operation, req } = args
  const isPublic = await isPublicChange(args)
  const change: ContentChange = {
    collection: collection.slug,
    id: doc.id,
    operation,
    status: doc._status,
    public: isPublic,
    slug: typeof doc.slug === 'string' ? doc.slug : undefined,
  }
  await afterCommit(req, () => contentChanges.emit('change', change))
  return doc
}

export const announceDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const change: ContentChange = {
    collection: collection.slug,
    id,
    operation: 'delete',
    public: true,
  }
  await afterCommit(req, () => contentChanges.emit('change', change))
}

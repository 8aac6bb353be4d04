import type {
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { contextEntry, setContextEntry } from '../lib/requestContext'

const PUBLISHED_BEFORE = Symbol('published-before-write')

const UNPUBLISHED = Symbol('unpublished-by-write')

/** The publication status of the main (public) row: 'published' or 'draft'. */
export async function mainStatus(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<string | undefined> {
  const row = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })) as { _status?: string } | null
  return row?._status
}

/**
 * Remembers, before an update, whether the document's public version was live, so the
 * afterChange hooks can tell an unpublish (public version withdrawn) from a draft save.
 */
export const rememberPublicationState: CollectionBeforeChangeHook = async ({
  collection,
  context,
  operation,
  originalDoc,
  req,
  data,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const memory =
    contextEntry<Map<string, boolean>>(context, PUBLISHED_BEFORE) ??
    setContextEntry(context, PUBLISHED_BEFORE, new Map<string, boolean>())
  const key = `${collection.slug}:${originalDoc.id}`
  memory.set(key, (await mainStatus(req, collection.slug, originalDoc.id)) === 'published')
  // A later write of the same document in the same context asks afresh.
  contextEntry<Map<string, Promise<boolean>>>(context, UNPUBLISHED)?.delete(key)
  return data
}

/** True when this write took a live document off the public site. */
export function wasUnpublished(
  req: PayloadRequest,
  context: RequestContext,
  collection: CollectionSlug,
  id: number | string,
): Promise<boolean> {
  const key = `${collection}:${id}`
  if (contextEntry<Map<string, boolean>>(context, PUBLISHED_BEFORE)?.get(key) !== true)
    return Promise.resolve(false)
  // Several afterChange hooks ask (confirmation, cache, webhooks); the row is read once per write.
  const answers =
    contextEntry<Map<string, Promise<boolean>>>(context, UNPUBLISHED) ??
    setContextEntry(context, UNPUBLISHED, new Map<string, Promise<boolean>>())
  let answer = answers.get(key)
  if (!answer) {
    answer = mainStatus(req, collection, id).then((status) => status === 'draft')
    answers.set(key, answer)
  }
  return answer
}

import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, RequestContext } from 'payload'

const PUBLISHED_BEFORE = Symbol('published-before-write')

type Memory = Record<symbol, Map<string, boolean> | undefined>

/** The publication status of the main (public) row: 'published' or 'draft'. */
export async function mainStatus(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<string | undefined> {
  const row = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as { _status?: string } | null
  return row?._status
}

/**
 * Remembers, before an update, whether the document's public version was live, so the
 * afterChange hooks can tell an unpublish (public version withdrawn) from a draft save.
 */
export const rememberPublicationState: CollectionBeforeChangeHook = async ({ collection, context, operation, originalDoc, req, data }) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const memory = ((context as Memory)[PUBLISHED_BEFORE] ??= new Map())
  memory.set(`${collection.slug}:${originalDoc.id}`, (await mainStatus(req, collection.slug, originalDoc.id)) === 'published')
  return data
}

/** True when this write took a live document off the public site. */
export async function wasUnpublished(req: PayloadRequest, context: RequestContext, collection: CollectionSlug, id: number | string): Promise<boolean> {
  const before = (context as Memory)[PUBLISHED_BEFORE]?.get(`${collection}:${id}`) === true
  return before && (await mainStatus(req, collection, id)) === 'draft'
}

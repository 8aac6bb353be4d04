import { AsyncLocalStorage } from 'node:async_hooks'

import type { CollectionAfterReadHook, CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/**
 * Cache tags: which documents an answer was built from, so that a change purges only the
 * cached answers (in this process, the others, and a CDN) that contain what changed.
 *
 * `<type>:<id>` for every document an answer read or asked for by id (a relationship to a
 * document the reader may not see yet counts: publishing it changes the answer), and
 * `<type>:list` for every list or count of a collection (a new or changed document may enter
 * or leave it). A change of a document touches its own tag and its collection's list tag.
 */
const TAG_TYPES: Record<string, string> = {
  articles: 'article',
  'treatment-options': 'treatment',
  'risk-disclosures': 'disclosure',
  'clinic-locations': 'clinic',
  conditions: 'condition',
  media: 'media',
  users: 'user',
}

/** On every tagged answer: purging it drops everything the API has cached (a deploy, a migration). */
export const SITE_TAG = 'cms'

export const documentTag = (collection: string, id: number | string): string => `${TAG_TYPES[collection] ?? collection}:${id}`
export const listTag = (collection: string): string => `${TAG_TYPES[collection] ?? collection}:list`

/** The tags a change of one document touches. */
export const tagsOfChange = (collection: string, id: number | string): string[] => [documentTag(collection, id), listTag(collection)]

const collecting = new AsyncLocalStorage<Set<string>>()

/** Runs `work` with a fresh tag collector; the tags are what every read inside it recorded. */
export async function collectingCacheTags<T>(work: () => Promise<T>): Promise<{ result: T; tags: Set<string> }> {
  const tags = new Set<string>([SITE_TAG])
  const result = await collecting.run(tags, work)
  return { result, tags }
}

type IdList = Array<number | string>

/** The ids a query is limited to (`id` equals/in, at the top or inside a top-level `and`), if it is. */
function idsOf(where: unknown): IdList | undefined {
  if (!where || typeof where !== 'object') return undefined
  const { id, and } = where as { id?: { equals?: unknown; in?: unknown }; and?: unknown }
  if (id && typeof id === 'object') {
    if (typeof id.equals === 'number' || typeof id.equals === 'string') return [id.equals]
    if (Array.isArray(id.in)) return id.in.filter((value): value is number | string => typeof value === 'number' || typeof value === 'string')
    if (typeof id.in === 'string') return id.in.split(',')
  }
  if (Array.isArray(and)) {
    for (const clause of and) {
      const ids = idsOf(clause)
      if (ids) return ids
    }
  }
  return undefined
}

/** Records what a read asks for: the documents it names by id, or the collection's list. */
const tagReadRequest: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  const tags = collecting.getStore()
  if (!tags || (operation !== 'read' && operation !== 'count')) return args
  const { id, where } = args as { id?: number | string; where?: unknown }
  const ids = id !== undefined ? [id] : idsOf(where)
  if (ids) for (const each of ids) tags.add(documentTag(collection.slug, each))
  else tags.add(listTag(collection.slug))
  return args
}

/** Records every document a read returned (including those populated into another). */
const tagReadDocument: CollectionAfterReadHook = ({ collection, doc }) => {
  const tags = collecting.getStore()
  if (tags && doc?.id !== undefined) tags.add(documentTag(collection.slug, doc.id as number | string))
  return doc
}

/** Adds the tag-recording hooks to collections the public reads. */
export function taggingReads(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), tagReadRequest],
      afterRead: [...(collection.hooks?.afterRead ?? []), tagReadDocument],
    },
  }))
}

/**
 * Past this many bytes a tag header is replaced by the list tags of the collections involved
 * (coarser, never missing a purge): CDNs cap the header (Fastly's Surrogate-Key and Cloudflare's
 * Cache-Tag at 16 KB), and a long list of articles links hundreds of documents.
 */
const MAX_TAG_HEADER_BYTES = 8 * 1024

/** The tags as one header value, kept under the CDNs' limits. */
export function tagHeaderValues(tags: Iterable<string>): string[] {
  const all = [...tags].sort()
  if (all.join(' ').length <= MAX_TAG_HEADER_BYTES) return all
  const lists = new Set(all.map((tag) => (tag === SITE_TAG ? tag : `${tag.split(':')[0]}:list`)))
  return [...lists].sort()
}

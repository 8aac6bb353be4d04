import { AsyncLocalStorage } from 'node:async_hooks'

import type { CollectionAfterReadHook, CollectionBeforeOperationHook } from 'payload'

/**
 * Cache tags: which documents an answer was built from, so that a change purges only the
 * cached answers (in this process, the others, and a CDN) that contain what changed.
 *
 * `<type>:<id>` for every document an answer read or asked for by id (a relationship to a
 * document the reader may not see yet counts: publishing it changes the answer);
 * `<type>:slug:<slug>` for a look-up by slug (a page), found or not; `<type>:list` for every
 * other list or count of a collection (a new or changed document may enter or leave it). A
 * change of a document touches its own tag, its slug's and its collection's list tag: a page
 * found by slug carries the document's tag, and one not found (yet) the slug's.
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

export const documentTag = (collection: string, id: number | string): string =>
  `${TAG_TYPES[collection] ?? collection}:${id}`
export const listTag = (collection: string): string => `${TAG_TYPES[collection] ?? collection}:list`

export const slugTag = (collection: string, slug: string): string =>
  `${TAG_TYPES[collection] ?? collection}:slug:${slug}`

/** The tags a change of one document touches (with the slug it has now, if it has one). */
export const tagsOfChange = (collection: string, id: number | string, slug?: unknown): string[] => [
  documentTag(collection, id),
  ...(typeof slug === 'string' && slug !== '' ? [slugTag(collection, slug)] : []),
  listTag(collection),
]

const collecting = new AsyncLocalStorage<Set<string>>()
/** Per collector, the list tags recorded only because a document read has a join field (never by a list read). */
const joinListsOf = new WeakMap<Set<string>, Set<string>>()

/**
 * Runs `work` with a fresh tag collector; the tags are what every read inside it recorded.
 * `joinLists` are those of the tags that only a join field put there: which documents a join
 * lists changes only when one of them starts or stops linking, and that change also names the
 * linked document (markDependentSnapshotsStale.ts), so the read model need not depend on them.
 */
export async function collectingCacheTags<T>(
  work: () => Promise<T>,
): Promise<{ result: T; tags: Set<string>; joinLists: Set<string> }> {
  const tags = new Set<string>([SITE_TAG])
  const joinLists = new Set<string>()
  joinListsOf.set(tags, joinLists)
  const result = await collecting.run(tags, work)
  return { result, tags, joinLists }
}

type IdList = Array<number | string>

/** The ids a query is limited to (`id` equals/in, at the top or inside a top-level `and`), if it is. */
function idsOf(where: unknown): IdList | undefined {
  if (!where || typeof where !== 'object') return undefined
  const { id, and } = where as { id?: { equals?: unknown; in?: unknown }; and?: unknown }
  if (id && typeof id === 'object') {
    if (typeof id.equals === 'number' || typeof id.equals === 'string') return [id.equals]
    if (Array.isArray(id.in))
      return id.in.filter(
        (value): value is number | string => typeof value === 'number' || typeof value === 'string',
      )
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

/** The slug a query looks up (`slug` equals, at the top or inside a top-level `and`), if it does. */
function slugOf(where: unknown): string | undefined {
  if (!where || typeof where !== 'object') return undefined
  const { slug, and } = where as { slug?: { equals?: unknown }; and?: unknown }
  if (slug && typeof slug === 'object' && typeof slug.equals === 'string') return slug.equals
  return Array.isArray(and) ? and.map(slugOf).find((found) => found !== undefined) : undefined
}

/** Records what a read asks for: the documents it names by id, the slug it looks up, or the collection's list. */
export const tagReadRequest: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  const tags = collecting.getStore()
  if (!tags || (operation !== 'read' && operation !== 'count')) return args
  const { id, where } = args as { id?: number | string; where?: unknown }
  const ids = id !== undefined ? [id] : idsOf(where)
  const slug = ids ? undefined : slugOf(where)
  const joinLists = joinListsOf.get(tags)
  if (ids) for (const each of ids) tags.add(documentTag(collection.slug, each))
  else if (slug !== undefined) tags.add(slugTag(collection.slug, slug))
  else {
    tags.add(listTag(collection.slug))
    joinLists?.delete(listTag(collection.slug))
  }
  // A join field lists the documents of another collection that link this one: a document that starts linking it changes the answer.
  for (const field of collection.flattenedFields) {
    if (field.type !== 'join') continue
    const joined = listTag(field.collection as string)
    if (tags.has(joined)) continue
    tags.add(joined)
    joinLists?.add(joined)
  }
  return args
}

/** Records every document a read returned (including those populated into another). */
export const tagReadDocument: CollectionAfterReadHook = ({ collection, doc }) => {
  const tags = collecting.getStore()
  if (tags && doc?.id !== undefined)
    tags.add(documentTag(collection.slug, doc.id as number | string))
  return doc
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
  // A page by slug is not in any list: its slug tag stays, or publishing a document under that slug would not reach it.
  for (const tag of all) if (tag.includes(':slug:')) lists.add(tag)
  return [...lists].sort()
}

/** Adds tags to the answer being collected (one served without Payload, from stored tags). */
export function recordCacheTags(tags: Iterable<string>): void {
  const collector = collecting.getStore()
  if (collector) for (const tag of tags) collector.add(tag)
}

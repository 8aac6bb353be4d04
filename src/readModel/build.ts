import {
  createPayloadRequest,
  findByIDOperation,
  type JsonObject,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { collectingCacheTags, SITE_TAG } from '../delivery/cacheTags'
import { idOf } from '../lib/ids'
import { contentHash } from '../workflow/contentHash'
import { readAllLocales } from '../workflow/store'
import { READ_MODEL, type ReadModelCollection, type Shape } from './coverage'
import {
  deleteDocument,
  queryFor,
  writeDocument,
  type DocumentSnapshots,
  type Query,
  type SnapshotRow,
} from './store'
import { isMedicalCollection } from '../workflow/reviewedFields'

const localesOf = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : ['en']

/** The query string a reader sends for `shape` in `locale`: what Payload's REST handler would parse. */
export function shapeSearch(shape: Shape, locale: string): URLSearchParams {
  const search = new URLSearchParams({ locale })
  if (shape.depth !== undefined) search.set('depth', String(shape.depth))
  for (const field of shape.select ?? []) search.set(`select[${field}]`, 'true')
  return search
}

/**
 * The `getPayload` cache key of an instance. Payload 3.90's `createPayloadRequest` and
 * `handleEndpoints` find their instance by that key (the default one unless given), so a
 * process holding several instances (a test's verifier beside its server) must name it.
 */
export function instanceKeyOf(payload: Payload): string | undefined {
  const cached = (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload
  for (const [key, entry] of cached ?? []) if (entry.payload === payload) return key
  return undefined
}

/**
 * The answer of `GET /api/<collection>/<id>?<shape>` to an anonymous reader, made by Payload's
 * own REST request and operation (the same hooks, access rules and population), but on the
 * open transaction of `outer`, so it sees the write being committed. The tags are every
 * document the answer read, as the response cache records them.
 */
async function answerOf(
  payload: Payload,
  outer: PayloadRequest,
  collection: ReadModelCollection,
  id: string,
  shape: Shape,
  locale: string,
) {
  const url = `${payload.config.serverURL || 'http://localhost'}/api/${collection}/${id}?${shapeSearch(shape, locale)}`
  const req = await createPayloadRequest({
    config: payload.config,
    request: new Request(url),
    payloadInstanceCacheKey: instanceKeyOf(payload),
  })
  req.transactionID = outer.transactionID
  const { result, tags, joinLists } = await collectingCacheTags(() =>
    findByIDOperation({
      collection: payload.collections[collection],
      id,
      depth: shape.depth,
      draft: false,
      select: shape.select
        ? Object.fromEntries(shape.select.map((field) => [field, true]))
        : undefined,
      disableErrors: true,
      req,
    }),
  )
  tags.delete(SITE_TAG)
  return {
    doc: result as unknown as JsonObject | null,
    tags: [...tags].sort(),
    dependencies: dependencyTags(tags, joinLists),
  }
}

/**
 * The tags a snapshot depends on: all it read, except the whole-list tags that only a join
 * field recorded (`joinLists` of collectingCacheTags). Depending on those rebuilt every
 * article at every treatment publish: an article's risk disclosures list their treatments.
 */
const dependencyTags = (tags: Iterable<string>, joinLists: ReadonlySet<string>): string[] =>
  [...tags].filter((tag) => !joinLists.has(tag))

const text = (value: unknown): null | string =>
  typeof value === 'string' && value !== '' ? value : null

/** A document's point, for the nearby search; undefined when it has none. */
function placeOf(stored: JsonObject): { lat: number; lng: number } | undefined {
  const location = stored.location as { lat?: unknown; lng?: unknown } | undefined
  return typeof location?.lat === 'number' && typeof location.lng === 'number'
    ? { lat: location.lat, lng: location.lng }
    : undefined
}

/**
 * Rebuilds every snapshot of one document in the transaction of `req`: its public answer per
 * shape and locale with the hash of its content (and its point, for the nearby search), or
 * nothing when it is not published (or gone).
 */
export async function rebuildDocument(
  req: PayloadRequest,
  collection: ReadModelCollection,
  id: number | string,
  query?: Query,
): Promise<void> {
  const { payload } = req
  const run = query ?? (await queryFor(payload, req))
  const key = String(id)
  const stored = await readAllLocales(req, collection, id, false)
  if (!stored || stored._status !== 'published') {
    await deleteDocument(run, collection, key)
    return
  }
  const coverage = READ_MODEL[collection]
  const snapshots: SnapshotRow[] = []
  const dependencies = new Set<string>()
  for (const [name, shape] of Object.entries(coverage.shapes)) {
    for (const locale of localesOf(payload)) {
      const answer = await answerOf(payload, req, collection, key, shape, locale)
      // Published but not readable by the public: nothing to serve.
      if (!answer.doc) {
        await deleteDocument(run, collection, key)
        return
      }
      snapshots.push({ shape: name, locale, body: JSON.stringify(answer.doc), tags: answer.tags })
      for (const tag of answer.dependencies) dependencies.add(tag)
    }
  }
  const links = Object.fromEntries(
    coverage.listFilters.map((field) => [
      field,
      (Array.isArray(stored[field]) ? stored[field] : [])
        .map(idOf)
        .filter((link): link is string => link !== undefined),
    ]),
  )
  const snapshot: DocumentSnapshots = {
    collection,
    id: key,
    dependencies: [...dependencies],
    slug: text(stored.slug),
    publishedAt: text(stored.publishedAt),
    createdAt: String(stored.createdAt),
    // Only medical content is reviewed; other snapshots carry no approved hash.
    contentHash: isMedicalCollection(collection)
      ? contentHash(collection, payload.collections[collection].config.fields, stored)
      : '',
    snapshots,
    links,
    place: coverage.nearby ? placeOf(stored) : undefined,
  }
  await writeDocument(run, snapshot)
}

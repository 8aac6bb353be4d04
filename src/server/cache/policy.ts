import { createHash } from 'node:crypto'

import { Kind, parse, print, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql'
import { LRUCache } from 'lru-cache'

import { tagsOfChange } from '../../delivery/cacheTags'
import type { ContentChange } from '../../delivery/contentChanges'
import type { ApiCaller } from '../apiClients'
import { selectedOperation } from '../graphqlOperation'

/**
 * What is cached, in one place; src/server/delivery.ts carries it out.
 * - Which requests: REST GETs outside the private paths that ask for no draft (`restCacheKey`),
 *   GraphQL queries that ask for no draft and nothing about the caller (`graphqlCacheKey`),
 *   from callers without credentials or with a `frontend` key (`usesSharedCache`).
 * - Which answers: 200s of JSON or XML that do not say no-store (`isStorable`), kept with the
 *   headers in `CONTENT_HEADERS`; for `sharedCacheControl`. Everything else is answered
 *   `private, no-store`.
 * - What purges what: a committed change readers can see (never a draft save) purges the
 *   answers carrying one of `purgeTagsOf(change)` (src/delivery/cacheTags.ts names the tags):
 *   in this process, then in every other process (invalidationBus.ts), then at the CDN
 *   (src/delivery/cdnPurge.ts).
 */

/** Anonymous callers and `frontend` keys read what the public reads, so they share cached answers. */
export const usesSharedCache = (caller: ApiCaller): boolean => caller.kind !== 'credentialed'

/** Headers of a produced answer that describe its content, kept with it in the cache. */
export const CONTENT_HEADERS = ['link', 'x-approved-hash', 'x-read-model']

/** Whether a produced answer may be stored and shared. */
export function isStorable(response: Response): boolean {
  const contentType = response.headers.get('content-type') ?? ''
  return (
    response.status === 200 &&
    /json|xml/.test(contentType) &&
    !/no-store/.test(response.headers.get('cache-control') ?? '')
  )
}

/** The Cache-Control of a shared answer. */
export const sharedCacheControl = ({
  maxAgeSeconds,
  staleWhileRevalidateSeconds,
}: {
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}): string =>
  `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`

/** The cache tags a change purges; none for a draft save, which leaves what the public reads as it was. */
export const purgeTagsOf = (change: ContentChange): string[] =>
  change.public ? tagsOfChange(change.collection, change.id, change.slug) : []

/** API paths whose answers depend on who asks or change on their own: never cached. */
const UNCACHEABLE_PREFIXES = [
  '/api/users',
  '/api/review-records',
  '/api/payload-',
  '/api/webhooks',
  '/api/graphql-playground',
  '/api/access',
]

/** Credentials of any kind: a bearer/API-key header or Payload's session cookie. */
export function hasCredentials(
  headers: Record<string, string | string[] | undefined>,
  cookieName: string,
): boolean {
  if (headers.authorization) return true
  const cookie = Array.isArray(headers.cookie) ? headers.cookie.join(';') : (headers.cookie ?? '')
  return cookie.split(';').some((part) => part.trim().startsWith(`${cookieName}=`))
}

const asksForDraft = (value: string | null) => value !== null && value !== 'false' && value !== '0'

/** JSON with object keys in sorted order, so equal values give equal text (unlike canonical JSON, nulls are kept). */
export function stableStringify(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) =>
      item && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(
            Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
          )
        : item,
    ) ?? 'null'
  )
}

/** The cache key of a REST read, or null when it must not be cached (drafts, private paths). */
export function restCacheKey(method: string, path: string, search: URLSearchParams): null | string {
  if (method !== 'GET' || !path.startsWith('/api/')) return null
  if (UNCACHEABLE_PREFIXES.some((prefix) => path.startsWith(prefix))) return null
  if (asksForDraft(search.get('draft'))) return null
  const params = [...search.entries()].sort(
    ([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv),
  )
  return `GET ${path}?${new URLSearchParams(params).toString()}`
}

/** Root fields whose answer depends on who asks (the caller's account and permissions). */
const CALLER_FIELDS = /^(me[A-Z]|initialized[A-Z]|Access$|docAccess[A-Z])/

const asksAboutCaller = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.some(
    (selection) => selection.kind === Kind.FIELD && CALLER_FIELDS.test(selection.name.value),
  )

function mentionsDraft(document: DocumentNode): boolean {
  let found = false
  visit(document, {
    Argument(node) {
      if (node.name.value === 'draft') found = true
    },
  })
  return found
}

export interface GraphQLCacheInput {
  /** The query text: the request's own, or the one its persisted-query hash names. */
  query: unknown
  variables?: unknown
  operationName?: unknown
  /** `extensions.persistedQuery`: a request whose hash does not match its query is refused, never served from the cache. */
  persistedQuery?: unknown
  /** The answer's media type: the same result is sent as application/json or application/graphql-response+json. */
  mediaType: string
  /** The `locale` URL parameter, which sets the locale of every field that has no `locale` argument. */
  locale: null | string
}

/**
 * A query text normalised for the key (printed from its parse), or null when its answer is not
 * cached. Sites send the same few queries over and over, so each text is parsed once; the memo is
 * bounded by the characters it holds, since a caller chooses the texts.
 */
const normalisedQueries = new LRUCache<string, { printed: null | string }>({
  maxSize: 4_000_000,
  sizeCalculation: (value, key) => key.length + (value.printed?.length ?? 0) + 1,
})

function normalisedQuery(query: string, operationName: unknown): null | string {
  const memoKey = `${typeof operationName === 'string' ? `=${operationName}` : '-'}\u0000${query}`
  const known = normalisedQueries.get(memoKey)
  if (known) return known.printed
  let printed: null | string = null
  try {
    const document = parse(query)
    const operation = selectedOperation(document, operationName)
    if (
      operation &&
      operation.operation === 'query' &&
      !mentionsDraft(document) &&
      !asksAboutCaller(operation)
    )
      printed = print(document)
  } catch {
    // A text that does not parse is answered with Payload's error, never cached.
  }
  normalisedQueries.set(memoKey, { printed })
  return printed
}

/**
 * The cache key of a GraphQL request: the normalised query text, its variables and operation,
 * the media type and locale of the answer. Mutations, anything asking for drafts or about the
 * caller, and requests that do not parse are not cached.
 */
export function graphqlCacheKey({
  query,
  variables,
  operationName,
  persistedQuery,
  mediaType,
  locale,
}: GraphQLCacheInput): null | string {
  if (typeof query !== 'string') return null
  const printed = normalisedQuery(query, operationName)
  if (printed === null) return null
  const digest = createHash('sha256')
    .update(
      stableStringify({
        query: printed,
        variables,
        operationName,
        persistedQuery,
        mediaType,
        locale,
      }),
    )
    .digest('base64url')
  return `GQL ${digest}`
}

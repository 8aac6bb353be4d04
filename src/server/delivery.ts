import type {
  Request as ExpressRequest,
  RequestHandler,
  Response as ExpressResponse,
} from 'express'
import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

import { collectingCacheTags, tagHeaderValues } from '../delivery/cacheTags'
import type { AppEnv } from '../env'
import type { Admission } from './admission'
import type { ApiCaller } from './apiClients'
import { isMultipart } from './jsonBodies'
import {
  CONTENT_HEADERS,
  graphqlCacheKey,
  isStorable,
  restCacheKey,
  usesSharedCache,
} from './cache/policy'
import { etagOf, matchesEtag, type CachedResponse, type ResponseCache } from './cache/responseCache'
import { acceptedMediaType, readGraphQLParams } from './graphql'
import type { PersistedQueries } from './persistedQueries'
import type { ReadModel } from '../readModel/lifecycle'
import { sendWebResponse, toWebRequest } from './webBridge'

export interface DeliveryContext {
  payload: Payload
  env: AppEnv
  cache?: ResponseCache
  admission: Admission
  /** Resolves once every pending cross-process announcement has been sent. */
  announced: () => Promise<void>
  /** Resolves once changes other processes announced before the call have been purged from the cache. */
  synced: () => Promise<void>
  /** Who is calling: nobody, a `frontend` API key, or anyone else with credentials. */
  identify: (req: ExpressRequest) => Promise<ApiCaller>
  /** The API rate limit, for requests that make the server work: false when it has answered 429. */
  limit: (req: ExpressRequest, res: ExpressResponse) => Promise<boolean>
  /** Published snapshots that answer the anonymous reads they cover (src/readModel). */
  readModel: ReadModel
}

type Produce = (request: Request) => Promise<Response>

/** An Express middleware as a check: true when it passed the request on, false when it answered. */
export function asCheck(middleware: RequestHandler): DeliveryContext['limit'] {
  return (req, res) =>
    new Promise<boolean>((resolve, reject) => {
      Promise.resolve(
        middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve(true))),
      )
        .then(() => {
          if (res.headersSent) resolve(false)
        })
        .catch(reject)
    })
}

function corsHeadersFor(payload: Payload, req: ExpressRequest): Headers {
  const requestHeaders = new Headers()
  if (req.headers.origin) requestHeaders.set('origin', req.headers.origin)
  return headersWithCors({
    headers: new Headers(),
    req: { payload, headers: requestHeaders } as unknown as PayloadRequest,
  })
}

function sendCached(
  res: ExpressResponse,
  entry: CachedResponse,
  cacheControl: string,
  state: 'HIT' | 'MISS',
  req: ExpressRequest,
  payload: Payload,
): void {
  corsHeadersFor(payload, req).forEach((value, name) => res.setHeader(name, value))
  res.setHeader('etag', entry.etag)
  res.setHeader('cache-control', cacheControl)
  res.setHeader('x-cache', state)
  // The documents in the answer, for purging a CDN by tag: Fastly reads Surrogate-Key, Cloudflare Cache-Tag.
  const tags = tagHeaderValues(entry.tags)
  res.setHeader('surrogate-key', tags.join(' '))
  res.setHeader('cache-tag', tags.join(','))
  res.vary('origin')
  if (matchesEtag(req.headers['if-none-match'], entry.etag)) {
    res.status(304).end()
    return
  }
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  res.status(entry.status).type(entry.contentType).send(entry.body)
}

/**
 * The request as an anonymous caller sends it: a `frontend` API key reads exactly what the
 * public reads, so its answer is built (and cached, and shared) without the key.
 */
function asPublicRequest(req: ExpressRequest, caller: ApiCaller): Request {
  const request = toWebRequest(req)
  if (caller.kind === 'frontend') request.headers.delete('authorization')
  return request
}

/** The request's cache key (null: never cached), asked for only when the cache could answer it. */
export type CacheKeyOf = () => null | string | Promise<null | string>

/**
 * Serves one API request. Reads with a cache key by callers without credentials (or with a
 * `frontend` key) go through the response cache (ETag, 304, Cache-Control, cache tags);
 * everything else is answered fresh and marked `private, no-store`. Cache hits cost no work
 * and do not count against the rate limit. A write waits until its change has been announced
 * to other processes (the shared content version raised) before it answers, and a cached
 * read first checks that version, so a read anywhere after the response sees the new content.
 */
export async function serveApi(
  context: DeliveryContext,
  req: ExpressRequest,
  res: ExpressResponse,
  cacheKey: CacheKeyOf,
  produce: Produce,
): Promise<void> {
  const { cache, payload } = context
  const caller = await context.identify(req)
  res.locals.apiCaller = caller
  // Only an answer the cache may hold needs its key (a GraphQL key parses the query).
  const key = cache && usesSharedCache(caller) ? await cacheKey() : null
  const cacheable = cache && key
  // Uploads stream their body while Payload works on them, so they do not hold a slot while a slow client sends.
  const admitted = <T>(work: () => Promise<T>): Promise<T | undefined> =>
    isMultipart(req) ? work() : context.admission.admit(req, work)
  if (!cacheable) {
    if (!(await context.limit(req, res))) return
    const response = await admitted(() => produce(toWebRequest(req)))
    if (!response) return
    if (req.method !== 'GET') await context.announced()
    if (!response.headers.has('cache-control'))
      response.headers.set('cache-control', 'private, no-store')
    await sendWebResponse(res, response)
    return
  }
  // A write another process has answered may not have been heard of here yet (see `sync` in the invalidation bus).
  await context.synced()
  const hit = cache.get(key)
  if (hit) {
    sendCached(res, hit, cache.cacheControl, 'HIT', req, payload)
    return
  }
  if (!(await context.limit(req, res))) return
  const generation = cache.generation
  const produced = await admitted(() =>
    collectingCacheTags(() => produce(asPublicRequest(req, caller))),
  )
  if (!produced) return
  const { result: response, tags } = produced
  if (!isStorable(response)) {
    if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store')
    await sendWebResponse(res, response)
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  const headers = Object.fromEntries(
    CONTENT_HEADERS.flatMap((name) =>
      response.headers.has(name) ? [[name, response.headers.get(name)!]] : [],
    ),
  )
  // An answer from the read model brings its own ETag, which starts with the approved content hash.
  const entry: CachedResponse = {
    status: 200,
    contentType: response.headers.get('content-type') ?? '',
    body,
    etag: response.headers.get('etag') ?? etagOf(body),
    tags: [...tags],
    headers,
  }
  cache.set(key, entry, generation)
  sendCached(res, entry, cache.cacheControl, 'MISS', req, payload)
}

export function restKey(req: ExpressRequest): null | string {
  const url = new URL(req.originalUrl, 'http://local')
  return restCacheKey(req.method, url.pathname, url.searchParams)
}

/** The cache key of a GraphQL GET or POST; a persisted-query hash stands for the query it names (null while unknown). */
export async function graphqlKey(
  req: ExpressRequest,
  persisted: PersistedQueries,
): Promise<null | string> {
  const mediaType = acceptedMediaType(req.get('accept') ?? null)
  if (!mediaType) return null
  const locale = new URL(req.originalUrl, 'http://local').searchParams.get('locale')
  const params = await readGraphQLParams(toWebRequest(req))
  if (!params || params === 'batch') return null
  return graphqlCacheKey({
    query: persisted.queryOf(params),
    variables: params.variables,
    operationName: params.operationName,
    persistedQuery: (params.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery,
    mediaType,
    locale,
  })
}

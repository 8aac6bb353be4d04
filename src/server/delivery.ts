import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

import type { AppEnv } from '../env'
import type { Admission } from './admission'
import { isMultipart } from './jsonBodies'
import { graphqlCacheKey, hasCredentials, restCacheKey } from './cache/cacheKey'
import { etagOf, matchesEtag, type CachedResponse, type ResponseCache } from './cache/responseCache'
import { sendWebResponse, toWebRequest } from './webBridge'

export interface DeliveryContext {
  payload: Payload
  env: AppEnv
  cache?: ResponseCache
  admission: Admission
  /** Resolves once every pending cross-process announcement has been sent. */
  announced: () => Promise<void>
  /** Resolves once changes other processes announced before the call have emptied the cache. */
  synced: () => Promise<void>
}

type Produce = (request: Request) => Promise<Response>

function corsHeadersFor(payload: Payload, req: ExpressRequest): Headers {
  const requestHeaders = new Headers()
  if (req.headers.origin) requestHeaders.set('origin', req.headers.origin)
  return headersWithCors({ headers: new Headers(), req: { payload, headers: requestHeaders } as unknown as PayloadRequest })
}

function sendCached(res: ExpressResponse, entry: CachedResponse, cacheControl: string, state: 'HIT' | 'MISS', req: ExpressRequest, payload: Payload): void {
  corsHeadersFor(payload, req).forEach((value, name) => res.setHeader(name, value))
  res.setHeader('etag', entry.etag)
  res.setHeader('cache-control', cacheControl)
  res.setHeader('x-cache', state)
  res.vary('origin')
  if (matchesEtag(req.headers['if-none-match'], entry.etag)) {
    res.status(304).end()
    return
  }
  res.status(entry.status).type(entry.contentType).send(entry.body)
}

/**
 * Serves one API request. Anonymous reads with a cache key go through the response cache
 * (ETag, 304, Cache-Control); everything else is answered fresh and marked `private,
 * no-store`. A write waits until its change has been announced to other processes (the
 * shared content version raised) before it answers, and a cached read first checks that
 * version, so a read anywhere after the response sees the new content.
 */
export async function serveApi(context: DeliveryContext, req: ExpressRequest, res: ExpressResponse, key: null | string, produce: Produce): Promise<void> {
  const { cache, payload } = context
  const cookieName = `${payload.config.cookiePrefix}-token`
  const cacheable = cache && key && !hasCredentials(req.headers, cookieName)
  // Uploads stream their body while Payload works on them, so they do not hold a slot while a slow client sends.
  const admitted = (): Promise<Response | undefined> => (isMultipart(req) ? produce(toWebRequest(req)) : context.admission.admit(req, () => produce(toWebRequest(req))))
  if (!cacheable) {
    const response = await admitted()
    if (!response) return
    if (req.method !== 'GET') await context.announced()
    if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store')
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
  const generation = cache.generation
  const response = await admitted()
  if (!response) return
  const contentType = response.headers.get('content-type') ?? ''
  if (response.status !== 200 || !contentType.includes('json')) {
    await sendWebResponse(res, response)
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  const entry: CachedResponse = { status: 200, contentType, body, etag: etagOf(body) }
  cache.set(key, entry, generation)
  sendCached(res, entry, cache.cacheControl, 'MISS', req, payload)
}

export function restKey(req: ExpressRequest): null | string {
  const url = new URL(req.originalUrl, 'http://local')
  return restCacheKey(req.method, url.pathname, url.searchParams)
}

export function graphqlKey(req: ExpressRequest): null | string {
  if (!Buffer.isBuffer(req.body)) return null
  try {
    return graphqlCacheKey(JSON.parse(req.body.toString('utf8')))
  } catch {
    return null
  }
}

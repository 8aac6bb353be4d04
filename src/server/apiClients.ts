import { createHash } from 'node:crypto'

import type { Request as ExpressRequest } from 'express'
import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { rolesOf } from '../access/roles'
import { hasCredentials } from './cache/policy'

/**
 * Who is calling, as far as caching and rate limits go: nobody; a website's server with an API
 * key of the `frontend` role, which reads exactly what anonymous callers read (so it shares
 * their cached answers) and has its own, higher rate limit; or anyone else with credentials.
 */
export type ApiCaller =
  { kind: 'anonymous' } | { kind: 'credentialed' } | { kind: 'frontend'; id: string }

const API_KEY = /^users API-Key \S+$/

/**
 * Looks up which user an API key belongs to, once a minute per key at most: every request of a
 * busy website carries the same key, and a cache hit must not cost a database query.
 */
export function createCallerIdentifier(
  payload: Payload,
  cookieName: string,
): (req: ExpressRequest) => Promise<ApiCaller> {
  const callers = new LRUCache<string, ApiCaller>({ max: 1000, ttl: 60_000 })
  return async (req) => {
    if (!hasCredentials(req.headers, cookieName)) return { kind: 'anonymous' }
    const authorization = req.headers.authorization
    if (!authorization || !API_KEY.test(authorization) || req.headers.cookie)
      return { kind: 'credentialed' }
    const key = createHash('sha256').update(authorization).digest('base64url')
    const known = callers.get(key)
    if (known) return known
    const { user } = await payload.auth({ headers: new Headers({ authorization }) })
    const roles = rolesOf(user)
    const caller: ApiCaller =
      user && roles.length > 0 && roles.every((role) => role === 'frontend')
        ? { kind: 'frontend', id: String(user.id) }
        : { kind: 'credentialed' }
    callers.set(key, caller)
    return caller
  }
}

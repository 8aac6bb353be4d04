import type { RequestHandler } from 'express'
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit'
import helmet from 'helmet'
import { Redis } from 'ioredis'
import { RedisStore, type RedisReply } from 'rate-limit-redis'

import type { AppEnv } from '../env'
import { hasCredentials } from './cache/cacheKey'

/**
 * Security headers. The API gets a locked-down CSP; the admin UI (Next renders inline scripts
 * and styles) gets the other headers without a CSP. Media files may be embedded by frontends
 * on other origins, so resources are cross-origin readable.
 */
export function securityHeaders(env: AppEnv): { api: RequestHandler; ui: RequestHandler } {
  const shared = {
    crossOriginResourcePolicy: { policy: 'cross-origin' as const },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
    strictTransportSecurity: env.isProduction ? { maxAge: 15_552_000, includeSubDomains: true } : false,
  }
  return {
    api: helmet({
      ...shared,
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      frameguard: { action: 'deny' },
    }),
    ui: helmet({ ...shared, contentSecurityPolicy: false, frameguard: { action: 'sameorigin' } }),
  }
}

function rateLimitBody(message: string) {
  return { errors: [{ name: 'RateLimited', message, data: { rule: 'rate-limit' } }] }
}

export interface RateLimiters {
  /** Reads and writes through /api, per client address (stricter without credentials). */
  api: RequestHandler
  /** Login, first registration, password reset and unlock, per client address. */
  login: RequestHandler
  close: () => Promise<void>
}

const passThrough: RequestHandler = (_req, _res, next) => next()

/**
 * Rate limits with `Retry-After` and a JSON 429. Counters live in memory, or in Redis when
 * REDIS_URL is set so that several processes share them.
 */
export function createRateLimiters(env: AppEnv, cookieName: string): RateLimiters {
  const { redisUrl, rateLimitAnonymousPerMinute, rateLimitAuthenticatedPerMinute, rateLimitLoginPer15Minutes } = env.delivery
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1 }) : undefined
  const store = (prefix: string): Store | undefined =>
    redis
      ? new RedisStore({ prefix: `cms:rl:${prefix}:`, sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply> })
      : undefined
  const limiter = (name: string, windowMs: number, limit: (credentialed: boolean) => number, message: string): RequestHandler => {
    const credentialed = (req: Parameters<RequestHandler>[0]) => hasCredentials(req.headers, cookieName)
    return rateLimit({
      windowMs,
      limit: (req) => limit(credentialed(req)),
      skip: (req) => limit(credentialed(req)) === 0,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: store(name),
      // Separate buckets for callers with and without credentials, so one cannot drain the other.
      keyGenerator: (req) => `${credentialed(req) ? 'auth' : 'anon'}:${ipKeyGenerator(req.ip ?? 'unknown')}`,
      handler: (_req, res, _next, options) => {
        res.status(options.statusCode).json(rateLimitBody(message))
      },
    })
  }
  const api =
    rateLimitAnonymousPerMinute === 0 && rateLimitAuthenticatedPerMinute === 0
      ? passThrough
      : limiter('api', 60_000, (credentialed) => (credentialed ? rateLimitAuthenticatedPerMinute : rateLimitAnonymousPerMinute), 'Too many requests; slow down and retry after the time in Retry-After.')
  const login =
    rateLimitLoginPer15Minutes === 0
      ? passThrough
      : limiter('login', 15 * 60_000, () => rateLimitLoginPer15Minutes, 'Too many sign-in attempts from this address; retry after the time in Retry-After.')
  return {
    api,
    login,
    close: async () => {
      redis?.disconnect()
    },
  }
}

import type { Request, RequestHandler, Response } from 'express'
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit'
import helmet from 'helmet'

import type { AppEnv } from '../env'
import type { ApiCaller } from './apiClients'
import { hasCredentials } from './cache/policy'
import { errorBody } from './errorEnvelope'
import { PostgresRateLimitCounters } from './rateLimitStore'
import { connectRedis, redisRateLimitStore, unavailableAs503 } from './redisClient'

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
    strictTransportSecurity: env.isProduction
      ? { maxAge: 15_552_000, includeSubDomains: true }
      : false,
  }
  return {
    api: helmet({
      ...shared,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
      frameguard: { action: 'deny' },
    }),
    ui: helmet({ ...shared, contentSecurityPolicy: false, frameguard: { action: 'sameorigin' } }),
  }
}

export interface RateLimiters {
  /**
   * Requests through /api that make the server work (not cache hits), per client address
   * (stricter without credentials), or per API key of the `frontend` role. Reads the caller
   * from `res.locals.apiCaller` (src/server/apiClients.ts).
   */
  api: RequestHandler
  /** Login, first registration, password reset and unlock, per client address. */
  login: RequestHandler
  close: () => Promise<void>
}

const passThrough: RequestHandler = (_req, _res, next) => next()

interface Logger {
  warn: (object: object, message: string) => void
}

/**
 * Rate limits with `Retry-After` and a JSON 429. Counters are shared by every server process:
 * in Redis when REDIS_URL is set, else in the PostgreSQL database when that is the database;
 * in memory only on SQLite (one process by nature) and MongoDB.
 */
export function createRateLimiters(env: AppEnv, cookieName: string, logger: Logger): RateLimiters {
  const {
    redisUrl,
    rateLimitAnonymousPerMinute,
    rateLimitAuthenticatedPerMinute,
    rateLimitFrontendPerMinute,
    rateLimitLoginPer15Minutes,
  } = env.delivery
  const redis = redisUrl ? connectRedis(redisUrl) : undefined
  let postgres: PostgresRateLimitCounters | undefined
  const store = (prefix: string): Store | undefined => {
    if (redis) return redisRateLimitStore(redis, `cms:rl:${prefix}:`)
    if (env.database.kind !== 'postgres') return undefined
    postgres ??= new PostgresRateLimitCounters(env.database.url, logger)
    return postgres.store(`${prefix}:`)
  }
  // The API limit protects the server; it must not be why a read fails. When the shared counters
  // cannot be reached, API requests pass uncounted (to the database's own outage handling, or a
  // cached answer), with a warning at most once a minute. Sign-ins are refused instead: their
  // limit is what stops password guessing.
  let warnedAt = 0
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))
  const storeLogger = {
    warn: (error: unknown, message?: string) =>
      logger.warn({ reason: reason(error) }, message ?? 'rate limiter warning'),
    error: (error: unknown) => {
      if (Date.now() - warnedAt < 60_000) return
      warnedAt = Date.now()
      logger.warn(
        { reason: reason(error) },
        'rate-limit counters unreachable; letting API requests through uncounted',
      )
    },
  }
  type Caller = ApiCaller['kind']
  const limiter = (
    name: string,
    windowMs: number,
    limit: (caller: Caller) => number,
    message: string,
    failOpen: boolean,
  ): RequestHandler => {
    const callerOf = (req: Request, res: Response): ApiCaller =>
      (res.locals.apiCaller as ApiCaller | undefined) ?? {
        kind: hasCredentials(req.headers, cookieName) ? 'credentialed' : 'anonymous',
      }
    return rateLimit({
      windowMs,
      limit: (req, res) => limit(callerOf(req, res).kind),
      skip: (req, res) => limit(callerOf(req, res).kind) === 0,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: store(name),
      passOnStoreError: failOpen,
      logger: storeLogger,
      // Separate buckets for callers with and without credentials, so one cannot drain the other;
      // a website's servers share their key's bucket, whichever addresses they call from.
      keyGenerator: (req, res) => {
        const caller = callerOf(req, res)
        return caller.kind === 'frontend'
          ? `frontend:${caller.id}`
          : `${caller.kind === 'credentialed' ? 'auth' : 'anon'}:${ipKeyGenerator(req.ip ?? 'unknown')}`
      },
      handler: (_req, res, _next, options) => {
        res
          .status(options.statusCode)
          .json(errorBody(options.statusCode, message, { rule: 'rate-limit' }))
      },
    })
  }
  const perMinute: Record<Caller, number> = {
    anonymous: rateLimitAnonymousPerMinute,
    credentialed: rateLimitAuthenticatedPerMinute,
    frontend: rateLimitFrontendPerMinute,
  }
  const api = Object.values(perMinute).every((limit) => limit === 0)
    ? passThrough
    : limiter(
        'api',
        60_000,
        (caller) => perMinute[caller],
        'Too many requests; slow down and retry after the time in Retry-After.',
        true,
      )
  const login =
    rateLimitLoginPer15Minutes === 0
      ? passThrough
      : unavailableAs503(
          limiter(
            'login',
            15 * 60_000,
            () => rateLimitLoginPer15Minutes,
            'Too many sign-in attempts from this address; retry after the time in Retry-After.',
            false,
          ),
          'Sign-in is unavailable for a moment: its attempt counters cannot be reached. Retry after the time in Retry-After.',
        )
  return {
    api,
    login,
    close: async () => {
      redis?.disconnect()
      await postgres?.close()
    },
  }
}

import type { RequestHandler } from 'express'

import type { AppEnv } from '../env'

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

/**
 * CORS for the allowed origins (CORS_ORIGINS), on every API answer, before anything can
 * answer. Payload adds its own headers to its answers; the refusals made ahead of it (a body
 * too large or unreadable, a rate limit, versions of a collection that keeps none) went
 * without, so the allowed site's browser hid why its request was refused. Preflights are
 * answered here, with the configured request headers (Payload's fixed list of eight refused
 * Apollo Client's and request ids) and how long the browser may reuse the answer; answers
 * name the response headers scripts may read (ETag, rate limits, cache tags). Other origins
 * get nothing, and their preflights go on to Payload, which grants nothing either.
 */
export function corsForAllowedOrigins(env: AppEnv): RequestHandler {
  const allowed = new Set(env.corsOrigins)
  const { allowedHeaders, exposedHeaders, maxAgeSeconds } = env.delivery.cors
  return (req, res, next) => {
    res.vary('Origin')
    const origin = req.headers.origin
    if (!origin || !allowed.has(origin)) {
      next()
      return
    }
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-credentials', 'true')
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader('access-control-allow-methods', ALLOWED_METHODS)
      res.setHeader('access-control-allow-headers', allowedHeaders.join(', '))
      res.setHeader('access-control-max-age', String(maxAgeSeconds))
      res.status(204).end()
      return
    }
    res.setHeader('access-control-expose-headers', exposedHeaders.join(', '))
    next()
  }
}

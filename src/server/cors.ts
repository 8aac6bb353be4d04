import type { RequestHandler } from 'express'

import type { AppEnv } from '../env'

/**
 * CORS headers for an allowed origin (CORS_ORIGINS) on every API answer, before anything can
 * answer. Payload adds them to its own answers; the refusals made ahead of it (a body too
 * large or unreadable, a rate limit, versions of a collection that keeps none) went without,
 * so the allowed site's browser hid why its request was refused. Other origins get nothing.
 */
export function corsForAllowedOrigins(env: AppEnv): RequestHandler {
  const allowed = new Set(env.corsOrigins)
  return (req, res, next) => {
    res.vary('Origin')
    const origin = req.headers.origin
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-allow-credentials', 'true')
    }
    next()
  }
}

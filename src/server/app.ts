import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable'
import type { AppEnv } from '../env'
import { graphqlKey, restKey, serveApi, type DeliveryContext } from './delivery'
import { corsForAllowedOrigins } from './cors'
import { createGraphQLHandler } from './graphql'
import { refuseUnsafeJsonBodies } from './jsonBodies'
import { ServerBusy } from './admission'
import { isMultipart } from './jsonBodies'
import { checkReadiness } from './readiness'
import { requestLogging } from './requestLogging'
import { securityHeaders, type RateLimiters } from './security'
import { noVersionsWhereNoneKept } from './versionRoutes'

export type NextRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export interface AppOptions {
  env: AppEnv
  payload: Payload
  delivery: DeliveryContext
  limits: RateLimiters
  /** Next's request handler for the admin UI; absent in API-only mode. */
  nextHandler?: NextRequestHandler
}

/** Paths where credentials are guessed; each gets the stricter login limit. */
export const CREDENTIAL_PATHS = ['/api/users/login', '/api/users/first-register', '/api/users/forgot-password', '/api/users/reset-password', '/api/users/unlock']

function errorBody(message: string, rule?: string) {
  return { errors: [{ message, ...(rule ? { data: { rule } } : {}) }] }
}

/** Payload answers an unknown API route with a bare `{ message }`; every other API error has an `errors` list, so this does too. */
async function withErrorsList(response: globalThis.Response): Promise<globalThis.Response> {
  if (response.status !== 404 || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const body = (await response.clone().json().catch(() => undefined)) as { errors?: unknown; message?: unknown } | undefined
  if (!body || body.errors !== undefined || typeof body.message !== 'string') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new globalThis.Response(JSON.stringify(errorBody(body.message, 'not-found')), { status: 404, headers })
}

/** The Express application: health, Payload's REST and GraphQL APIs, then the admin UI. */
export function createApp({ env, payload, delivery, limits, nextHandler }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.set('trust proxy', env.isProduction ? 1 : false)

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })

  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(payload, env.database)
    res.status(readiness.ready ? 200 : 503).json(readiness)
  })

  app.use(requestLogging(payload, env.isProduction))

  const headers = securityHeaders(env)
  app.use('/api', headers.api, corsForAllowedOrigins(env), limits.api)
  app.post(CREDENTIAL_PATHS, limits.login)

  // JSON bodies are read here, within a size limit, so an oversized request is refused before
  // any work; uploads (multipart) stream through to Payload, which enforces the file size limit.
  const { bodyLimitBytes, graphqlBodyLimitBytes } = env.delivery
  app.post('/api/graphql', express.raw({ type: () => true, limit: graphqlBodyLimitBytes }))
  app.use('/api', express.raw({ type: (req) => !isMultipart(req), limit: bodyLimitBytes }))
  // Bodies that are not UTF-8, nest absurdly deep, hold huge lists or prototype keys: a 400, not a 500.
  app.use('/api', refuseUnsafeJsonBodies())

  app.all(['/api/:collection/versions', '/api/:collection/versions/:id'], noVersionsWhereNoneKept(payload))

  const graphql = createGraphQLHandler(payload, env)
  app.post('/api/graphql', (req, res) => serveApi(delivery, req, res, graphqlKey(req), graphql))

  app.use('/api', (req, res) =>
    serveApi(delivery, req, res, restKey(req), async (request) => withErrorsList(await handleEndpoints({ config: payload.config, request }))),
  )

  if (nextHandler) {
    app.use(headers.ui, (req, res) => nextHandler(req, res))
  } else {
    // The admin's security headers on the refusal too: an /admin answer must never go out without them.
    app.use(headers.ui, (_req, res) => {
      res.status(404).json(errorBody('Not found. This server runs in API-only mode (API_ONLY=true); the admin UI is off.'))
    })
  }

  // Express 5 forwards rejected promises here. The body never carries the error's text.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number; type?: string }).status
    if (res.headersSent) {
      res.destroy()
      return
    }
    if (status === 413) {
      res.status(413).json(errorBody(`The request body is larger than the limit for ${req.path}.`, 'body-too-large'))
      return
    }
    if (status && status >= 400 && status < 500) {
      res.status(status).json(errorBody('The request could not be read.', 'bad-request'))
      return
    }
    if (error instanceof ServerBusy) {
      res.setHeader('retry-after', String(error.retryAfterSeconds))
      res.status(503).json(errorBody(error.message, 'server-busy'))
      return
    }
    if (isDatabaseUnavailable(error)) {
      payload.logger.warn({ reqId: (req as Request & { id?: string }).id }, 'database unavailable while serving a request')
      res.status(503).json(errorBody(DATABASE_UNAVAILABLE_MESSAGE, 'database-unavailable'))
      return
    }
    payload.logger.error({ err: error, reqId: (req as Request & { id?: string }).id }, 'unhandled error while serving a request')
    res.status(500).json(errorBody('Something went wrong.'))
  })

  return app
}

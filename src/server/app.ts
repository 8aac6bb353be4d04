import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable'
import { buildOpenApiDocument } from '../openapi/document'
import type { AppEnv } from '../env'
import { graphqlKey, restKey, serveApi, type DeliveryContext } from './delivery'
import { corsForAllowedOrigins } from './cors'
import { refuseImpossibleDocumentIds } from './documentIds'
import { errorBody, inEnvelope } from './errorEnvelope'
import { createGraphQLHandler } from './graphql'
import { refuseUnsafeJsonBodies } from './jsonBodies'
import { ServerBusy } from './admission'
import { isMultipart } from './jsonBodies'
import { refuseUnknownLocales } from './locales'
import { withFileCaching } from './mediaFiles'
import { createPersistedQueries } from './persistedQueries'
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
export const CREDENTIAL_PATHS = [
  '/api/users/login',
  '/api/users/first-register',
  '/api/users/forgot-password',
  '/api/users/reset-password',
  '/api/users/unlock',
]

/**
 * Every REST error answer in the one envelope (src/server/errorEnvelope.ts): Payload answers
 * an unknown route with a bare `{ message }`, validation errors with `data.errors`, its own
 * refusals without a code.
 */
async function inRestEnvelope(response: globalThis.Response): Promise<globalThis.Response> {
  if (response.status < 400 || !(response.headers.get('content-type') ?? '').includes('json'))
    return response
  const body = await response
    .clone()
    .json()
    .catch(() => undefined)
  const normalised = inEnvelope(
    response.status,
    response.status === 404 && body && typeof body.message === 'string' && !body.errors
      ? { errors: [{ message: body.message, data: { rule: 'not-found' } }] }
      : body,
  )
  if (!normalised) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new globalThis.Response(JSON.stringify(normalised), { status: response.status, headers })
}

/** The Express application: health, Payload's REST and GraphQL APIs, then the admin UI. */
export function createApp({ env, payload, delivery, limits, nextHandler }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.set('trust proxy', env.trustProxy)

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })

  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(payload, env.database)
    res.status(readiness.ready ? 200 : 503).json(readiness)
  })

  app.use(requestLogging(payload, env.isProduction))

  const headers = securityHeaders(env)
  // The API rate limit is applied where answers are made (src/server/delivery.ts), so cache hits are not counted.
  app.use('/api', headers.api, corsForAllowedOrigins(env))
  app.post(CREDENTIAL_PATHS, limits.login)

  // JSON bodies are read here, within a size limit, so an oversized request is refused before
  // any work; uploads (multipart) stream through to Payload, which enforces the file size limit.
  const { bodyLimitBytes, graphqlBodyLimitBytes } = env.delivery
  app.post('/api/graphql', express.raw({ type: () => true, limit: graphqlBodyLimitBytes }))
  app.use('/api', express.raw({ type: (req) => !isMultipart(req), limit: bodyLimitBytes }))
  // Bodies that are not UTF-8, nest absurdly deep, hold huge lists or prototype keys: a 400, not a 500.
  app.use('/api', refuseUnsafeJsonBodies())
  app.use(
    '/api',
    refuseUnknownLocales(
      payload.config.localization ? payload.config.localization.localeCodes : [],
    ),
  )

  app.all(
    ['/api/:collection/versions', '/api/:collection/versions/:id'],
    noVersionsWhereNoneKept(payload),
  )
  app.use('/api', refuseImpossibleDocumentIds(payload))

  const persisted = createPersistedQueries(env.delivery.graphqlPersistedQueries)
  const graphql = createGraphQLHandler(payload, env, persisted, delivery.readModel.ready)
  app.all('/api/graphql', async (req, res) => {
    // One URL answers in two media types, chosen by Accept.
    res.vary('Accept')
    await serveApi(delivery, req, res, () => graphqlKey(req, persisted), graphql)
  })

  let openApi: string | undefined
  app.get('/api/openapi.json', (req, res) =>
    serveApi(
      delivery,
      req,
      res,
      () => restKey(req),
      async () => {
        openApi ??= JSON.stringify(
          buildOpenApiDocument(payload.config, { serverUrl: env.serverURL }),
        )
        return new globalThis.Response(openApi, {
          headers: { 'content-type': 'application/json; charset=utf-8' },
        })
      },
    ),
  )

  const rest = async (request: globalThis.Request) =>
    inRestEnvelope(await handleEndpoints({ config: payload.config, request }))
  // Anonymous reads the published read model covers are answered from it; the rest by Payload.
  const publicRest = async (request: globalThis.Request) =>
    (await delivery.readModel.answer(request)) ?? rest(request)
  const fileCaching = {
    mediaDir: env.mediaDir,
    revalidateAfterSeconds: env.delivery.cacheMaxAgeSeconds,
  }
  app.get('/api/media/file/:filename', (req, res) =>
    serveApi(
      delivery,
      req,
      res,
      () => null,
      async (request) =>
        withFileCaching(request, await rest(request), String(req.params.filename), fileCaching),
    ),
  )
  app.use('/api', (req, res) => serveApi(delivery, req, res, () => restKey(req), publicRest))

  if (nextHandler) {
    app.use(headers.ui, (req, res) => nextHandler(req, res))
  } else {
    // The admin's security headers on the refusal too: an /admin answer must never go out without them.
    app.use(headers.ui, (_req, res) => {
      res
        .status(404)
        .json(
          errorBody(
            404,
            'Not found. This server runs in API-only mode (API_ONLY=true); the admin UI is off.',
            { rule: 'api-only' },
          ),
        )
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
      res.status(413).json(
        errorBody(413, `The request body is larger than the limit for ${req.path}.`, {
          rule: 'body-too-large',
        }),
      )
      return
    }
    if (status && status >= 400 && status < 500) {
      res
        .status(status)
        .json(errorBody(status, 'The request could not be read.', { rule: 'bad-request' }))
      return
    }
    if (error instanceof ServerBusy) {
      res.setHeader('retry-after', String(error.retryAfterSeconds))
      res.status(503).json(errorBody(503, error.message, { rule: 'server-busy' }))
      return
    }
    if (isDatabaseUnavailable(error)) {
      payload.logger.warn(
        { reqId: (req as Request & { id?: string }).id },
        'database unavailable while serving a request',
      )
      res
        .status(503)
        .json(errorBody(503, DATABASE_UNAVAILABLE_MESSAGE, { rule: 'database-unavailable' }))
      return
    }
    payload.logger.error(
      { err: error, reqId: (req as Request & { id?: string }).id },
      'unhandled error while serving a request',
    )
    res.status(500).json(errorBody(500, 'Something went wrong.'))
  })

  return app
}

import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import type { AppEnv } from '../env'
import { graphqlKey, restKey, serveApi, type DeliveryContext } from './delivery'
import { createGraphQLHandler } from './graphql'
import { checkReadiness } from './readiness'
import { requestLogging } from './requestLogging'
import { securityHeaders, type RateLimiters } from './security'

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

const isMultipart = (req: IncomingMessage) => (req.headers['content-type'] ?? '').startsWith('multipart/form-data')

function errorBody(message: string, rule?: string) {
  return { errors: [{ message, ...(rule ? { data: { rule } } : {}) }] }
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

  app.use(requestLogging(payload))

  const headers = securityHeaders(env)
  app.use('/api', headers.api, limits.api)
  app.post(CREDENTIAL_PATHS, limits.login)

  // JSON bodies are read here, within a size limit, so an oversized request is refused before
  // any work; uploads (multipart) stream through to Payload, which enforces the file size limit.
  const { bodyLimitBytes, graphqlBodyLimitBytes } = env.delivery
  app.post('/api/graphql', express.raw({ type: () => true, limit: graphqlBodyLimitBytes }))
  app.use('/api', express.raw({ type: (req) => !isMultipart(req), limit: bodyLimitBytes }))

  const graphql = createGraphQLHandler(payload, env)
  app.post('/api/graphql', (req, res) => serveApi(delivery, req, res, graphqlKey(req), graphql))

  app.use('/api', (req, res) =>
    serveApi(delivery, req, res, restKey(req), (request) => handleEndpoints({ config: payload.config, request })),
  )

  if (nextHandler) {
    app.use(headers.ui, (req, res) => nextHandler(req, res))
  } else {
    app.use((_req, res) => {
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
    payload.logger.error({ err: error, reqId: (req as Request & { id?: string }).id }, 'unhandled error while serving a request')
    res.status(500).json(errorBody('Something went wrong.'))
  })

  return app
}

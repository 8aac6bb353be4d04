import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import type { AppEnv } from '../env'
import { createGraphQLHandler } from './graphql'
import { checkReadiness } from './readiness'
import { requestLogging } from './requestLogging'
import { sendWebResponse, toWebRequest } from './webBridge'

export type NextRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export interface AppOptions {
  env: AppEnv
  payload: Payload
  /** Next's request handler for the admin UI; absent in API-only mode. */
  nextHandler?: NextRequestHandler
}

/** The Express application: health, Payload's REST and GraphQL APIs, then the admin UI. */
export function createApp({ env, payload, nextHandler }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.isProduction ? 1 : false)

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })

  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(payload, env.database)
    res.status(readiness.ready ? 200 : 503).json(readiness)
  })

  app.use(requestLogging(payload))

  const graphql = createGraphQLHandler(payload)
  app.post('/api/graphql', async (req, res) => {
    await sendWebResponse(res, await graphql(toWebRequest(req)))
  })

  app.use('/api', async (req, res) => {
    const response = await handleEndpoints({ config: payload.config, request: toWebRequest(req) })
    await sendWebResponse(res, response)
  })

  if (nextHandler) {
    app.use((req, res) => nextHandler(req, res))
  } else {
    app.use((_req, res) => {
      res.status(404).json({ errors: [{ message: 'Not found. This server runs in API-only mode (API_ONLY=true); the admin UI is off.' }] })
    })
  }

  // Express 5 forwards rejected promises here. The body never carries the error's text.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    payload.logger.error({ err: error, reqId: (req as Request & { id?: string }).id }, 'unhandled error while serving a request')
    if (res.headersSent) {
      res.destroy()
      return
    }
    res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
  })

  return app
}

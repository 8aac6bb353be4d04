import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { pinoHttp } from 'pino-http'

import { errorWithoutStack } from '../logging'

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** Keeps a caller's `x-request-id` when it is a plain token, otherwise makes one. */
export function requestIdFor(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header
  return value && SAFE_REQUEST_ID.test(value) ? value : randomUUID()
}

/**
 * One log line per API request through Payload's pino logger, with the request id echoed in
 * `x-request-id`. Only method, path, status and timing are logged: never headers, cookies or
 * bodies, which carry credentials.
 */
export function requestLogging(payload: Payload, production: boolean): RequestHandler {
  return pinoHttp<IncomingMessage, ServerResponse, never>({
    logger: payload.logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFor(req.headers['x-request-id'])
      res.setHeader('x-request-id', id)
      return id
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      ...(production ? { err: errorWithoutStack } : {}),
    },
    // One line per API request; the admin's pages, its static chunks and health checks (tens of
    // thousands of lines an hour in development) only at debug. Faults always.
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error'
      return req.url?.startsWith('/api/') || req.url === '/api' ? 'info' : 'debug'
    },
  }) as unknown as RequestHandler
}

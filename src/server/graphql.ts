import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLError, GraphQLFormattedError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  APIError,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { AppEnv } from '../env'
import { depthLimit } from './graphqlDepth'

/** The status an error stands for: Payload's own for API errors, otherwise 500. */
function statusOf(error: GraphQLError): number {
  const original = error.originalError
  if (original instanceof APIError || (original && typeof (original as APIError).status === 'number')) {
    return (original as APIError).status
  }
  return original ? 500 : 400
}

/**
 * Formats an error for the response. Unexpected (500) errors are logged in full and answered
 * with a fixed sentence, since their text can carry anything.
 */
function formatError(error: GraphQLError, payload: Payload): GraphQLFormattedError {
  const status = statusOf(error)
  if (status >= 500) logError({ err: error.originalError ?? error, payload })
  const original = error.originalError as (APIError & { data?: unknown }) | undefined
  return {
    message: status >= 500 ? 'Something went wrong.' : error.message,
    locations: error.locations,
    path: error.path,
    extensions: {
      statusCode: status,
      name: status >= 500 ? undefined : original?.name,
      data: status >= 500 ? undefined : original?.data,
    },
  }
}

/**
 * The HTTP status for a GraphQL answer. An operation that produced no data at all failed,
 * and says so with the status of its errors (400 for a query that did not validate, 403,
 * 404 or 422 from a refused resolver); partial results stay 200 with their errors listed.
 */
export function httpStatusOf(status: number, body: string): number {
  if (status !== 200) return status
  let result: { data?: unknown; errors?: Array<{ extensions?: { statusCode?: number } }> }
  try {
    result = JSON.parse(body)
  } catch {
    return status
  }
  if (!result.errors?.length || (result.data !== null && result.data !== undefined)) return status
  const statuses = result.errors.map((error) => error.extensions?.statusCode ?? 400)
  return statuses.some((code) => code >= 500) ? 500 : Math.max(...statuses)
}

/**
 * `POST /api/graphql` as a web handler, for the Express server in every mode. It is built on
 * Payload's schema (`@payloadcms/graphql`) and the reference GraphQL-over-HTTP handler, and
 * does not load Next.js.
 */
export function createGraphQLHandler(payload: Payload, env: AppEnv): (request: Request) => Promise<Response> {
  const { schema, validationRules } = configToSchema(payload.config)
  const limitDepth = depthLimit(env.delivery.graphqlMaxDepth)

  return async (request: Request) => {
    const forGraphQL = request.clone()
    const req: PayloadRequest = await createPayloadRequest({ canSetHeaders: true, config: payload.config, request })
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)

    const extraHeaders: Record<string, string> = {}
    const handler = createHandler({
      schema,
      context: { headers: extraHeaders, req },
      validationRules: (_request, args, defaultRules) => [...defaultRules, limitDepth, ...validationRules(args)],
      onOperation: (_request, _args, result) => {
        if (!result.errors?.length) return result
        return { ...result, errors: result.errors.map((error) => formatError(error, payload)) } as unknown as typeof result
      },
    })
    const response = await handler(forGraphQL)

    const headers = headersWithCors({ headers: new Headers(response.headers), req })
    for (const [name, value] of Object.entries(extraHeaders)) headers.append(name, value)
    const body = await response.text()
    return new Response(body, {
      status: httpStatusOf(response.status, body),
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, headers) : headers,
    })
  }
}

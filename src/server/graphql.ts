import { configToSchema } from '@payloadcms/graphql'
import type { DocumentNode, GraphQLError, GraphQLFormattedError, GraphQLSchema, ValidationRule } from 'graphql'
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

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable'
import type { AppEnv } from '../env'
import { depthLimit, expansionLimit } from './graphqlDepth'
import { graphqlRuntime } from './graphqlRuntime'

/** The status an error stands for: Payload's own for API errors, 503 for a database outage, otherwise 500. */
function statusOf(error: GraphQLError): number {
  const original = error.originalError
  if (original && isDatabaseUnavailable(original)) return 503
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
  if (status > 503 || status === 500) logError({ err: error.originalError ?? error, payload })
  else if (status === 503) payload.logger.warn({ reason: error.message }, 'database unavailable while answering a GraphQL request')
  const original = error.originalError as (APIError & { data?: unknown }) | undefined
  return {
    message: status === 503 ? DATABASE_UNAVAILABLE_MESSAGE : status >= 500 ? 'Something went wrong.' : error.message,
    locations: error.locations,
    path: error.path,
    extensions: {
      statusCode: status,
      name: status >= 500 ? undefined : original?.name,
      data: status === 503 ? { rule: 'database-unavailable' } : status >= 500 ? undefined : original?.data,
    },
  }
}

/**
 * The HTTP status for a GraphQL answer. An operation that produced no data at all (every field
 * null) failed,
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
  const noData = result.data === null || result.data === undefined || Object.values(result.data as object).every((value) => value === null)
  if (!result.errors?.length || !noData) return status
  const statuses = result.errors.map((error) => error.extensions?.statusCode ?? 400)
  return Math.max(...statuses)
}

const { specifiedRules, validate } = graphqlRuntime

/**
 * Validates in two passes: GraphQL's own rules with the depth and expansion limits (which are
 * safe on any document), then the rest (Payload's complexity limit) only for a document that
 * passed them. The complexity rule walks fragments and directive arguments assuming a valid
 * document, and walks the expanded tree: run in one pass, a fragment cycle overflowed the
 * stack and a wrongly typed directive argument threw, both answered with a bare 500, and a
 * fragment bomb held the event loop for minutes.
 */
function validateInPasses(limits: readonly ValidationRule[]) {
  const first = [...specifiedRules, ...limits]
  return (schema: GraphQLSchema, document: DocumentNode, rules: readonly ValidationRule[] = specifiedRules) => {
    const errors = validate(schema, document, first)
    if (errors.length > 0) return errors
    return validate(schema, document, rules.filter((rule) => !first.includes(rule)))
  }
}

/** What a refusal by the GraphQL-over-HTTP handler itself (it answers these without a body) means. */
const TRANSPORT_MESSAGES: Record<number, string> = {
  405: 'Send GraphQL requests with POST.',
  406: 'Accept application/json or application/graphql-response+json to receive GraphQL answers.',
  415: 'Send the GraphQL request as JSON, with Content-Type: application/json.',
}

/**
 * The handler's own refusals (405, 406, 415) and its last-resort 500 come as plain text or
 * with no body; every API answer is JSON with an `errors` list, so these get one too.
 */
async function withJsonErrorBody(response: Response, payload: Payload): Promise<Response> {
  if ((response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  if (response.status >= 500) payload.logger.error({ status: response.status }, 'the GraphQL handler failed without an answer')
  const message = response.status >= 500 ? 'Something went wrong.' : (TRANSPORT_MESSAGES[response.status] ?? (text || 'The GraphQL request could not be read.'))
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/json; charset=utf-8')
  headers.delete('content-length')
  return new Response(JSON.stringify({ errors: [{ message }] }), { status: response.status, headers })
}

/**
 * `POST /api/graphql` as a web handler, for the Express server in every mode. It is built on
 * Payload's schema (`@payloadcms/graphql`) and the reference GraphQL-over-HTTP handler, and
 * does not load Next.js.
 */
export function createGraphQLHandler(payload: Payload, env: AppEnv): (request: Request) => Promise<Response> {
  const { schema, validationRules } = configToSchema(payload.config)
  const limits = [
    depthLimit(env.delivery.graphqlMaxDepth),
    // Far above what fits under the complexity limit, since each field costs at least 1 there.
    expansionLimit(Math.max(10_000, 10 * env.delivery.graphqlMaxComplexity)),
  ]

  return async (request: Request) => {
    const forGraphQL = request.clone()
    const req: PayloadRequest = await createPayloadRequest({ canSetHeaders: true, config: payload.config, request })
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)

    const extraHeaders: Record<string, string> = {}
    const handler = createHandler({
      schema,
      context: (_request, params) => {
        // A field hook cannot see the query, and GraphQL reads every field of a related document;
        // the expensive `jsonLd` field is built only when the query names it.
        req.context.jsonLdRequested = /\bjsonLd\b/.test(params.query)
        return { headers: extraHeaders, req }
      },
      validationRules: (_request, args, defaultRules) => [...defaultRules, ...limits, ...validationRules(args)],
      validate: validateInPasses(limits),
      onOperation: (_request, _args, result) => {
        if (!result.errors?.length) return result
        return { ...result, errors: result.errors.map((error) => formatError(error, payload)) } as unknown as typeof result
      },
    })
    const response = await withJsonErrorBody(await handler(forGraphQL), payload)

    const headers = headersWithCors({ headers: new Headers(response.headers), req })
    for (const [name, value] of Object.entries(extraHeaders)) headers.append(name, value)
    const body = await response.text()
    return new Response(body, {
      status: httpStatusOf(response.status, body),
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, headers) : headers,
    })
  }
}

import { configToSchema } from '@payloadcms/graphql'
import type {
  DocumentNode,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  ValidationRule,
} from 'graphql'
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
import { errorCodeFor, errorEntry } from './errorEnvelope'
import { depthLimit, expansionLimit } from './graphqlDepth'
import { graphqlRuntime } from './graphqlRuntime'
import type { GraphQLParams, PersistedQueries } from './persistedQueries'
import { createGraphQLReadModel } from '../readModel/graphql'
import { hasCredentials } from './cache/policy'

/** The status an error stands for: Payload's own for API errors, 503 for a database outage, otherwise 500. */
function statusOf(error: GraphQLError): number {
  const original = error.originalError
  if (original && isDatabaseUnavailable(original)) return 503
  if (
    original instanceof APIError ||
    (original && typeof (original as APIError).status === 'number')
  ) {
    return (original as APIError).status
  }
  return original ? 500 : 400
}

/** A variable whose value does not fit its type: GraphQL reports it before running anything, with no path. */
const isVariableCoercion = (error: Pick<GraphQLError, 'message' | 'path'>) =>
  !error.path && /^Variable "\$/.test(error.message)

/**
 * Formats an error of a running operation. Unexpected (500) errors are logged in full and
 * answered with a fixed sentence, since their text can carry anything. `code` is the REST
 * envelope's code for the same refusal (src/server/errorEnvelope.ts), with `rule` and `field`
 * where a rule refused.
 */
function formatError(error: GraphQLError, payload: Payload): GraphQLFormattedError {
  if (isVariableCoercion(error))
    return {
      message: error.message,
      locations: error.locations,
      extensions: { code: 'graphql-invalid-variables', statusCode: 400 },
    }
  const status = statusOf(error)
  if (status > 503 || status === 500) logError({ err: error.originalError ?? error, payload })
  else if (status === 503)
    payload.logger.warn(
      { reason: error.message },
      'database unavailable while answering a GraphQL request',
    )
  const original = error.originalError as (APIError & { data?: unknown }) | undefined
  const data =
    status === 503 ? { rule: 'database-unavailable' } : status >= 500 ? undefined : original?.data
  const { code, rule, field } = errorEntry(status, {
    message: error.message,
    name: original?.name,
    data,
  })
  return {
    message:
      status === 503
        ? DATABASE_UNAVAILABLE_MESSAGE
        : status >= 500
          ? 'Something went wrong.'
          : error.message,
    locations: error.locations,
    path: error.path,
    extensions: {
      code,
      ...(rule ? { rule } : {}),
      ...(field ? { field } : {}),
      statusCode: status,
      name: status >= 500 ? undefined : original?.name,
      data,
    },
  }
}

const { GraphQLError: RuntimeGraphQLError } = graphqlRuntime

/**
 * Formats a refusal of the request itself, before any operation ran: a document that does not
 * parse or validate, or missing or malformed parameters. Errors of a running operation come
 * here already formatted (by `formatError`) and pass unchanged.
 */
function formatRequestError(error: Error | GraphQLFormattedError): GraphQLFormattedError {
  if (!(error instanceof Error)) return error
  if (!(error instanceof RuntimeGraphQLError))
    return { message: error.message, extensions: { code: 'invalid-request' } }
  // Payload's complexity rule reads the variables while validating, so a variable of the wrong type is refused there.
  const code = /^Syntax Error/.test(error.message)
    ? 'graphql-parse-failed'
    : isVariableCoercion(error)
      ? 'graphql-invalid-variables'
      : 'graphql-validation-failed'
  return { message: error.message, locations: error.locations, extensions: { code } }
}

export type GraphQLMediaType = 'application/graphql-response+json' | 'application/json'

/**
 * The media type graphql-http 1.23 answers with for an `Accept` header: the first listed that it
 * serves (no header, or any that admits JSON, means application/json); undefined: it answers 406.
 */
export function acceptedMediaType(accept: null | string): GraphQLMediaType | undefined {
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = entry.split(';')
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8'
    if (type === 'application/graphql-response+json' && charset === 'charset=utf-8') return type
    if (
      (type === 'application/json' || type === 'application/*' || type === '*/*') &&
      (charset === 'charset=utf-8' || charset === 'charset=utf8')
    )
      return 'application/json'
  }
  return undefined
}

/**
 * The HTTP status of a GraphQL answer, per the GraphQL-over-HTTP spec: with application/json,
 * 200 for every well-formed request; with application/graphql-response+json, 4xx only for a
 * request that could not run (no `data` entry: it did not parse or validate, or its variables
 * did not fit), 200 once execution started, whatever errors it met. graphql-http answers a
 * variable-coercion failure with 200 for both media types; that one is corrected here.
 */
export function httpStatusOf(
  status: number,
  body: string,
  mediaType: GraphQLMediaType | undefined,
): number {
  if (status !== 200 || mediaType !== 'application/graphql-response+json') return status
  try {
    const result = JSON.parse(body) as object
    return 'data' in result ? status : 400
  } catch {
    return status
  }
}

/** Whether an answer reports errors: such answers are never cached, since they may not last (an outage, a document not yet published). */
function reportsErrors(body: string): boolean {
  try {
    const result = JSON.parse(body) as { errors?: unknown[] }
    return Array.isArray(result.errors) && result.errors.length > 0
  } catch {
    return true
  }
}

/** The parameters of a GraphQL request: from the URL (GET) or the JSON body (POST); `batch` for a JSON list. */
export async function readGraphQLParams(
  request: Request,
): Promise<'batch' | GraphQLParams | undefined> {
  if (request.method === 'GET') {
    const search = new URL(request.url).searchParams
    try {
      const json = (name: string) => (search.has(name) ? JSON.parse(search.get(name)!) : undefined)
      return {
        query: search.get('query') ?? undefined,
        operationName: search.get('operationName') ?? undefined,
        variables: json('variables'),
        extensions: json('extensions'),
      }
    } catch {
      return undefined
    }
  }
  if (
    request.method !== 'POST' ||
    !/^application\/json\b/i.test(request.headers.get('content-type') ?? '')
  )
    return undefined
  try {
    const body: unknown = JSON.parse(await request.clone().text())
    if (Array.isArray(body)) return 'batch'
    return body && typeof body === 'object' ? (body as GraphQLParams) : undefined
  } catch {
    return undefined
  }
}

/** The same request with the query text its persisted-query hash stands for. */
function withQuery(request: Request, params: GraphQLParams, query: string): Request {
  if (request.method === 'GET') {
    const url = new URL(request.url)
    url.searchParams.set('query', query)
    return new Request(url, { method: 'GET', headers: request.headers })
  }
  return new Request(request.url, {
    method: 'POST',
    headers: request.headers,
    body: JSON.stringify({ ...params, query }),
  })
}

/** An answer refusing the request before any operation ran, in the accepted media type (200 for application/json, per the spec). */
function refusal(
  message: string,
  code: string,
  mediaType: GraphQLMediaType,
  status = mediaType === 'application/json' ? 200 : 400,
): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': `${mediaType}; charset=utf-8`, 'cache-control': 'no-store' },
  })
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
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    rules: readonly ValidationRule[] = specifiedRules,
  ) => {
    const errors = validate(schema, document, first)
    if (errors.length > 0) return errors
    return validate(
      schema,
      document,
      rules.filter((rule) => !first.includes(rule)),
    )
  }
}

/** What a refusal by the GraphQL-over-HTTP handler itself (it answers these without a body) means. */
const TRANSPORT_MESSAGES: Record<number, string> = {
  405: 'Send queries with GET or POST, and mutations with POST only.',
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
  if (response.status >= 500)
    payload.logger.error(
      { status: response.status },
      'the GraphQL handler failed without an answer',
    )
  const message =
    response.status >= 500
      ? 'Something went wrong.'
      : (TRANSPORT_MESSAGES[response.status] ?? (text || 'The GraphQL request could not be read.'))
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/json; charset=utf-8')
  headers.delete('content-length')
  return new Response(
    JSON.stringify({ errors: [{ message, extensions: { code: errorCodeFor(response.status) } }] }),
    { status: response.status, headers },
  )
}

/**
 * `GET` and `POST /api/graphql` as a web handler, for the Express server in every mode. It is
 * built on Payload's schema (`@payloadcms/graphql`) and the reference GraphQL-over-HTTP handler
 * (which refuses mutations over GET), with persisted queries in front, and does not load Next.js.
 */
export function createGraphQLHandler(
  payload: Payload,
  env: AppEnv,
  persisted: PersistedQueries,
  readModelReady?: () => boolean,
): (request: Request) => Promise<Response> {
  const { schema, validationRules } = configToSchema(payload.config)
  const limits = [
    depthLimit(env.delivery.graphqlMaxDepth),
    // Far above what fits under the complexity limit, since each field costs at least 1 there.
    expansionLimit(Math.max(10_000, 10 * env.delivery.graphqlMaxComplexity)),
  ]
  const validateAll = validateInPasses(limits)
  const readModel = readModelReady
    ? createGraphQLReadModel(
        payload,
        schema,
        (document, variables) =>
          validateAll(schema, document, [
            ...specifiedRules,
            ...limits,
            ...validationRules({ variableValues: variables } as never),
          ]),
        readModelReady,
      )
    : undefined
  const cookieName = `${payload.config.cookiePrefix}-token`

  return async (request: Request) => {
    const mediaType = acceptedMediaType(request.headers.get('accept'))
    let forGraphQL = request.clone()
    // Without an acceptable media type graphql-http answers 406 before reading anything.
    const params = mediaType ? await readGraphQLParams(request) : undefined
    if (params === 'batch') {
      // One operation per request keeps every answer cacheable by its URL, with its own status; HTTP/2 multiplexes requests instead.
      return refusal(
        'Batched GraphQL requests are not supported; send one operation per request.',
        'batching-not-supported',
        mediaType!,
        400,
      )
    }
    if (params) {
      const resolved = persisted.resolve(params)
      if ('refusal' in resolved)
        return refusal(resolved.refusal.message, resolved.refusal.code, mediaType!)
      if (resolved.query !== undefined && params.query === undefined)
        forGraphQL = withQuery(request, params, resolved.query)
      // Anonymous reads of published documents, from the read model where it covers them.
      if (readModel && !hasCredentials(Object.fromEntries(request.headers), cookieName)) {
        const answer = await readModel.answer(
          request,
          { ...params, query: resolved.query ?? params.query },
          mediaType!,
        )
        if (answer) return answer
      }
    }
    const req: PayloadRequest = await createPayloadRequest({
      canSetHeaders: true,
      config: payload.config,
      request,
    })
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
      validationRules: (_request, args, defaultRules) => [
        ...defaultRules,
        ...limits,
        ...validationRules(args),
      ],
      validate: validateInPasses(limits),
      formatError: formatRequestError as (error: Readonly<Error | GraphQLError>) => GraphQLError,
      onOperation: (_request, _args, result) => {
        if (!result.errors?.length) return result
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error, payload)),
        } as unknown as typeof result
      },
    })
    const response = await withJsonErrorBody(await handler(forGraphQL), payload)

    const headers = headersWithCors({ headers: new Headers(response.headers), req })
    for (const [name, value] of Object.entries(extraHeaders)) headers.append(name, value)
    const body = await response.text()
    if (reportsErrors(body)) headers.set('cache-control', 'no-store')
    return new Response(body, {
      status: httpStatusOf(response.status, body, mediaType),
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, headers) : headers,
    })
  }
}

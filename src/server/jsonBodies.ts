import type { IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'

import { MAX_JSON_DEPTH, shapeProblem, textNestingDepth } from '../jsonShape'
import { errorBody } from './errorEnvelope'

export interface JsonBodyProblem {
  message: string
  rule: string
}

/** An upload: its body streams to Payload instead of being buffered here. */
export const isMultipart = (req: IncomingMessage): boolean =>
  (req.headers['content-type'] ?? '').startsWith('multipart/form-data')

const utf8 = new TextDecoder('utf-8', { fatal: true })

const tooDeep = (what: string): JsonBodyProblem => ({
  rule: 'json-too-deep',
  message: `${what} nests deeper than ${MAX_JSON_DEPTH} levels.`,
})

/**
 * What is wrong with a buffered request body, if anything: bytes that are not UTF-8, and for
 * JSON, text that does not parse, is beyond the limits of src/jsonShape.ts, or (REST) is not an
 * object. For GraphQL, the query text must not nest beyond the same depth either.
 */
export function jsonBodyProblem(
  body: Buffer,
  json: boolean,
  graphql: boolean,
): JsonBodyProblem | undefined {
  let text: string
  try {
    text = utf8.decode(body)
  } catch {
    return { rule: 'invalid-utf8', message: 'The request body is not valid UTF-8 text.' }
  }
  if (!json || text.trim() === '') return undefined
  // Counted on the text first: parsing and walking a value nested a million deep is the attack.
  if (textNestingDepth(text) > MAX_JSON_DEPTH) return tooDeep('The request body')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { rule: 'invalid-json', message: 'The request body is not valid JSON.' }
  }
  if (!graphql && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) {
    return { rule: 'json-not-object', message: 'The request body must be a JSON object.' }
  }
  if (
    graphql &&
    parsed &&
    typeof parsed === 'object' &&
    typeof (parsed as { query?: unknown }).query === 'string'
  ) {
    if (textNestingDepth((parsed as { query: string }).query) > MAX_JSON_DEPTH)
      return tooDeep('The GraphQL query')
  }
  return shapeProblem(parsed)
}

const isJson = (contentType: string | undefined) =>
  /^application\/([\w.+-]+\+)?json\b/i.test(contentType?.trim() ?? '')

/**
 * Refuses, with a 400 that names the problem, a buffered API body that would otherwise reach
 * Payload as garbage (invalid UTF-8 becomes U+FFFD and is stored) or crash it with a 500
 * (deep nesting, huge lists, a string or null where a document belongs). Multipart uploads
 * are streamed past this; their `_payload` is checked by the refuseMalformedData hook.
 */
export function refuseUnsafeJsonBodies(): RequestHandler {
  return (req, res, next) => {
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      next()
      return
    }
    const graphql = req.originalUrl.split('?')[0].replace(/\/$/, '') === '/api/graphql'
    const problem = jsonBodyProblem(req.body, isJson(req.headers['content-type']), graphql)
    if (!problem) {
      next()
      return
    }
    res.status(400).json(errorBody(400, problem.message, { rule: problem.rule }))
  }
}

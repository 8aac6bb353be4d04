import type { ServerProcess } from './processes'
import type { BenchRequest } from './scenarios'

/** One place where two JSON answers differ, by path (`docs.0.treatments.1.name`). */
export interface Difference {
  path: string
  ours: unknown
  baseline: unknown
}

export interface Answer {
  status: number
  body: unknown
}

/** Sends one request to `server`; a failure names the request and carries the end of the server's output. */
export async function ask(
  server: ServerProcess,
  request: BenchRequest,
): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(`${server.url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    })
    return { status: response.status, text: await response.text() }
  } catch (error) {
    const cause =
      error instanceof Error
        ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}`
        : String(error)
    throw new Error(
      `${request.method} ${request.path.slice(0, 100)} to ${server.name} failed: ${cause}\n${server.output().slice(-4000)}`,
    )
  }
}

export async function fetchAnswer(server: ServerProcess, request: BenchRequest): Promise<Answer> {
  const { status, text } = await ask(server, request)
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: compare the text
  }
  return { status, body }
}

const describe = (value: unknown): unknown =>
  typeof value === 'string' && value.length > 80
    ? `${value.slice(0, 77)}…`
    : value && typeof value === 'object'
      ? Array.isArray(value)
        ? `[${value.length} items]`
        : '{…}'
      : value

/**
 * Where `ours` and `baseline` differ: object keys in any order, arrays in order. Stops after
 * `limit` differences; values are shortened for the report.
 */
export function differences(
  ours: unknown,
  baseline: unknown,
  limit = 12,
  path = '',
  found: Difference[] = [],
): Difference[] {
  if (found.length >= limit) return found
  const bothObjects = ours && baseline && typeof ours === 'object' && typeof baseline === 'object'
  if (!bothObjects || Array.isArray(ours) !== Array.isArray(baseline)) {
    if (ours !== baseline)
      found.push({ path: path || '(root)', ours: describe(ours), baseline: describe(baseline) })
    return found
  }
  if (Array.isArray(ours) && Array.isArray(baseline)) {
    if (ours.length !== baseline.length)
      found.push({ path: `${path}.length`, ours: ours.length, baseline: baseline.length })
    for (let index = 0; index < Math.min(ours.length, baseline.length); index += 1)
      differences(
        ours[index],
        baseline[index],
        limit,
        path ? `${path}.${index}` : String(index),
        found,
      )
    return found
  }
  const left = ours as Record<string, unknown>
  const right = baseline as Record<string, unknown>
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const next = path ? `${path}.${key}` : key
    if (!(key in right))
      found.push({ path: next, ours: describe(left[key]), baseline: '(missing)' })
    else if (!(key in left))
      found.push({ path: next, ours: '(missing)', baseline: describe(right[key]) })
    else differences(left[key], right[key], limit, next, found)
    if (found.length >= limit) break
  }
  return found
}

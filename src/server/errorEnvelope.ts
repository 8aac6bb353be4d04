/**
 * The one error shape of the REST API: `{ errors: [{ message, code, field?, rule?, data? }] }`
 * with the HTTP status. `code` says what kind of refusal it is (a closed list, below, in the
 * OpenAPI document and the README); `rule` names the project's rule that refused, `field` the
 * input at fault. The older keys stay: `data` (with `rule`, `field`, `problems` or Payload's
 * `errors` list of fields), which the admin UI and existing clients read.
 */

export const ERROR_CODES = [
  'invalid-request',
  'validation-failed',
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'not-acceptable',
  'conflict',
  'body-too-large',
  'unsupported-media-type',
  'rule-violation',
  'locked',
  'rate-limited',
  'internal-error',
  'unavailable',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  422: 'rule-violation',
  423: 'locked',
  429: 'rate-limited',
  503: 'unavailable',
}

export interface ErrorEntry {
  message: string
  code: ErrorCode
  field?: string
  rule?: string
  [key: string]: unknown
}

/** The code for an HTTP status (and, for a 400, whether Payload's field validation refused it). */
export function errorCodeFor(status: number, name?: unknown): ErrorCode {
  if (status === 400 && name === 'ValidationError') return 'validation-failed'
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal-error' : 'invalid-request')
}

type ErrorData = { rule?: unknown; field?: unknown; errors?: unknown } | unknown[] | undefined

/** The field at fault: the rule's own, or the one field Payload's validation named. */
function fieldOf(data: ErrorData): string | undefined {
  if (!data || Array.isArray(data)) return undefined
  if (typeof data.field === 'string') return data.field
  const fields = Array.isArray(data.errors)
    ? (data.errors as Array<{ path?: unknown }>).filter((entry) => typeof entry?.path === 'string')
    : []
  return fields.length === 1 ? (fields[0].path as string) : undefined
}

/** One entry in the envelope's shape, whatever produced it; keys it already has are kept. */
export function errorEntry(status: number, entry: Record<string, unknown>): ErrorEntry {
  const data = entry.data as ErrorData
  const rule =
    typeof entry.rule === 'string'
      ? entry.rule
      : data && !Array.isArray(data) && typeof data.rule === 'string'
        ? data.rule
        : undefined
  const field = typeof entry.field === 'string' ? entry.field : fieldOf(data)
  return {
    ...entry,
    message:
      typeof entry.message === 'string' && entry.message !== ''
        ? entry.message
        : 'The request failed.',
    code: (ERROR_CODES as readonly unknown[]).includes(entry.code)
      ? (entry.code as ErrorCode)
      : errorCodeFor(status, entry.name),
    ...(field ? { field } : {}),
    ...(rule ? { rule } : {}),
  }
}

/** The body of an error answer we make ourselves. */
export function errorBody(
  status: number,
  message: string,
  details: { rule?: string; field?: string } = {},
): { errors: ErrorEntry[] } {
  const data =
    details.rule || details.field
      ? {
          data: {
            ...(details.rule ? { rule: details.rule } : {}),
            ...(details.field ? { field: details.field } : {}),
          },
        }
      : {}
  return { errors: [errorEntry(status, { message, ...data })] }
}

/**
 * Any error body (Payload's `{ message }`, `{ errors: [...] }` with or without `data`) in the
 * envelope's shape; undefined when it is not an error body at all.
 */
export function inEnvelope(status: number, body: unknown): { errors: ErrorEntry[] } | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined
  const { errors, message } = body as { errors?: unknown; message?: unknown }
  if (Array.isArray(errors)) {
    const entries = errors.map((entry) =>
      errorEntry(
        status,
        entry && typeof entry === 'object'
          ? (entry as Record<string, unknown>)
          : { message: String(entry) },
      ),
    )
    return { ...(body as object), errors: entries }
  }
  if (typeof message === 'string') return { errors: [errorEntry(status, { message })] }
  return undefined
}

import { formatAdminURL } from 'payload/shared'

export type WorkflowAction =
  'assign' | 'claim' | 'review' | 'submit-for-review' | 'withdraw-submission'

export type WorkflowCallResult = { ok: true } | { ok: false; problems: string[] }

interface ErrorBody {
  errors?: Array<{ message?: string; data?: { problems?: Array<{ message?: string }> } }>
}

/** Every reason the server gave for a refusal: the rule problems when there are any, otherwise the messages. */
export function refusalMessages(status: number, body: unknown): string[] {
  const errors = (body as ErrorBody | null)?.errors ?? []
  const problems = errors
    .flatMap((error) => error.data?.problems ?? [])
    .map((problem) => problem.message ?? '')
  const messages = problems.length > 0 ? problems : errors.map((error) => error.message ?? '')
  const useful = messages.filter(Boolean)
  return useful.length > 0 ? useful : [`The server refused the request (HTTP ${status}).`]
}

/** Calls a workflow endpoint as the logged-in user (session cookie), as any other client would. */
export async function callWorkflow(
  apiRoute: string,
  collection: string,
  id: number | string,
  action: WorkflowAction,
  body: Record<string, unknown>,
): Promise<WorkflowCallResult> {
  const result = await postWorkflow(
    apiRoute,
    `/${collection}/${encodeURIComponent(String(id))}/${action}`,
    body,
  )
  return result.ok ? { ok: true } : result
}

export type ReadResult<T> = { ok: true; body: T } | { ok: false; problems: string[] }

/** One JSON call to the API as the logged-in user: the answer, or every reason it was refused. */
async function requestWorkflow<T>(
  apiRoute: string,
  path: string,
  init: RequestInit,
): Promise<ReadResult<T>> {
  const url = formatAdminURL({ apiRoute, path: path as `/${string}`, relative: true })
  try {
    const response = await fetch(url, { ...init, credentials: 'include' })
    const parsed: unknown = await response.json().catch(() => null)
    return response.ok
      ? { ok: true, body: parsed as T }
      : { ok: false, problems: refusalMessages(response.status, parsed) }
  } catch {
    return {
      ok: false,
      problems: ['Could not reach the server; check the connection and try again.'],
    }
  }
}

/** Reads one of the workflow's JSON answers (`/api/...`) as the logged-in user. */
export const readWorkflow = <T>(apiRoute: string, path: string): Promise<ReadResult<T>> =>
  requestWorkflow<T>(apiRoute, path, { headers: { accept: 'application/json' } })

/** Posts to one of the release or workflow endpoints (`/api/...`) as the logged-in user. */
export const postWorkflow = <T>(
  apiRoute: string,
  path: string,
  body: Record<string, unknown> = {},
): Promise<ReadResult<T>> =>
  requestWorkflow<T>(apiRoute, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

import type { RequestContext } from 'payload'

/**
 * Marks a write made by the workflow itself (submit, decide, overdue job, review records).
 * A symbol cannot arrive over HTTP, and code outside this module cannot name it, so no API
 * call can pass itself off as the workflow.
 */
const WORKFLOW_WRITE = Symbol('workflow-write')

export function workflowContext(context: RequestContext = {}): RequestContext {
  return { ...context, [WORKFLOW_WRITE]: true } as RequestContext
}

export function isWorkflowWrite(context: RequestContext | undefined): boolean {
  return Boolean(context && (context as Record<symbol, unknown>)[WORKFLOW_WRITE])
}

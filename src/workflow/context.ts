import type { RequestContext } from 'payload'

import { contextEntry, withContextEntry } from '../lib/requestContext'

/**
 * Marks a write made by the workflow itself (submit, decide, overdue job, review records).
 * A symbol cannot arrive over HTTP, and code outside this module cannot name it, so no API
 * call can pass itself off as the workflow.
 */
const WORKFLOW_WRITE = Symbol('workflow-write')

export function workflowContext(context: RequestContext = {}): RequestContext {
  return withContextEntry(context, WORKFLOW_WRITE, true)
}

export function isWorkflowWrite(context: RequestContext | undefined): boolean {
  return contextEntry<boolean>(context, WORKFLOW_WRITE) === true
}

/** The release a write belongs to, when it is one of a release's publications or withdrawals. */
export interface ReleaseRun {
  id: string
  name: string
  /** Who published it (or scheduled it, for a scheduled run). */
  by?: string
}

const RELEASE_RUN = Symbol('release-run')

export function releaseContext(context: RequestContext, run: ReleaseRun): RequestContext {
  return withContextEntry(context, RELEASE_RUN, run)
}

export function releaseOf(context: RequestContext | undefined): ReleaseRun | undefined {
  return contextEntry<ReleaseRun>(context, RELEASE_RUN)
}

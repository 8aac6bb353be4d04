import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { RuleViolation } from '../../errors'
import { isWorkflowWrite } from '../../workflow/context'

/** Where a release stands: moved only by publishing, scheduling and running it (src/workflow/releases.ts). */
const RELEASE_STATE = [
  'status',
  'publishAt',
  'scheduledBy',
  'scheduledJob',
  'publishedAt',
  'publishedBy',
  'lastRunProblems',
] as const

const locked = (status: unknown): RuleViolation | undefined => {
  if (status === 'published')
    return new RuleViolation(
      409,
      'This release has been published; it stays as the record of what went live together.',
      { rule: 'release-published', field: 'status' },
    )
  if (status === 'scheduled')
    return new RuleViolation(
      409,
      'This release is scheduled; unschedule it before changing it, so that what runs is what was checked.',
      { rule: 'release-scheduled', field: 'status' },
    )
  return undefined
}

/**
 * A save from anywhere but the release workflow keeps the release's state as stored, and a
 * scheduled or published release does not change at all.
 */
export const keepReleaseState: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (isWorkflowWrite(context)) return data
  const refusal = operation === 'update' ? locked(originalDoc?.status) : undefined
  if (refusal) throw refusal
  const initial: Record<string, unknown> = { status: 'draft', lastRunProblems: [] }
  for (const field of RELEASE_STATE)
    data[field] =
      (operation === 'update' ? originalDoc?.[field] : undefined) ?? initial[field] ?? null
  return data
}

/** A scheduled release is unscheduled first; a published one stays as the record of what went live together. */
export const refuseDeletingScheduledOrPublished: CollectionBeforeDeleteHook = async ({
  id,
  req,
}) => {
  const release = await req.payload.findByID({
    collection: 'releases',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const refusal = locked(release?.status)
  if (refusal) throw refusal
}

import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { nestedReq } from '../../../lib/requests'
import type { User } from '../../../payload-types'
import { workflowContext } from '../../../workflow/context'
import { ADMIN_ONLY_USER_FIELDS, sameValue } from './guardAdminOnlyFields'

/** What the audit trail follows: who someone may be, what vouches for them, how the public sees them, and how they log in. */
export const AUDITED_USER_FIELDS = [...ADMIN_ONLY_USER_FIELDS, 'email'] as const

type Facts = Record<string, unknown>

async function record(
  req: PayloadRequest,
  action: 'create' | 'delete' | 'update',
  user: Facts,
  field: string,
  from: unknown,
  to: unknown,
): Promise<void> {
  const actor = req.user as User | null | undefined
  await req.payload.create({
    collection: 'account-audit',
    data: {
      action,
      userId: String(user.id),
      userName: typeof user.name === 'string' ? user.name : '',
      field,
      from: from === undefined || from === null ? null : JSON.stringify(from),
      to: to === undefined || to === null ? null : JSON.stringify(to),
      actor: actor?.id,
      actorName: actor?.name ?? 'system',
    },
    overrideAccess: true,
    depth: 0,
    req: nestedReq(req),
    context: workflowContext(),
  })
}

/** One audit row per changed field (creation counts as a change from nothing), in the write's own transaction. */
export const recordAccountChanges: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  // `doc` is what the caller may read; the trail needs every field as stored.
  const after = ((await req.payload.findByID({
    collection: 'users',
    id: doc.id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })) ?? doc) as unknown as Facts
  const before = (operation === 'update' ? previousDoc : {}) as unknown as Facts
  for (const field of AUDITED_USER_FIELDS) {
    if (!sameValue(after[field], before?.[field]))
      await record(req, operation, after, field, before?.[field], after[field])
  }
  return doc
}

/** A deleted account keeps its last roles and credentials in the trail. */
export const recordAccountDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = (await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    showHiddenFields: true,
    req,
  })) as Facts | null
  if (!user) return
  for (const field of AUDITED_USER_FIELDS)
    if (!sameValue(user[field], undefined))
      await record(req, 'delete', user, field, user[field], null)
}

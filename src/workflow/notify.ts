import type { Payload, PayloadRequest, Where } from 'payload'

import { afterCommit } from '../db/afterCommit'
import type { User } from '../payload-types'
import { skipsNotifications } from '../lib/sideEffects'

export interface Message {
  to: string[]
  subject: string
  text: string
}

/**
 * Sends one message per recipient (nobody sees the others' addresses). A failed send is
 * logged, not thrown: the workflow step it reports on has already been committed.
 */
export async function sendToEach(payload: Payload, message: Message): Promise<void> {
  const results = await Promise.allSettled(
    [...new Set(message.to)].map((to) =>
      payload.sendEmail({ to, subject: message.subject, text: message.text }),
    ),
  )
  for (const result of results) {
    if (result.status === 'rejected')
      payload.logger.error({ err: result.reason }, `could not send "${message.subject}"`)
  }
}

/**
 * Sends `message` once the request's transaction has committed (never after a rollback), unless
 * the request switched notifications off. For steps taken inside a write's hooks, such as a
 * publication.
 */
export async function sendAfterCommit(
  req: PayloadRequest,
  message: () => Promise<Message | undefined>,
): Promise<void> {
  if (skipsNotifications(req.context)) return
  await afterCommit(req, () => {
    void message()
      .then((built) => (built && built.to.length > 0 ? sendToEach(req.payload, built) : undefined))
      .catch((error: unknown) =>
        req.payload.logger.error({ err: error }, 'could not prepare a workflow email'),
      )
  })
}

async function emailsWhere(payload: Payload, where: Where): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.map((user) => (user as User).email)
}

export const medicalReviewerEmails = (payload: Payload): Promise<string[]> =>
  emailsWhere(payload, { roles: { contains: 'medical-reviewer' } })

/**
 * The pool for a document: medical reviewers who could decide it now (a license that has not
 * expired, and none of its writers). Reviewers who could not decide are not asked.
 */
export function qualifiedReviewerEmails(
  payload: Payload,
  contributorIds: readonly string[],
  now: Date,
): Promise<string[]> {
  const and: Where[] = [
    { roles: { contains: 'medical-reviewer' } },
    { licenseExpiresAt: { greater_than: now.toISOString() } },
  ]
  if (contributorIds.length > 0) and.push({ id: { not_in: [...contributorIds] } })
  return emailsWhere(payload, { and })
}

/** The addresses of `ids`, leaving out `except` (the person who acted: nobody is told of their own step). */
export async function emailsOf(
  payload: Payload,
  ids: ReadonlyArray<string | undefined>,
  except?: string,
): Promise<string[]> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id) && id !== except))]
  if (wanted.length === 0) return []
  return emailsWhere(payload, { id: { in: wanted } })
}

export const adminLink = (payload: Payload, collection: string, id: number | string): string =>
  `${payload.config.serverURL}/admin/collections/${collection}/${id}`

/** "27 Nov 2026, 15:00 UTC": one reading of a deadline for every recipient. */
export const deadlineText = (iso: string): string =>
  `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`

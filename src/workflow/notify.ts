import type { Payload } from 'payload'

import type { User } from '../payload-types'

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
    [...new Set(message.to)].map((to) => payload.sendEmail({ to, subject: message.subject, text: message.text })),
  )
  for (const result of results) {
    if (result.status === 'rejected') payload.logger.error({ err: result.reason }, `could not send "${message.subject}"`)
  }
}

export async function medicalReviewerEmails(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'medical-reviewer' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.map((user) => (user as User).email)
}

export async function emailsOf(payload: Payload, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.map((user) => (user as User).email)
}

export const adminLink = (payload: Payload, collection: string, id: number | string): string =>
  `${payload.config.serverURL}/admin/collections/${collection}/${id}`

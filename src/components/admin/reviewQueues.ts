import type { Payload, PayloadRequest, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole, type Role } from '../../access/roles'
import { DEFAULT_LOCALE, LOCALES } from '../../locales'
import { MEDICAL_COLLECTIONS, type MedicalCollection } from '../../workflow/reviewedFields'

type AdminUser = PayloadRequest['user']

/** A list of medical documents someone should act on, by role. */
export interface ReviewQueue {
  key:
    | 'waiting-for-my-review'
    | 'assigned-to-me'
    | 'unassigned'
    | 'overdue-reviews'
    | 'my-submissions'
    | 'changes-requested'
    | 'ready-to-publish'
    | 'review-overdue'
    | 'missing-translation'
  title: string
  description: string
  roles: Role[]
  /** In the or/and shape the list view's filter controls can show and edit. */
  where: (userId: number | string, now: Date) => Where
  /** The list's order: reviews by due date, so the overdue come first. */
  sort?: string
}

const inReview: Where = { reviewStatus: { equals: 'in-review' } }

/** A list filter in the filter controls' own shape: a document matches when all conditions of any one group hold. */
const listFilter = (...groups: Where[][]): Where => ({ or: groups.map((and) => ({ and })) })

export const REVIEW_QUEUES: readonly ReviewQueue[] = [
  {
    key: 'waiting-for-my-review',
    title: 'Waiting for my review',
    description: 'Submitted for medical review.',
    roles: ['medical-reviewer'],
    where: () => listFilter([{ reviewStatus: { equals: 'in-review' } }]),
  },
  {
    key: 'assigned-to-me',
    title: 'Assigned to me',
    description: 'Submissions naming you as their reviewer.',
    roles: ['medical-reviewer'],
    where: (userId) => listFilter([inReview, { assignedReviewer: { equals: userId } }]),
    sort: 'reviewDueAt',
  },
  {
    key: 'unassigned',
    title: 'Unassigned',
    description: 'In review with nobody named: any qualified reviewer may take one.',
    roles: ['medical-reviewer', 'editor', 'admin'],
    where: () => listFilter([inReview, { assignedReviewer: { exists: false } }]),
    sort: 'reviewDueAt',
  },
  {
    key: 'overdue-reviews',
    title: 'Overdue reviews',
    description: 'In review past their due date.',
    roles: ['medical-reviewer', 'editor', 'admin'],
    where: (_userId, now) =>
      listFilter([inReview, { reviewDueAt: { less_than: now.toISOString() } }]),
    sort: 'reviewDueAt',
  },
  {
    key: 'my-submissions',
    title: 'My submissions',
    description: 'What you submitted that is still in review.',
    roles: ['author', 'editor', 'admin'],
    where: (userId) => listFilter([inReview, { submittedBy: { equals: userId } }]),
    sort: 'reviewDueAt',
  },
  {
    key: 'changes-requested',
    title: 'Changes requested on my drafts',
    description: 'A reviewer asked for changes to something you wrote.',
    roles: ['author', 'editor', 'admin'],
    where: (userId) =>
      listFilter([
        { reviewStatus: { equals: 'changes-requested' } },
        { authors: { in: [userId] } },
      ]),
  },
  {
    key: 'ready-to-publish',
    title: 'Approved, ready to publish',
    description: 'Signed off, not yet published.',
    roles: ['editor', 'admin'],
    where: () =>
      listFilter([{ reviewStatus: { equals: 'approved' } }, { _status: { equals: 'draft' } }]),
  },
  {
    key: 'review-overdue',
    title: 'Re-review overdue',
    description: 'Past the re-review date set at approval.',
    roles: ['editor', 'admin'],
    where: (_userId, now) =>
      listFilter(
        [{ reviewStatus: { equals: 'review-overdue' } }],
        [{ nextReviewDue: { less_than: now.toISOString() } }],
      ),
  },
  {
    key: 'missing-translation',
    title: 'Missing translation',
    description: 'Reviewed text the default locale has and another locale lacks.',
    roles: ['author', 'editor', 'admin'],
    where: () =>
      listFilter([
        { missingTranslations: { in: LOCALES.filter((locale) => locale !== DEFAULT_LOCALE) } },
      ]),
  },
]

export const queuesFor = (user: AdminUser): ReviewQueue[] =>
  REVIEW_QUEUES.filter((queue) => hasRole(user, ...queue.roles))

/** `where[or][0][and][0][reviewStatus][equals]=in-review`: a Where as the list view reads it from its address. */
export function whereSearchParams(where: Where): string {
  const params = new URLSearchParams()
  const add = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => add(item, `${key}[${index}]`))
    else if (value !== null && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) add(inner, `${key}[${name}]`)
    else params.append(key, String(value))
  }
  add(where, 'where')
  return params.toString()
}

export const listURL = (
  payload: Payload,
  collection: MedicalCollection,
  where?: Where,
  sort?: string,
): string => {
  const path = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `/collections/${collection}`,
    relative: true,
  })
  if (!where) return path
  return `${path}?${whereSearchParams(where)}${sort ? `&sort=${encodeURIComponent(sort)}` : ''}`
}

export interface QueueEntry {
  collection: MedicalCollection
  label: string
  count: number
  href: string
}

/** The queue's size in each medical collection, counted on the latest drafts, as the user may read them. */
export async function queueEntries(
  payload: Payload,
  user: AdminUser,
  queue: ReviewQueue,
  now: Date,
  collections: readonly MedicalCollection[] = MEDICAL_COLLECTIONS,
): Promise<QueueEntry[]> {
  if (!user) return []
  const where = queue.where(user.id, now)
  return Promise.all(
    collections.map(async (collection) => {
      const { totalDocs } = await payload.find({
        collection,
        where,
        draft: true,
        depth: 0,
        limit: 1,
        overrideAccess: false,
        user,
      })
      const plural = payload.collections[collection].config.labels.plural
      return {
        collection,
        label: typeof plural === 'string' ? plural : collection,
        count: totalDocs,
        href: listURL(payload, collection, where, queue.sort),
      }
    }),
  )
}

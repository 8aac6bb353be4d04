import type { PayloadRequest, Where } from 'payload'

import { hasRole, type Role } from '../access/roles'
import type { Release } from '../payload-types'
import { adminLink } from './notify'
import { MEDICAL_COLLECTIONS, type MedicalCollection } from './reviewedFields'
import { contributorIdsOf, titleOf, type Doc } from './store'
import { nestedReq } from '../lib/requests'
import { idOf } from '../lib/ids'

export interface InboxItem {
  collection: MedicalCollection | 'releases'
  id: string
  title: string
  /** Why it is here, in a few words. */
  reason: string
  dueAt: null | string
  overdue: boolean
  href: string
}

export interface InboxSection {
  key:
    | 'assigned-to-me'
    | 'unassigned'
    | 'overdue-reviews'
    | 'changes-requested'
    | 'my-submissions'
    | 'ready-to-publish'
    | 'releases'
  title: string
  items: InboxItem[]
}

export interface Inbox {
  total: number
  sections: InboxSection[]
}

const SHOWN = 50

const all = (...conditions: Where[]): Where => ({ and: conditions })

interface Section {
  key: InboxSection['key']
  title: string
  roles: Role[]
  where: (userId: string, now: Date) => Where
  reason: (doc: Doc) => string
  /** Leaves out what this user could not act on anyway. */
  keep?: (doc: Doc, userId: string) => boolean
}

/** What awaits someone, by role; each a query on the latest drafts, as the user may read them. */
const SECTIONS: readonly Section[] = [
  {
    key: 'assigned-to-me',
    title: 'Reviews assigned to you',
    roles: ['medical-reviewer'],
    where: (userId) =>
      all({ reviewStatus: { equals: 'in-review' } }, { assignedReviewer: { equals: userId } }),
    reason: () => 'Assigned to you for medical review',
  },
  {
    key: 'unassigned',
    title: 'Unassigned reviews you can take',
    roles: ['medical-reviewer'],
    where: () =>
      all({ reviewStatus: { equals: 'in-review' } }, { assignedReviewer: { exists: false } }),
    reason: () => 'In the pool: any qualified reviewer may take it',
    keep: (doc, userId) => !contributorIdsOf(doc).includes(userId),
  },
  {
    key: 'overdue-reviews',
    title: 'Overdue reviews',
    roles: ['editor', 'admin'],
    where: (_userId, now) =>
      all(
        { reviewStatus: { equals: 'in-review' } },
        { reviewDueAt: { less_than: now.toISOString() } },
      ),
    reason: (doc) =>
      idOf(doc.assignedReviewer)
        ? 'Past its due date; consider reassigning'
        : 'Past its due date and nobody has taken it',
  },
  {
    key: 'changes-requested',
    title: 'Changes requested on your documents',
    roles: ['author', 'editor', 'admin'],
    where: (userId) =>
      all(
        { reviewStatus: { equals: 'changes-requested' } },
        { or: [{ authors: { in: [userId] } }, { contributors: { in: [userId] } }] },
      ),
    reason: () => 'A reviewer asked for changes',
  },
  {
    key: 'my-submissions',
    title: 'Your submissions in review',
    roles: ['author', 'editor', 'admin'],
    where: (userId) =>
      all({ reviewStatus: { equals: 'in-review' } }, { submittedBy: { equals: userId } }),
    reason: (doc) =>
      idOf(doc.assignedReviewer) ? 'With its reviewer' : 'Waiting for a reviewer to take it',
  },
  {
    key: 'ready-to-publish',
    title: 'Approved, waiting to be published',
    roles: ['editor', 'admin'],
    where: () => all({ reviewStatus: { equals: 'approved' } }, { _status: { equals: 'draft' } }),
    reason: () => 'Signed off; another editor than its approver can publish it',
  },
]

async function sectionItems(
  req: PayloadRequest,
  section: Section,
  userId: string,
  now: Date,
): Promise<InboxItem[]> {
  const items: InboxItem[] = []
  for (const collection of MEDICAL_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      where: section.where(userId, now),
      draft: true,
      depth: 0,
      limit: SHOWN,
      sort: 'reviewDueAt',
      locale: 'all',
      overrideAccess: false,
      user: req.user,
      req: nestedReq(req),
    })
    for (const doc of docs as unknown as Doc[]) {
      if (section.keep && !section.keep(doc, userId)) continue
      const dueAt =
        typeof doc.reviewDueAt === 'string' && doc.reviewStatus === 'in-review'
          ? doc.reviewDueAt
          : null
      items.push({
        collection,
        id: String(doc.id),
        title: titleOf(doc),
        reason: section.reason(doc),
        dueAt,
        overdue: dueAt !== null && new Date(dueAt).getTime() < now.getTime(),
        href: adminLink(req.payload, collection, doc.id),
      })
    }
  }
  // Overdue first, then the soonest due, then the rest.
  return items.sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999')).slice(0, SHOWN)
}

async function releaseItems(req: PayloadRequest): Promise<InboxItem[]> {
  const { docs } = await req.payload.find({
    collection: 'releases',
    where: { status: { in: ['scheduled', 'failed'] } },
    sort: 'publishAt',
    limit: SHOWN,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req: nestedReq(req),
  })
  return (docs as Release[]).map((release) => ({
    collection: 'releases',
    id: String(release.id),
    title: release.name,
    reason:
      release.status === 'failed'
        ? 'Its scheduled run was refused; see why on the release'
        : 'Scheduled',
    dueAt: release.publishAt ?? null,
    overdue: release.status === 'failed',
    href: adminLink(req.payload, 'releases', release.id),
  }))
}

/**
 * `GET /api/inbox` and `myInbox`: what awaits the signed-in user, by role: reviews assigned
 * to them or waiting in the pool, overdue reviews, changes requested on their documents, their
 * submissions, approved documents waiting to be published, and releases scheduled or failed.
 */
export async function inboxFor(req: PayloadRequest, now = new Date()): Promise<Inbox> {
  const user = req.user
  if (!user) return { total: 0, sections: [] }
  const userId = String(user.id)
  const sections: InboxSection[] = []
  for (const section of SECTIONS.filter((candidate) => hasRole(user, ...candidate.roles))) {
    sections.push({
      key: section.key,
      title: section.title,
      items: await sectionItems(req, section, userId, now),
    })
  }
  if (hasRole(user, 'editor', 'admin'))
    sections.push({
      key: 'releases',
      title: 'Releases scheduled or failed',
      items: await releaseItems(req),
    })
  return { total: sections.reduce((sum, section) => sum + section.items.length, 0), sections }
}

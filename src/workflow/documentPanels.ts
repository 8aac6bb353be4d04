import type { PayloadRequest, Where } from 'payload'

import { mayAssignReviewer, maySubmitForReview } from '../access/permissions'
import { RuleViolation } from '../errors'
import type { ReviewStatus } from '../fields/review'
import type { User } from '../payload-types'
import type { MedicalCollection } from './reviewedFields'
import { claimProblems } from './rules'
import { workflowSettings } from './settings'
import { canTransition, reviewStatusOf } from './states'
import {
  actorOf,
  authorIdsOf,
  contributorIdsOf,
  loadReviewer,
  readableDraft,
  readAllLocales,
  type Doc,
} from './store'
import { translatableFields, translationStatus } from './translations'
import { nestedReq } from '../lib/requests'
import { idOf } from '../lib/ids'

/** The document as the caller may read it (its latest draft), every locale: 404 for anyone who may not. */
async function readable(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
): Promise<Doc> {
  const doc = (await readableDraft(req, collection, id, true))
    ? await readAllLocales(req, collection, id, true)
    : null
  if (!doc)
    throw new RuleViolation(404, `No ${collection} document with id ${id} that you may read.`, {
      rule: 'not-found',
    })
  return doc
}

export interface TranslationView {
  collection: MedicalCollection
  id: string
  defaultLocale: string
  /** The locales the latest approval covers (what publishing the draft would make public). */
  approvedLocales: string[]
  /** The locales public now (those the live version's approval covers); empty when nothing is live. */
  liveLocales: string[]
  fields: Array<{ path: string; label: string }>
  locales: Array<{
    locale: string
    label: string
    filled: string[]
    missing: string[]
    complete: boolean
    approved: boolean
    live: boolean
  }>
}

/**
 * `GET /api/{collection}/{id}/translations` and `translationStatus`: per locale, which reviewed
 * fields the latest draft fills and which it lacks, and which locales are approved and live.
 */
export async function translationView(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
): Promise<TranslationView> {
  const doc = await readable(req, collection, id)
  const { locales, defaultLocale } = workflowSettings(req.payload)
  const fields = req.payload.collections[collection].config.fields
  const published = await readAllLocales(req, collection, id, false)
  const status = reviewStatusOf(doc)
  const approvedLocales =
    status === 'approved' && Array.isArray(doc.approvedLocales)
      ? (doc.approvedLocales as string[])
      : []
  const liveLocales =
    published?._status === 'published'
      ? Array.isArray(published.approvedLocales) && published.approvedLocales.length > 0
        ? (published.approvedLocales as string[])
        : [defaultLocale]
      : []
  const labels = new Map(
    (req.payload.config.localization ? req.payload.config.localization.locales : []).map(
      (locale) => [locale.code, typeof locale.label === 'string' ? locale.label : locale.code],
    ),
  )
  return {
    collection,
    id: String(id),
    defaultLocale,
    approvedLocales,
    liveLocales,
    fields: translatableFields(collection, fields).map(({ path, label }) => ({ path, label })),
    locales: translationStatus(collection, fields, doc, locales, defaultLocale).map((entry) => ({
      ...entry,
      label: labels.get(entry.locale) ?? entry.locale,
      approved: approvedLocales.includes(entry.locale),
      live: liveLocales.includes(entry.locale),
    })),
  }
}

export interface PersonRef {
  id: string
  name: string
  credentials: string
}

export interface AssignmentView {
  collection: MedicalCollection
  id: string
  status: ReviewStatus
  assignee: null | PersonRef
  dueAt: null | string
  overdue: boolean
  submittedBy: null | PersonRef
  submittedAt: null | string
  /** Reviewers who could decide this document now: the ones it may be assigned to. */
  candidates: PersonRef[]
  /** What the caller may do here (the server decides again on each call). */
  offers: { claim: boolean; assign: boolean; nameReviewer: boolean }
}

const person = (user: Pick<User, 'credentials' | 'id' | 'name'>): PersonRef => ({
  id: String(user.id),
  name: user.name,
  credentials: (user.credentials ?? []).join(', '),
})

async function people(req: PayloadRequest, where: Where): Promise<PersonRef[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, credentials: true },
    req: nestedReq(req),
  })
  return (docs as User[]).map(person)
}

/**
 * `GET /api/{collection}/{id}/assignment` and `reviewAssignment`: who reviews the current
 * submission and by when, who it could go to, and whether the caller may claim or reassign it.
 */
export async function assignmentView(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  now = new Date(),
): Promise<AssignmentView> {
  const doc = await readable(req, collection, id)
  const status = reviewStatusOf(doc)
  const contributors = contributorIdsOf(doc)
  const qualified: Where[] = [
    { roles: { contains: 'medical-reviewer' } },
    { licenseExpiresAt: { greater_than: now.toISOString() } },
  ]
  if (contributors.length > 0) qualified.push({ id: { not_in: contributors } })
  const [candidates, [assignee], [submittedBy]] = await Promise.all([
    people(req, { and: qualified }),
    idOf(doc.assignedReviewer)
      ? people(req, { id: { equals: idOf(doc.assignedReviewer) } })
      : Promise.resolve([]),
    idOf(doc.submittedBy)
      ? people(req, { id: { equals: idOf(doc.submittedBy) } })
      : Promise.resolve([]),
  ])
  const actor = actorOf(req)
  const reviewer = await loadReviewer(req, actor.id)
  const dueAt = typeof doc.reviewDueAt === 'string' ? doc.reviewDueAt : null
  const inReview = status === 'in-review'
  return {
    collection,
    id: String(id),
    status,
    assignee: inReview ? (assignee ?? null) : null,
    dueAt: inReview ? dueAt : null,
    overdue: inReview && dueAt !== null && new Date(dueAt).getTime() < now.getTime(),
    submittedBy: submittedBy ?? null,
    submittedAt: typeof doc.submittedAt === 'string' ? doc.submittedAt : null,
    candidates,
    offers: {
      claim:
        reviewer !== null &&
        claimProblems({
          reviewer,
          contributorIds: contributors,
          status,
          assigneeId: idOf(doc.assignedReviewer),
          now,
        }).length === 0,
      assign: mayAssignReviewer(actor) && inReview,
      nameReviewer: maySubmitForReview(actor, authorIdsOf(doc)) && canTransition(status, 'submit'),
    },
  }
}

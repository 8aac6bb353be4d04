import type { PayloadRequest, ServerFunction } from 'payload'

import {
  holdsReviewerRole,
  maySubmitForReview,
  mayWithdrawSubmission,
} from '../../access/permissions'
import { idOf } from '../../lib/ids'
import type { ReviewRecord } from '../../payload-types'
import { contentHash } from '../../workflow/contentHash'
import { evaluatePublication } from '../../workflow/publication'
import { isMedicalCollection, type MedicalCollection } from '../../workflow/reviewedFields'
import { reviewerQualificationProblems, wroteDocumentProblems } from '../../workflow/rules'
import { canTransition, reviewStatusOf } from '../../workflow/states'
import {
  actorOf,
  authorIdsOf,
  contributorIdsOf,
  latestRecord,
  latestVersionId,
  loadReviewer,
  readableDraft,
  readAllLocales,
} from '../../workflow/store'
import { personLine } from './format'
import type {
  BylineLine,
  ClaimFlagSummary,
  DecisionSummary,
  PersonLine,
  ReviewState,
  ReviewStateArgs,
  ReviewStateResult,
} from './reviewState'

const personOfRecord = (record: ReviewRecord): PersonLine => ({
  name: record.actorName ?? 'Unknown',
  credentials: record.actorCredentials ?? '',
})

function decisionSummary(record: ReviewRecord | undefined): DecisionSummary | null {
  if (!record?.decision) return null
  return {
    decision: record.decision,
    reviewer: personOfRecord(record),
    decidedAt: record.createdAt,
    comment: record.comment || null,
    versionId: record.versionId || null,
  }
}

/** The byline a version carries: its approving reviewer's public name and credentials, and the review date. */
async function bylineOf(
  req: PayloadRequest,
  version: Record<string, unknown>,
): Promise<BylineLine | null> {
  const reviewerId = idOf(version.medicalReviewer)
  const reviewer = reviewerId ? await bylinePerson(req, reviewerId) : null
  return reviewer && typeof version.lastReviewedAt === 'string'
    ? { reviewer, reviewedAt: version.lastReviewedAt }
    : null
}

/** The reviewer's public name and credentials: exactly what the site's byline shows, nothing private. */
async function bylinePerson(req: PayloadRequest, userId: string): Promise<PersonLine | null> {
  const user = await req.payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, credentials: true },
    req,
  })
  return user ? { name: user.name, credentials: (user.credentials ?? []).join(', ') } : null
}

function claimFlagsOf(value: unknown): ClaimFlagSummary[] {
  if (!Array.isArray(value)) return []
  return value.map((flag: Record<string, unknown>) => ({
    phrase: String(flag.phrase ?? ''),
    field: String(flag.field ?? ''),
    locale: String(flag.locale ?? ''),
    excerpt: String(flag.excerpt ?? ''),
  }))
}

async function loadReviewState(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  renderedUpdatedAt: string | undefined,
): Promise<ReviewStateResult> {
  // Read as the user first: the panel shows nothing this user could not read anyway.
  const doc = await readableDraft(req, collection, id)
  if (!doc)
    return { ok: false, message: `No ${collection} document with id ${id} that you may read.` }

  const status = reviewStatusOf(doc)
  const [decision, approval, submission, lastStep, latestVersion, content, live] =
    await Promise.all([
      latestRecord(req, collection, doc, ['decision'], 'reader'),
      latestRecord(
        req,
        collection,
        doc,
        { and: [{ action: { equals: 'decision' } }, { decision: { equals: 'approve' } }] },
        'reader',
      ),
      latestRecord(req, collection, doc, ['submit'], 'reader'),
      latestRecord(req, collection, doc, ['submit', 'withdraw', 'decision', 'voided'], 'reader'),
      latestVersionId(req, collection, id, 'reader'),
      readAllLocales(req, collection, id, true),
      readAllLocales(req, collection, id, false),
    ])
  const actor = actorOf(req)
  const stored = content ?? { id }
  const { problems } = await evaluatePublication(req, collection, id, stored, actor, status)
  const reviewer = holdsReviewerRole(actor) ? await loadReviewer(req, actor.id) : null
  const decideProblems = reviewer
    ? [
        ...reviewerQualificationProblems(reviewer, new Date(), 'You'),
        ...wroteDocumentProblems(reviewer, contributorIdsOf(stored)),
      ].map((problem) => problem.message)
    : []

  const baselineVersionId = approval?.versionId ?? decision?.versionId ?? undefined
  const fields = req.payload.collections[collection].config.fields
  const hash = contentHash(collection, fields, stored)
  const isLive = live?._status === 'published'
  const decider = decision ? personLine(personOfRecord(decision)) : undefined

  const state: ReviewState = {
    status,
    lastDecision: decisionSummary(decision),
    lastSubmission: submission
      ? {
          by: submission.actorName ?? 'Unknown',
          submittedAt: submission.createdAt,
          note: submission.note || null,
        }
      : null,
    claimFlags: claimFlagsOf(doc.claimFlags),
    comparison:
      latestVersion && baselineVersionId && baselineVersionId !== latestVersion
        ? {
            latestVersionId: latestVersion,
            baselineVersionId,
            baseline: approval?.versionId ? 'approved' : 'reviewed',
          }
        : null,
    byline: {
      live: isLive && live ? await bylineOf(req, live) : null,
      afterPublish: status === 'approved' ? await bylineOf(req, stored) : null,
    },
    standing: {
      status,
      live: isLive,
      liveIsLatest: isLive && live !== null && contentHash(collection, fields, live) === hash,
      lastDecider: decider,
      overdueSince:
        status === 'review-overdue' && typeof stored.nextReviewDue === 'string'
          ? stored.nextReviewDue
          : undefined,
      voided: lastStep?.action === 'voided',
    },
    publishProblems: problems.map((problem) => problem.message),
    offers: {
      submit: maySubmitForReview(actor, authorIdsOf(stored)) && canTransition(status, 'submit'),
      withdraw:
        mayWithdrawSubmission(actor, authorIdsOf(stored)) && canTransition(status, 'withdraw'),
      decide: reviewer !== null && canTransition(status, 'approve'),
    },
    decideProblems,
    contentHash: hash,
    renderedIsLatest: renderedUpdatedAt === undefined || renderedUpdatedAt === stored.updatedAt,
  }
  return { ok: true, state }
}

/**
 * The `clinic-review-state` server function: the review panel's and the publish control's
 * view of one medical document, computed with the same rules the server enforces.
 */
export const reviewStateFunction: ServerFunction<
  ReviewStateArgs,
  Promise<ReviewStateResult>
> = async ({ collection, id, renderedUpdatedAt, req }) => {
  if (!req.user) return { ok: false, message: 'Log in to see the review state.' }
  if (!isMedicalCollection(collection))
    return { ok: false, message: `${String(collection)} is not a medically reviewed collection.` }
  try {
    return await loadReviewState(
      req,
      collection,
      id,
      typeof renderedUpdatedAt === 'string' ? renderedUpdatedAt : undefined,
    )
  } catch (error) {
    req.payload.logger.error(
      { err: error, collection, id },
      'could not load the review state for the admin panel',
    )
    return { ok: false, message: 'Could not load the review state; reload the page to try again.' }
  }
}

import type { PayloadRequest } from 'payload'

import { lockDocument } from '../db/locks'
import { fieldError, RuleViolation } from '../errors'
import type { ReviewStatus } from '../fields/review'
import { idOf, parseDocumentId } from '../lib/ids'
import { nestedReq, withTransaction } from '../lib/requests'
import { skipsNotifications } from '../lib/sideEffects'
import { workflowContext } from './context'
import { contentHash } from './contentHash'
import {
  adminLink,
  deadlineText,
  emailsOf,
  qualifiedReviewerEmails,
  sendToEach,
  type Message,
} from './notify'
import type { MedicalCollection } from './reviewedFields'
import {
  approvalLocales,
  assignProblems,
  candidateProblems,
  claimProblems,
  decisionProblems,
  statusCode,
  submitProblems,
  withdrawProblems,
  type Problem,
} from './rules'
import { workflowSettings } from './settings'
import { reviewStatusOf, targetStatus } from './states'
import {
  actorOf,
  authorIdsOf,
  contributorIdsOf,
  createRecord,
  latestRecord,
  latestVersionId,
  loadReviewer,
  readAllLocales,
  storedId,
  type Doc,
  type ReviewerOnFile,
  titleOf,
  type RecordInput,
} from './store'
import { translationStatus } from './translations'

export interface WorkflowResult {
  collection: MedicalCollection
  id: string
  reviewStatus: ReviewStatus
  contentHash: string
  recordId: string
  versionId?: string
  /** Who reviews the submission (null: the pool), and by when. */
  assignedReviewer?: null | string
  reviewDueAt?: null | string
  /** Approvals: the locales the approval (and `contentHash`) covers. */
  approvedLocales?: string[]
}

const SHA256_HEX = /^[0-9a-f]{64}$/
const DAY_MS = 24 * 60 * 60 * 1000
/** The latest due date a submission may name. */
const MAX_DUE_DAYS = 90

export function refusal(message: string, problems: Problem[]): RuleViolation {
  const detail = problems.map((problem) => problem.message).join(' ')
  return new RuleViolation(statusCode(problems), `${message} ${detail}`.trim(), {
    rule: problems[0]?.rule ?? 'refused',
    field: problems.find((problem) => problem.field)?.field,
    problems: problems.map(({ rule, message: text, field }) => ({ rule, message: text, field })),
  })
}

function readOptionalText(
  data: Record<string, unknown>,
  collection: string,
  name: string,
  maxLength: number,
): string | undefined {
  const value = data[name]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw fieldError(collection, name, `${name} must be text.`)
  if (value.length > maxLength)
    throw fieldError(collection, name, `${name} must be at most ${maxLength} characters.`)
  return value
}

/** A reviewer named in a body: an id, or null / absent for the pool. */
function readReviewer(
  req: PayloadRequest,
  input: Record<string, unknown>,
  collection: string,
): number | string | null | undefined {
  const value = input.reviewer
  if (value === undefined) return undefined
  if (value === null || value === '') return null
  if (typeof value !== 'string' && typeof value !== 'number')
    throw fieldError(
      collection,
      'reviewer',
      'reviewer must be the id of a medical reviewer, or null for the pool.',
    )
  try {
    return parseDocumentId(req.payload, value)
  } catch {
    throw fieldError(
      collection,
      'reviewer',
      'reviewer must be the id of a medical reviewer, or null for the pool.',
    )
  }
}

/** A due date from a body: an ISO date in the future, at most 90 days ahead. */
function readDueAt(
  input: Record<string, unknown>,
  collection: string,
  now: Date,
): string | undefined {
  const value = input.dueAt
  if (value === undefined || value === null || value === '') return undefined
  const date = typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime()))
    throw fieldError(
      collection,
      'dueAt',
      'dueAt must be an ISO 8601 date and time, e.g. 2026-12-01T17:00:00Z.',
    )
  if (date.getTime() <= now.getTime())
    throw fieldError(collection, 'dueAt', 'dueAt must be in the future.')
  if (date.getTime() > now.getTime() + MAX_DUE_DAYS * DAY_MS)
    throw fieldError(collection, 'dueAt', `dueAt must be within ${MAX_DUE_DAYS} days.`)
  return date.toISOString()
}

/** The locales a reviewer names for an approval: configured codes, each once. */
function readLocales(
  req: PayloadRequest,
  input: Record<string, unknown>,
  collection: string,
): string[] | undefined {
  const value = input.locales
  if (value === undefined || value === null) return undefined
  const { locales } = workflowSettings(req.payload)
  const valid =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((locale) => typeof locale === 'string' && locales.includes(locale)) &&
    new Set(value).size === value.length
  if (!valid)
    throw fieldError(
      collection,
      'locales',
      `locales must list the approved locales, each once, from ${locales.join(', ')}.`,
    )
  return value as string[]
}

async function loadForWorkflow(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
): Promise<Doc> {
  if (!req.user)
    throw new RuleViolation(403, 'Log in to take part in the review workflow.', {
      rule: 'login-required',
    })
  await lockDocument(req, collection, id)
  const doc = await readAllLocales(req, collection, id, true)
  if (!doc)
    throw new RuleViolation(404, `No ${collection} document with id ${id}.`, { rule: 'not-found' })
  return doc
}

/** Moves the latest draft to `status`, as the workflow, and returns the version it created. */
async function setStatus(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  data: Record<string, unknown>,
) {
  await req.payload.update({
    collection,
    id,
    data,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req: nestedReq(req),
    context: workflowContext(req.context),
  })
  return latestVersionId(req, collection, id)
}

/**
 * How every review step ends, inside its transaction: the workflow fields `data` on a new draft
 * version, one review record of the step naming that version (with the hash of `doc` unless the
 * step names the hash it covers), and the step's answer.
 */
async function recordStep(
  req: PayloadRequest,
  collection: MedicalCollection,
  doc: Doc,
  data: Record<string, unknown>,
  record: Omit<RecordInput, 'collection' | 'document' | 'contentHash' | 'versionId'> & {
    contentHash?: string
  },
): Promise<WorkflowResult> {
  const hash =
    record.contentHash ??
    contentHash(collection, req.payload.collections[collection].config.fields, doc)
  const versionId = await setStatus(req, collection, doc.id, data)
  const created = await createRecord(req, {
    ...record,
    collection,
    document: doc,
    contentHash: hash,
    versionId,
  })
  return {
    collection,
    id: String(doc.id),
    reviewStatus: (data.reviewStatus as ReviewStatus | undefined) ?? reviewStatusOf(doc),
    contentHash: hash,
    recordId: String(created.id),
    versionId,
  }
}

async function notify(req: PayloadRequest, message: Message): Promise<void> {
  if (!skipsNotifications(req.context) && message.to.length > 0)
    await sendToEach(req.payload, message)
}

const nameOf = (reviewer: { name?: null | string } | null | undefined): string =>
  reviewer?.name ?? 'a medical reviewer'

async function userName(req: PayloadRequest, id: string | undefined): Promise<string | undefined> {
  if (!id) return undefined
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true },
    req: nestedReq(req),
  })
  return user?.name ?? undefined
}

/** The named reviewer, checked against the document, or nothing for the pool. */
async function namedReviewer(
  req: PayloadRequest,
  named: number | string | null | undefined,
  doc: Doc,
  now: Date,
): Promise<{ reviewer?: ReviewerOnFile; problems: Problem[] }> {
  if (named === null || named === undefined) return { problems: [] }
  const reviewer = (await loadReviewer(req, String(named))) ?? undefined
  return { reviewer, problems: candidateProblems(reviewer ?? null, contributorIdsOf(doc), now) }
}

/**
 * `POST /api/{collection}/{id}/submit-for-review` and the `submitForReview` mutation. The
 * submission names a reviewer who could decide it, or leaves it to the pool; it is due in
 * `REVIEW_DUE_DAYS` unless it names `dueAt`.
 */
export async function submitForReview(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  input: Record<string, unknown>,
): Promise<WorkflowResult> {
  const now = new Date()
  const note = readOptionalText(input, collection, 'note', 2000)
  const named = readReviewer(req, input, collection)
  const dueAt =
    readDueAt(input, collection, now) ??
    new Date(now.getTime() + workflowSettings(req.payload).reviewDueDays * DAY_MS).toISOString()
  const { result, title, reviewer, writers } = await withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const status = reviewStatusOf(doc)
    const candidate = await namedReviewer(req, named, doc, now)
    const problems = [
      ...submitProblems({ actor: actorOf(req), authorIds: authorIdsOf(doc), status }),
      ...candidate.problems,
    ]
    if (problems.length > 0) throw refusal('Cannot submit for review.', problems)
    const assignedReviewer = candidate.reviewer ? storedId(req, candidate.reviewer.id) : null
    const step = await recordStep(
      req,
      collection,
      doc,
      {
        reviewStatus: targetStatus('submit'),
        assignedReviewer,
        reviewDueAt: dueAt,
        submittedBy: req.user?.id ?? null,
        submittedAt: now.toISOString(),
      },
      { action: 'submit', note, assignee: assignedReviewer, dueAt },
    )
    return {
      title: titleOf(doc),
      reviewer: candidate.reviewer,
      writers: contributorIdsOf(doc),
      result: { ...step, assignedReviewer: candidate.reviewer?.id ?? null, reviewDueAt: dueAt },
    }
  })
  const lines = [
    note ? `Note: ${note}` : '',
    `Due: ${deadlineText(dueAt)}`,
    `Open it: ${adminLink(req.payload, collection, id)}`,
  ]
  await notify(req, {
    to: reviewer
      ? await emailsOf(req.payload, [reviewer.id])
      : await qualifiedReviewerEmails(req.payload, writers, now),
    subject: reviewer ? `Review assigned to you: ${title}` : `Review requested: ${title}`,
    text: [
      reviewer
        ? `${req.user?.name ?? 'A colleague'} submitted "${title}" (${collection}) for medical review and named you as its reviewer.`
        : `"${title}" (${collection}) was submitted for medical review by ${req.user?.name ?? 'a colleague'}. Any qualified reviewer may take it.`,
      ...lines,
    ]
      .filter(Boolean)
      .join('\n\n'),
  })
  return result
}

/**
 * `POST /api/{collection}/{id}/withdraw-submission` and the `withdrawSubmission` mutation: the
 * document leaves review (back to draft) so that it can be changed.
 */
export async function withdrawSubmission(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  input: Record<string, unknown>,
): Promise<WorkflowResult> {
  const note = readOptionalText(input, collection, 'note', 2000)
  return withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const status = reviewStatusOf(doc)
    const problems = withdrawProblems({ actor: actorOf(req), authorIds: authorIdsOf(doc), status })
    if (problems.length > 0) throw refusal('Cannot take the submission back.', problems)
    return recordStep(
      req,
      collection,
      doc,
      { reviewStatus: targetStatus('withdraw') },
      { action: 'withdraw', note },
    )
  })
}

/** `POST /api/{collection}/{id}/claim` and `claimReview`: a reviewer takes an unassigned submission from the pool. */
export async function claimReview(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
): Promise<WorkflowResult> {
  return withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const now = new Date()
    const reviewer = (await loadReviewer(req, String(req.user?.id))) ?? actorOf(req)
    const assigneeId = idOf(doc.assignedReviewer)
    const problems = claimProblems({
      reviewer,
      contributorIds: contributorIdsOf(doc),
      status: reviewStatusOf(doc),
      assigneeId,
      assigneeName: await userName(req, assigneeId),
      now,
    })
    if (problems.length > 0) throw refusal('Cannot take this review.', problems)
    const dueAt = typeof doc.reviewDueAt === 'string' ? doc.reviewDueAt : undefined
    const step = await recordStep(
      req,
      collection,
      doc,
      { assignedReviewer: req.user?.id },
      { action: 'claim', assignee: req.user?.id, dueAt },
    )
    return { ...step, assignedReviewer: String(req.user?.id), reviewDueAt: dueAt ?? null }
  })
}

/**
 * `POST /api/{collection}/{id}/assign` and `assignReview`: an editor names the reviewer of a
 * document in review (`reviewer: null` returns it to the pool) and may move its due date.
 */
export async function assignReview(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  input: Record<string, unknown>,
): Promise<WorkflowResult> {
  const now = new Date()
  const named = readReviewer(req, input, collection)
  if (named === undefined)
    throw fieldError(
      collection,
      'reviewer',
      'reviewer is required: the id of a medical reviewer, or null for the pool.',
    )
  const dueAtInput = readDueAt(input, collection, now)
  const note = readOptionalText(input, collection, 'note', 2000)
  const { result, title, previous, next } = await withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const candidate =
      named === null ? undefined : ((await loadReviewer(req, String(named))) ?? null)
    const problems = assignProblems({
      actor: actorOf(req),
      status: reviewStatusOf(doc),
      candidate,
      clearing: named === null,
      contributorIds: contributorIdsOf(doc),
      now,
    })
    if (problems.length > 0) throw refusal('Cannot assign this review.', problems)
    const previousId = idOf(doc.assignedReviewer)
    const assignedReviewer = candidate ? storedId(req, candidate.id) : null
    const dueAt = dueAtInput ?? (typeof doc.reviewDueAt === 'string' ? doc.reviewDueAt : undefined)
    const [fromName, toName] = await Promise.all([
      userName(req, previousId),
      userName(req, candidate?.id),
    ])
    const step = await recordStep(
      req,
      collection,
      doc,
      { assignedReviewer, ...(dueAtInput ? { reviewDueAt: dueAtInput } : {}) },
      {
        action: 'assign',
        assignee: assignedReviewer,
        dueAt,
        note: [`From ${fromName ?? 'the pool'} to ${toName ?? 'the pool'}.`, note]
          .filter(Boolean)
          .join(' '),
      },
    )
    return {
      title: titleOf(doc),
      previous: previousId !== candidate?.id ? previousId : undefined,
      next: candidate?.id,
      result: { ...step, assignedReviewer: candidate?.id ?? null, reviewDueAt: dueAt ?? null },
    }
  })
  const link = `Open it: ${adminLink(req.payload, collection, id)}`
  const due = result.reviewDueAt ? `Due: ${deadlineText(result.reviewDueAt)}` : ''
  if (next) {
    await notify(req, {
      to: await emailsOf(req.payload, [next], String(req.user?.id)),
      subject: `Review assigned to you: ${title}`,
      text: [
        `${req.user?.name ?? 'An editor'} assigned the medical review of "${title}" (${collection}) to you.`,
        due,
        link,
      ]
        .filter(Boolean)
        .join('\n\n'),
    })
  }
  if (previous) {
    await notify(req, {
      to: await emailsOf(req.payload, [previous], String(req.user?.id)),
      subject: `Review reassigned: ${title}`,
      text: [
        `${req.user?.name ?? 'An editor'} took the medical review of "${title}" (${collection}) off your list.`,
        link,
      ].join('\n\n'),
    })
  }
  return result
}

/** The hash of the version the reviewer looked at: required, so that an approval covers exactly what was read. */
function readSeenHash(input: Record<string, unknown>, collection: string): string {
  const value = input.contentHash
  if (typeof value !== 'string' || !SHA256_HEX.test(value)) {
    throw fieldError(
      collection,
      'contentHash',
      'contentHash must be the 64-character sha256 content hash of the version you reviewed (the submission and the review panel give it).',
    )
  }
  return value
}

/**
 * `POST /api/{collection}/{id}/review` and the `reviewDocument` mutation. An approval covers
 * the locales it names (`locales`), or the default locale and every complete translation;
 * its hash covers exactly those.
 */
export async function reviewDocument(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  input: Record<string, unknown>,
  reviewIntervalDays: number,
): Promise<WorkflowResult> {
  const { decision } = input
  if (decision !== 'approve' && decision !== 'request-changes') {
    throw fieldError(collection, 'decision', 'decision must be "approve" or "request-changes".')
  }
  const comment = readOptionalText(input, collection, 'comment', 5000)
  const seenHash = readSeenHash(input, collection)
  const requestedLocales = readLocales(req, input, collection)
  const settings = workflowSettings(req.payload)
  const fields = req.payload.collections[collection].config.fields
  const { result, title, writers, submitter } = await withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const reviewer = (await loadReviewer(req, String(req.user?.id))) ?? { ...actorOf(req) }
    const submission = await latestRecord(req, collection, doc, ['submit'])
    const now = new Date()
    // The decision is bound to exactly the content the reviewer says they looked at.
    const hash = contentHash(collection, fields, doc)
    const assigneeId = idOf(doc.assignedReviewer)
    const covered =
      decision === 'approve'
        ? approvalLocales({
            requested: requestedLocales,
            completeness: translationStatus(
              collection,
              fields,
              doc,
              settings.locales,
              settings.defaultLocale,
            ),
            defaultLocale: settings.defaultLocale,
          })
        : { locales: [], problems: [] }
    const problems = [
      ...decisionProblems({
        reviewer,
        contributorIds: contributorIdsOf(doc),
        status: reviewStatusOf(doc),
        decision,
        comment,
        openClaimFlags: Array.isArray(doc.claimFlags) ? doc.claimFlags.length : 0,
        now,
        seenHash,
        currentHash: hash,
        submittedHash: submission?.contentHash,
        assigneeId,
        assigneeName:
          assigneeId && assigneeId !== reviewer.id ? await userName(req, assigneeId) : undefined,
      }),
      ...covered.problems,
    ]
    if (problems.length > 0) throw refusal('Cannot record this review decision.', problems)

    const reviewStatus = targetStatus(decision)
    const data: Record<string, unknown> = { reviewStatus }
    const approvedHash =
      decision === 'approve' ? contentHash(collection, fields, doc, covered.locales) : hash
    if (decision === 'approve') {
      data.medicalReviewer = req.user?.id
      data.lastReviewedAt = now.toISOString()
      data.nextReviewDue = new Date(now.getTime() + reviewIntervalDays * DAY_MS).toISOString()
      data.approvedLocales = covered.locales
    }
    const step = await recordStep(req, collection, doc, data, {
      action: 'decision',
      decision,
      contentHash: approvedHash,
      comment,
      reviewer,
      locales: decision === 'approve' ? covered.locales : undefined,
    })
    return {
      title: titleOf(doc),
      writers: contributorIdsOf(doc),
      submitter: idOf(doc.submittedBy),
      result: {
        ...step,
        ...(decision === 'approve' ? { approvedLocales: covered.locales } : {}),
      },
    }
  })
  const link = `Open it: ${adminLink(req.payload, collection, id)}`
  const to = await emailsOf(req.payload, [...writers, submitter], String(req.user?.id))
  if (decision === 'request-changes') {
    await notify(req, {
      to,
      subject: `Changes requested: ${title}`,
      text: [
        `${nameOf(req.user)} asked for changes to "${title}" (${collection}).`,
        `Comment: ${comment}`,
        link,
      ].join('\n\n'),
    })
  } else {
    await notify(req, {
      to,
      subject: `Approved: ${title}`,
      text: [
        `${nameOf(req.user)} approved "${title}" (${collection}) in ${result.approvedLocales?.join(', ')}. An editor can publish it now.`,
        comment ? `Comment: ${comment}` : '',
        link,
      ]
        .filter(Boolean)
        .join('\n\n'),
    })
  }
  return result
}

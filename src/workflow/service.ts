import type { PayloadRequest } from 'payload'

import { lockDocument } from '../db/locks'
import { fieldError, RuleViolation } from '../errors'
import type { ReviewStatus } from '../fields/review'
import { nestedReq, withTransaction } from '../lib/requests'
import { skipsNotifications } from '../lib/sideEffects'
import { contentHash } from './contentHash'
import { workflowContext } from './context'
import { adminLink, emailsOf, medicalReviewerEmails, sendToEach } from './notify'
import type { MedicalCollection } from './reviewedFields'
import { decisionProblems, statusCode, submitProblems, withdrawProblems, type Problem } from './rules'
import { targetStatus } from './states'
import { actorOf, authorIdsOf, contributorIdsOf, createRecord, latestRecord, latestVersionId, loadReviewer, readAllLocales, type Doc } from './store'

export interface WorkflowResult {
  collection: MedicalCollection
  id: string
  reviewStatus: ReviewStatus
  contentHash: string
  recordId: string
  versionId?: string
}

const SHA256_HEX = /^[0-9a-f]{64}$/

export function refusal(message: string, problems: Problem[]): RuleViolation {
  const detail = problems.map((problem) => problem.message).join(' ')
  return new RuleViolation(statusCode(problems), `${message} ${detail}`.trim(), {
    rule: problems[0]?.rule ?? 'refused',
    problems: problems.map(({ rule, message: text, field }) => ({ rule, message: text, field })),
  })
}

function titleOf(doc: Doc): string {
  const value = doc.title ?? doc.name
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') return String((value as Record<string, unknown>).en ?? Object.values(value)[0] ?? doc.id)
  return String(doc.id)
}

function readOptionalText(data: Record<string, unknown>, collection: string, name: string, maxLength: number): string | undefined {
  const value = data[name]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw fieldError(collection, name, `${name} must be text.`)
  if (value.length > maxLength) throw fieldError(collection, name, `${name} must be at most ${maxLength} characters.`)
  return value
}

async function loadForWorkflow(req: PayloadRequest, collection: MedicalCollection, id: number | string): Promise<Doc> {
  if (!req.user) throw new RuleViolation(403, 'Log in to take part in the review workflow.', { rule: 'login-required' })
  await lockDocument(req, collection, id)
  const doc = await readAllLocales(req, collection, id, true)
  if (!doc) throw new RuleViolation(404, `No ${collection} document with id ${id}.`, { rule: 'not-found' })
  return doc
}

/** Moves the latest draft to `status`, as the workflow, and returns the version it created. */
async function setStatus(req: PayloadRequest, collection: MedicalCollection, id: number | string, data: Record<string, unknown>) {
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

/** `POST /api/{collection}/{id}/submit-for-review` and the `submitForReview` mutation. */
export async function submitForReview(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  input: Record<string, unknown>,
): Promise<WorkflowResult> {
  const note = readOptionalText(input, collection, 'note', 2000)
  const fields = req.payload.collections[collection].config.fields
  const { result, title } = await withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const status = (doc.reviewStatus as ReviewStatus | undefined) ?? 'draft'
    const problems = submitProblems({ actor: actorOf(req), authorIds: authorIdsOf(doc), status })
    if (problems.length > 0) throw refusal('Cannot submit for review.', problems)
    const hash = contentHash(collection, fields, doc)
    const reviewStatus = targetStatus('submit')
    const versionId = await setStatus(req, collection, id, { reviewStatus })
    const record = await createRecord(req, { action: 'submit', collection, document: doc, contentHash: hash, versionId, note })
    return {
      title: titleOf(doc),
      result: { collection, id: String(id), reviewStatus, contentHash: hash, recordId: String(record.id), versionId },
    }
  })
  if (!skipsNotifications(req.context)) {
    await sendToEach(req.payload, {
      to: await medicalReviewerEmails(req.payload),
      subject: `Review requested: ${title}`,
      text: [
        `"${title}" (${collection}) was submitted for medical review by ${req.user?.name ?? 'a colleague'}.`,
        note ? `Note: ${note}` : '',
        `Open it: ${adminLink(req.payload, collection, id)}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    })
  }
  return result
}

/**
 * `POST /api/{collection}/{id}/withdraw-submission` and the `withdrawSubmission` mutation: the
 * document leaves review (back to draft) so that it can be changed; the reviewer is told.
 */
export async function withdrawSubmission(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  input: Record<string, unknown>,
): Promise<WorkflowResult> {
  const note = readOptionalText(input, collection, 'note', 2000)
  const fields = req.payload.collections[collection].config.fields
  return withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const status = (doc.reviewStatus as ReviewStatus | undefined) ?? 'draft'
    const problems = withdrawProblems({ actor: actorOf(req), authorIds: authorIdsOf(doc), status })
    if (problems.length > 0) throw refusal('Cannot take the submission back.', problems)
    const hash = contentHash(collection, fields, doc)
    const reviewStatus = targetStatus('withdraw')
    const versionId = await setStatus(req, collection, id, { reviewStatus })
    const record = await createRecord(req, { action: 'withdraw', collection, document: doc, contentHash: hash, versionId, note })
    return { collection, id: String(id), reviewStatus, contentHash: hash, recordId: String(record.id), versionId }
  })
}

/** The hash of the version the reviewer looked at: required, so that an approval covers exactly what was read. */
function readSeenHash(input: Record<string, unknown>, collection: string): string {
  const value = input.contentHash
  if (typeof value !== 'string' || !SHA256_HEX.test(value)) {
    throw fieldError(collection, 'contentHash', 'contentHash must be the 64-character sha256 content hash of the version you reviewed (the submission and the review panel give it).')
  }
  return value
}

/** `POST /api/{collection}/{id}/review` and the `reviewDocument` mutation. */
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
  const fields = req.payload.collections[collection].config.fields
  const { result, title, writers } = await withTransaction(req, async () => {
    const doc = await loadForWorkflow(req, collection, id)
    const reviewer = (await loadReviewer(req, String(req.user?.id))) ?? { ...actorOf(req) }
    const submission = await latestRecord(req, collection, doc, ['submit'])
    // The decision is bound to exactly the content the reviewer says they looked at.
    const hash = contentHash(collection, fields, doc)
    const problems = decisionProblems({
      reviewer,
      contributorIds: contributorIdsOf(doc),
      status: (doc.reviewStatus as ReviewStatus | undefined) ?? 'draft',
      decision,
      comment,
      openClaimFlags: Array.isArray(doc.claimFlags) ? doc.claimFlags.length : 0,
      now: new Date(),
      seenHash,
      currentHash: hash,
      submittedHash: submission?.contentHash,
    })
    if (problems.length > 0) throw refusal('Cannot record this review decision.', problems)

    const reviewStatus = targetStatus(decision)
    const now = new Date()
    const data: Record<string, unknown> = { reviewStatus }
    if (decision === 'approve') {
      data.medicalReviewer = req.user?.id
      data.lastReviewedAt = now.toISOString()
      data.nextReviewDue = new Date(now.getTime() + reviewIntervalDays * 24 * 60 * 60 * 1000).toISOString()
    }
    const versionId = await setStatus(req, collection, id, data)
    const record = await createRecord(req, { action: 'decision', decision, collection, document: doc, contentHash: hash, versionId, comment, reviewer })
    return {
      title: titleOf(doc),
      writers: contributorIdsOf(doc),
      result: { collection, id: String(id), reviewStatus, contentHash: hash, recordId: String(record.id), versionId },
    }
  })
  if (decision === 'request-changes' && !skipsNotifications(req.context)) {
    await sendToEach(req.payload, {
      to: await emailsOf(req.payload, writers),
      subject: `Changes requested: ${title}`,
      text: [
        `${req.user?.name ?? 'A medical reviewer'} asked for changes to "${title}" (${collection}).`,
        `Comment: ${comment}`,
        `Open it: ${adminLink(req.payload, collection, id)}`,
      ].join('\n\n'),
    })
  }
  return result
}

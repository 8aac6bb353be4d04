import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ReviewStatus } from '../../fields/review'
import { scanClaims } from '../../workflow/claims'
import { isWorkflowWrite } from '../../workflow/context'
import { contentHash } from '../../workflow/contentHash'
import { mergeIntoLocales } from '../../workflow/mergeLocale'
import { evaluatePublication } from '../../workflow/publication'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import { refusal } from '../../workflow/service'
import { workflowSettings } from '../../workflow/settings'
import { statusAfterEdit } from '../../workflow/states'
import { actorOf, latestRecord, readAllLocales, type Doc } from '../../workflow/store'

/** Fields the workflow owns; a save from anywhere else keeps their stored values. */
const WORKFLOW_FIELDS = ['reviewStatus', 'medicalReviewer', 'lastReviewedAt', 'nextReviewDue'] as const

async function pendingHash(req: PayloadRequest, collection: MedicalCollection, id: number | string, status: ReviewStatus) {
  const latest = await latestRecord(req, collection, id, ['submit', 'decision'])
  if (!latest) return undefined
  if (status === 'in-review') return latest.action === 'submit' ? latest.contentHash : undefined
  return latest.action === 'decision' && latest.decision === 'approve' ? latest.contentHash : undefined
}

/**
 * Applies the review workflow to every save of a medical document, whatever the path (REST,
 * GraphQL, admin UI, Local API, scheduled publish):
 * - the review fields keep their stored values unless the workflow itself writes them;
 * - a change to reviewed content voids a pending submission or approval (status → draft);
 * - claim wording is flagged for the reviewer;
 * - a publish is refused, with every unmet condition, unless the sign-off covers exactly this content.
 */
export const enforceReviewWorkflow: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req, context }) => {
  const slug = collection.slug as MedicalCollection
  const id = operation === 'update' ? (originalDoc?.id as number | string | undefined) : undefined
  const stored: Doc | null = id !== undefined ? await readAllLocales(req, slug, id, true) : null
  const locale = req.locale ?? 'en'
  const content = locale === 'all' ? data : mergeIntoLocales(collection.fields, stored ?? {}, data, locale)

  if (!isWorkflowWrite(context)) {
    for (const field of WORKFLOW_FIELDS) data[field] = stored?.[field] ?? (field === 'reviewStatus' ? 'draft' : null)
    const current = (stored?.reviewStatus as ReviewStatus | undefined) ?? 'draft'
    if (id !== undefined && current !== 'draft' && current !== 'changes-requested') {
      const hash = contentHash(slug, collection.fields, content)
      data.reviewStatus = statusAfterEdit(current, hash, await pendingHash(req, slug, id, current))
    }
  }

  const { claimPhrases, locales } = workflowSettings(req.payload)
  data.claimFlags = scanClaims(slug, collection.fields, content, claimPhrases, locales)

  if (data._status === 'published') {
    const { problems } = await evaluatePublication(req, slug, id, content, actorOf(req))
    if (problems.length > 0) throw refusal('This document cannot be published.', problems)
  }
  return data
}

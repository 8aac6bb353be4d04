import { randomUUID } from 'node:crypto'

import type { CollectionBeforeChangeHook, PayloadRequest, RequestContext } from 'payload'

import { actorOf, type Actor } from '../../access/permissions'
import { RuleViolation } from '../../errors'
import { contextEntry, setContextEntry } from '../../lib/requestContext'
import type { ReviewStatus } from '../../fields/review'
import { scanClaims } from '../../workflow/claims'
import { isWorkflowWrite } from '../../workflow/context'
import { contentHash } from '../../workflow/contentHash'
import { mediaClaimFlags } from '../../workflow/mediaClaims'
import { mergeIntoLocales } from '../../workflow/mergeLocale'
import { missingTranslations } from '../../workflow/translations'
import { evaluatePublication } from '../../workflow/publication'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import { refusal } from '../../workflow/service'
import { workflowSettings } from '../../workflow/settings'
import { approvalVoidedBy, reviewStatusOf } from '../../workflow/states'
import { authorIdsOf, contributorIdsOf, readAllLocales, type Doc } from '../../workflow/store'

/** Fields the workflow owns; a save from anywhere else keeps their stored values. */
const WORKFLOW_FIELDS = [
  'reviewStatus',
  'medicalReviewer',
  'lastReviewedAt',
  'nextReviewDue',
  'contributors',
  'documentKey',
  'approvedLocales',
  'assignedReviewer',
  'reviewDueAt',
  'submittedBy',
  'submittedAt',
  'lastSavedBy',
] as const

const VOIDED = Symbol('approval-voided-by-write')

/** The hash an approval was voided from, when this write voided one (read by `recordVoidedApproval`). */
export function voidedApprovalHash(
  context: RequestContext,
  collection: string,
  id: number | string,
): string | undefined {
  return contextEntry<Map<string, string>>(context, VOIDED)?.get(`${collection}:${id}`)
}

function keepWorkflowFields(data: Record<string, unknown>, stored: Doc | null): void {
  for (const field of WORKFLOW_FIELDS)
    data[field] = stored?.[field] ?? (field === 'reviewStatus' ? 'draft' : null)
  // A document written before keys existed gets one now; records written without it do not match it.
  data.documentKey ??= randomUUID()
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value) => b.includes(value))

/**
 * Who wrote the document, recorded by the server from the signed-in user, never from the body:
 * its creator, everyone who saved a change to its reviewed content, and everyone who was ever
 * a declared author (removing an author does not clear them). Server code without a user adds
 * nobody. Kept in every version.
 */
function contributorsAfter(
  req: PayloadRequest,
  stored: Doc | null,
  content: Record<string, unknown>,
  actor: Actor,
  contentChanged: boolean,
): Array<number | string> {
  const writers = [...contributorIdsOf(stored ?? {}), ...authorIdsOf(content)]
  if (contentChanged && actor.id !== '') writers.push(actor.id)
  const numeric = req.payload.db.defaultIDType === 'number'
  return [...new Set(writers)].map((id) => (numeric ? Number(id) : id))
}

/** The submitted version is the one the reviewer reads: nobody changes it until the submission is taken back. */
function refuseChangeInReview(
  status: ReviewStatus,
  contentChanged: boolean,
  authorsChanged: boolean,
): void {
  if (status !== 'in-review' || (!contentChanged && !authorsChanged)) return
  throw new RuleViolation(
    409,
    'This document is with a medical reviewer, who is reviewing exactly the submitted version. Take the submission back first, then change it.',
    {
      rule: 'in-review-locked',
      field: contentChanged ? undefined : 'authors',
    },
  )
}

async function claimFlags(
  req: PayloadRequest,
  collection: MedicalCollection,
  content: Record<string, unknown>,
) {
  const { claimPhrases, locales } = workflowSettings(req.payload)
  const fields = req.payload.collections[collection].config.fields
  return [
    ...scanClaims(collection, fields, content, claimPhrases, locales),
    ...(await mediaClaimFlags(req, content, claimPhrases, locales)),
  ]
}

/**
 * Applies the review workflow to every save of a medical document, whatever the path (REST,
 * GraphQL, admin UI, Local API, scheduled publish):
 * - the workflow's fields keep their stored values unless the workflow itself writes them;
 * - the contributors are recorded from the signed-in user;
 * - a document in review cannot change;
 * - a change to reviewed content voids a pending or live approval (status → draft, recorded);
 * - claim wording is flagged for the reviewer, and locales lacking a translation are listed;
 * - who saved is recorded (each version keeps it);
 * - a publish is refused, with every unmet condition, unless the sign-off covers exactly this content.
 */
export const enforceReviewWorkflow: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  const slug = collection.slug as MedicalCollection
  const id = operation === 'update' ? (originalDoc?.id as number | string | undefined) : undefined
  const stored: Doc | null = id !== undefined ? await readAllLocales(req, slug, id, true) : null
  const locale = req.locale ?? 'en'
  const content =
    locale === 'all' ? data : mergeIntoLocales(collection.fields, stored ?? {}, data, locale)
  const hashAfter = contentHash(slug, collection.fields, content)
  const storedHash = stored ? contentHash(slug, collection.fields, stored) : undefined
  const contentChanged = hashAfter !== storedHash

  if (!isWorkflowWrite(context)) {
    const current = reviewStatusOf(stored)
    refuseChangeInReview(
      current,
      contentChanged,
      !sameSet(authorIdsOf(stored ?? {}), authorIdsOf(content)),
    )
    keepWorkflowFields(data, stored)
    data.contributors = contributorsAfter(req, stored, content, actorOf(req), contentChanged)
    if (req.user) data.lastSavedBy = req.user.id
    if (id !== undefined && contentChanged && approvalVoidedBy(current) && storedHash) {
      data.reviewStatus = 'draft'
      const voided =
        contextEntry<Map<string, string>>(context, VOIDED) ??
        setContextEntry(context, VOIDED, new Map<string, string>())
      voided.set(`${slug}:${id}`, storedHash)
    }
  }
  data.claimFlags = await claimFlags(req, slug, content)
  const { locales, defaultLocale } = workflowSettings(req.payload)
  data.missingTranslations = missingTranslations(
    slug,
    collection.fields,
    content,
    locales,
    defaultLocale,
  )

  if (data._status === 'published') {
    const checked = { ...content, contributors: data.contributors, documentKey: data.documentKey }
    const { problems } = await evaluatePublication(
      req,
      slug,
      id,
      checked,
      actorOf(req),
      data.reviewStatus as ReviewStatus,
    )
    if (problems.length > 0) throw refusal('This document cannot be published.', problems)
  }
  return data
}

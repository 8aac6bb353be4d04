import type { CollectionSlug, PayloadRequest, JsonObject } from 'payload'

import type { ReviewStatus } from '../fields/review'
import { idOf } from '../lib/ids'
import { nestedReq } from '../lib/requests'
import { contentHash } from './contentHash'
import type { MedicalCollection } from './reviewedFields'
import {
  publishProblems,
  type Actor,
  type LinkedDocument,
  type Problem,
  type PublishFacts,
} from './rules'
import { workflowSettings } from './settings'
import { contributorIdsOf, decisionOf, latestRecord, loadReviewer } from './store'

function idsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? [...new Set(value.map(idOf).filter((id): id is string => id !== undefined))]
    : []
}

function localizedTitle(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const en = (value as Record<string, unknown>).en
    if (typeof en === 'string') return en
  }
  return fallback
}

/** Each linked document with whether its main (public) version is published. */
export async function linkedDocuments(
  req: PayloadRequest,
  collection: 'risk-disclosures' | 'treatment-options',
  ids: string[],
): Promise<LinkedDocument[]> {
  if (ids.length === 0) return []
  const titleField = collection === 'treatment-options' ? 'name' : 'title'
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { in: ids } },
    draft: false,
    depth: 0,
    locale: 'en',
    pagination: false,
    overrideAccess: true,
    select: { [titleField]: true, _status: true },
    req: nestedReq(req),
    context: { internalRead: true },
  })
  const byId = new Map(
    (docs as unknown as Array<Record<string, unknown>>).map((doc) => [String(doc.id), doc]),
  )
  return ids.map((id) => {
    const doc = byId.get(id)
    return {
      id,
      title: localizedTitle(
        doc?.[titleField],
        `missing ${collection === 'treatment-options' ? 'treatment' : 'risk disclosure'}`,
      ),
      published: doc?._status === 'published',
    }
  })
}

/**
 * Everything the sign-off rules need to judge publishing `content` (every locale, exactly as it
 * would be or was written, with the review status it would have): its hash in the locales the
 * latest approval covers, that approval, its approver, and what it links.
 */
export async function publicationFacts(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string | undefined,
  content: JsonObject,
  actor: Actor,
  status: ReviewStatus,
): Promise<PublishFacts> {
  const fields = req.payload.collections[collection].config.fields
  const decision =
    id === undefined
      ? undefined
      : decisionOf(
          await latestRecord(req, collection, { id, documentKey: content.documentKey }, [
            'decision',
          ]),
        )
  const approver =
    decision?.action === 'approve' ? await loadReviewer(req, decision.actorId) : undefined
  return {
    collection,
    actor,
    // An approval covers the locales it names; one recorded before locales were named covered all of them.
    hash: contentHash(
      collection,
      fields,
      content,
      decision?.action === 'approve' ? decision.locales : undefined,
    ),
    approvedLocales: Array.isArray(content.approvedLocales)
      ? (content.approvedLocales as string[])
      : [],
    status,
    latestDecision: decision,
    approver,
    contributorIds: contributorIdsOf(content),
    now: new Date(),
    reviewIntervalDays: workflowSettings(req.payload).reviewIntervalDays,
    linkedTreatments:
      collection === 'articles'
        ? await linkedDocuments(req, 'treatment-options', idsOf(content.treatments))
        : undefined,
    referenceCount: Array.isArray(content.references) ? content.references.length : 0,
    linkedDisclosures:
      collection === 'treatment-options'
        ? await linkedDocuments(req, 'risk-disclosures', idsOf(content.riskDisclosures))
        : undefined,
  }
}

/**
 * Checks `content` against the sign-off rules. Called before the write and again on the
 * stored result inside the same transaction, so what goes public is always what the reviewer
 * approved.
 */
export async function evaluatePublication(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string | undefined,
  content: JsonObject,
  actor: Actor,
  status: ReviewStatus,
): Promise<{ hash: string; problems: Problem[] }> {
  const facts = await publicationFacts(req, collection, id, content, actor, status)
  return { hash: facts.hash, problems: publishProblems(facts) }
}

import type { PayloadRequest } from 'payload'

import { nestedReq } from './context'
import { contentHash, idOf } from './contentHash'
import type { MedicalCollection } from './reviewedFields'
import { publishProblems, type Actor, type Problem } from './rules'
import { authorIdsOf, decisionOf, latestRecord, loadReviewer } from './store'

type Content = Record<string, unknown>

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== undefined) : []
}

function localizedTitle(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const en = (value as Record<string, unknown>).en
    if (typeof en === 'string') return en
  }
  return fallback
}

/** Each linked treatment with whether its main (public) version is published. */
async function linkedTreatments(req: PayloadRequest, ids: string[]) {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'treatment-options',
    where: { id: { in: ids } },
    draft: false,
    depth: 0,
    locale: 'en',
    pagination: false,
    overrideAccess: true,
    select: { name: true, _status: true },
    req: nestedReq(req),
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.map((id) => {
    const doc = byId.get(id)
    return { id, title: localizedTitle(doc?.name, 'missing treatment'), published: doc?._status === 'published' }
  })
}

async function publishedCount(req: PayloadRequest, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0
  const { totalDocs } = await req.payload.count({
    collection: 'risk-disclosures',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req: nestedReq(req),
  })
  return totalDocs
}

/**
 * Checks `content` (every locale, exactly as it would be or was written) against the
 * sign-off rules. Called before the write and again on the stored result inside the same
 * transaction, so what goes public is always what the reviewer approved.
 */
export async function evaluatePublication(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string | undefined,
  content: Content,
  actor: Actor,
): Promise<{ hash: string; problems: Problem[] }> {
  const fields = req.payload.collections[collection].config.fields
  const hash = contentHash(collection, fields, content)
  const decision = id === undefined ? undefined : decisionOf(await latestRecord(req, collection, id, ['decision']))
  const approver = decision?.action === 'approve' ? await loadReviewer(req, decision.actorId) : undefined
  const problems = publishProblems({
    collection,
    actor,
    hash,
    latestDecision: decision,
    approver,
    authorIds: authorIdsOf(content),
    now: new Date(),
    linkedTreatments: collection === 'articles' ? await linkedTreatments(req, idsOf(content.treatments)) : undefined,
    referenceCount: Array.isArray(content.references) ? content.references.length : 0,
    publishedDisclosures: collection === 'treatment-options' ? await publishedCount(req, idsOf(content.riskDisclosures)) : undefined,
  })
  return { hash, problems }
}

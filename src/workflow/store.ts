import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ReviewRecordAction } from '../collections/ReviewRecords'
import type { ReviewRecord, User } from '../payload-types'
import { nestedReq, workflowContext } from './context'
import { idOf } from './contentHash'
import type { MedicalCollection } from './reviewedFields'
import type { Actor, Decision, Reviewer } from './rules'

export type Doc = Record<string, unknown> & { id: number | string }

/** A document as stored, every locale at once; `draft` picks the latest version over the published one. */
export async function readAllLocales(req: PayloadRequest, collection: CollectionSlug, id: number | string, draft: boolean): Promise<Doc | null> {
  const doc = await req.payload.findByID({
    collection,
    id,
    locale: 'all',
    draft,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    req: nestedReq(req),
    context: { internalRead: true },
  })
  return (doc as Doc | null) ?? null
}

export async function latestRecord(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  actions: readonly ReviewRecordAction[],
): Promise<ReviewRecord | undefined> {
  const { docs } = await req.payload.find({
    collection: 'review-records',
    where: {
      and: [{ targetCollection: { equals: collection } }, { documentId: { equals: String(id) } }, { action: { in: actions } }],
    },
    sort: ['-createdAt', '-id'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: nestedReq(req),
  })
  return docs[0]
}

export function decisionOf(record: ReviewRecord | undefined): Decision | undefined {
  if (!record || record.action !== 'decision' || !record.decision) return undefined
  return { action: record.decision, contentHash: record.contentHash, actorId: idOf(record.actor) ?? '' }
}

export async function latestVersionId(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<string | undefined> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: nestedReq(req),
  })
  return docs[0] ? String(docs[0].id) : undefined
}

export function actorOf(req: Pick<PayloadRequest, 'payloadAPI' | 'user'>): Actor {
  const user = req.user as (User & { collection?: string }) | null | undefined
  if (!user) return { id: '', roles: [], isSystem: req.payloadAPI === 'local' }
  return { id: String(user.id), roles: user.collection === 'users' ? (user.roles ?? []) : [] }
}

export async function loadReviewer(req: PayloadRequest, id: string | undefined): Promise<Reviewer | null> {
  if (!id) return null
  const user = (await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: nestedReq(req),
  })) as User | null
  if (!user) return null
  return { id: String(user.id), roles: user.roles ?? [], licenseExpiresAt: user.licenseExpiresAt }
}

export interface RecordInput {
  action: ReviewRecordAction
  collection: MedicalCollection
  documentId: number | string
  contentHash: string
  versionId?: string
  decision?: 'approve' | 'request-changes'
  comment?: string
  note?: string
}

/** Appends one row to the audit trail, inside the caller's transaction. */
export async function createRecord(req: PayloadRequest, input: RecordInput): Promise<ReviewRecord> {
  const user = req.user as User | null | undefined
  const credentials = user?.credentials?.join(', ') ?? ''
  return req.payload.create({
    collection: 'review-records',
    data: {
      action: input.action,
      decision: input.decision,
      targetCollection: input.collection,
      documentId: String(input.documentId),
      versionId: input.versionId,
      contentHash: input.contentHash,
      comment: input.comment,
      note: input.note,
      actor: user?.id,
      actorName: user?.name ?? 'system',
      actorCredentials: credentials,
      actorRoles: user?.roles?.join(', ') ?? '',
      summary: `${input.action}${input.decision ? ` (${input.decision})` : ''} · ${input.collection} ${input.documentId}`,
    },
    overrideAccess: true,
    depth: 0,
    req: nestedReq(req),
    context: workflowContext(),
  })
}

export function authorIdsOf(doc: Record<string, unknown>): string[] {
  const authors = doc.authors
  return Array.isArray(authors) ? authors.map(idOf).filter((id): id is string => id !== undefined) : []
}

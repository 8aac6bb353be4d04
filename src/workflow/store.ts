import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { Reminder, ReviewRecordAction } from '../collections/ReviewRecords'
import { idOf } from '../lib/ids'
import { nestedReq } from '../lib/requests'
import type { ReviewRecord, User } from '../payload-types'
import { workflowContext } from './context'
import type { MedicalCollection } from './reviewedFields'
import type { Decision, Reviewer } from './rules'

export { actorOf } from '../access/permissions'

export type Doc = Record<string, unknown> & { id: number | string }

/** A document as stored, every locale at once; `draft` picks the latest version over the published one. */
export async function readAllLocales(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  draft: boolean,
): Promise<Doc | null> {
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

/** The records of one document: by collection and id, and by its key when it has one (ids can be reused). */
export function recordsOf(
  collection: MedicalCollection,
  id: number | string,
  documentKey: unknown,
): Where[] {
  const target: Where[] = [
    { targetCollection: { equals: collection } },
    { documentId: { equals: String(id) } },
  ]
  return typeof documentKey === 'string' && documentKey !== ''
    ? [...target, { documentKey: { equals: documentKey } }]
    : target
}

/**
 * Who a read is for. The workflow itself reads as the system (everything); the admin's panels
 * read as `req.user`, so they show nothing the user could not read through the API anyway.
 */
export type ReadAs = 'system' | 'reader'

function readAccess(req: PayloadRequest, as: ReadAs) {
  return as === 'system'
    ? ({ overrideAccess: true, req: nestedReq(req) } as const)
    : ({ overrideAccess: false, user: req.user, req: nestedReq(req) } as const)
}

/**
 * The latest draft as `req.user` may read it, in the request's locale; null when they may not.
 * `onlyId` when the caller only asks whether they may.
 */
export async function readableDraft(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  onlyId = false,
): Promise<Doc | null> {
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    ...(onlyId ? { select: { id: true } as never } : {}),
    ...readAccess(req, 'reader'),
  })
  return (doc as Doc | null) ?? null
}

/** The newest review record of a document with one of `actions`, or matching `where`. */
export async function latestRecord(
  req: PayloadRequest,
  collection: MedicalCollection,
  doc: { id: number | string; documentKey?: unknown },
  match: readonly ReviewRecordAction[] | Where,
  as: ReadAs = 'system',
): Promise<ReviewRecord | undefined> {
  const { docs } = await req.payload.find({
    collection: 'review-records',
    where: {
      and: [
        ...recordsOf(collection, doc.id, doc.documentKey),
        Array.isArray(match) ? { action: { in: match } } : (match as Where),
      ],
    },
    sort: ['-createdAt', '-id'],
    limit: 1,
    depth: 0,
    ...readAccess(req, as),
  })
  return docs[0]
}

export function decisionOf(record: ReviewRecord | undefined): Decision | undefined {
  if (!record || record.action !== 'decision' || !record.decision) return undefined
  const locales =
    record.approvedLocales && record.approvedLocales.length > 0 ? record.approvedLocales : undefined
  return {
    action: record.decision,
    contentHash: record.contentHash,
    actorId: idOf(record.actor) ?? '',
    decidedAt: record.createdAt,
    locales,
  }
}

export async function latestVersionId(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  as: ReadAs = 'system',
): Promise<string | undefined> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    ...readAccess(req, as),
  })
  return docs[0] ? String(docs[0].id) : undefined
}

export interface ReviewerOnFile extends Reviewer {
  licenseNumber?: null | string
  licenseState?: null | string
}

export async function loadReviewer(
  req: PayloadRequest,
  id: string | undefined,
): Promise<ReviewerOnFile | null> {
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
  return {
    id: String(user.id),
    roles: user.roles ?? [],
    licenseExpiresAt: user.licenseExpiresAt,
    licenseNumber: user.licenseNumber,
    licenseState: user.licenseState,
  }
}

export interface RecordInput {
  action: ReviewRecordAction
  collection: MedicalCollection
  document: Doc
  contentHash: string
  versionId?: string
  decision?: 'approve' | 'request-changes'
  comment?: string
  note?: string
  /** Decisions: the license the reviewer held when deciding. */
  reviewer?: ReviewerOnFile
  /** Approvals: the locales they cover. */
  locales?: readonly string[]
  /** Submissions, assignments and claims: who is to review it (none: the pool), and by when. */
  assignee?: number | string | null
  dueAt?: string
  reminder?: Reminder
}

/** A document's English title (or name), for records, emails and lists; its id when it has none. */
export function titleOf(doc: Record<string, unknown>): string {
  const value = doc.title ?? doc.name
  if (typeof value === 'string') return value
  if (value && typeof value === 'object')
    return String((value as Record<string, unknown>).en ?? Object.values(value)[0] ?? doc.id)
  return String(doc.id)
}

/** Appends one row to the audit trail, inside the caller's transaction. */
export async function createRecord(req: PayloadRequest, input: RecordInput): Promise<ReviewRecord> {
  const user = req.user as User | null | undefined
  const credentials = user?.credentials?.join(', ') ?? ''
  const { document } = input
  return req.payload.create({
    collection: 'review-records',
    data: {
      action: input.action,
      decision: input.decision,
      targetCollection: input.collection,
      documentId: String(document.id),
      documentKey: typeof document.documentKey === 'string' ? document.documentKey : undefined,
      documentTitle: titleOf(document),
      versionId: input.versionId,
      contentHash: input.contentHash,
      comment: input.comment,
      note: input.note,
      actor: user?.id,
      actorName: user?.name ?? 'system',
      actorCredentials: credentials,
      actorRoles: user?.roles?.join(', ') ?? '',
      approvedLocales: input.locales
        ? ([...input.locales] as ReviewRecord['approvedLocales'])
        : undefined,
      assignee: (input.assignee === null || input.assignee === undefined
        ? undefined
        : storedId(req, String(input.assignee))) as ReviewRecord['assignee'],
      dueAt: input.dueAt,
      reminder: input.reminder,
      reviewerLicense: input.reviewer
        ? {
            number: input.reviewer.licenseNumber ?? undefined,
            state: input.reviewer.licenseState ?? undefined,
            expiresAt: input.reviewer.licenseExpiresAt ?? undefined,
          }
        : undefined,
      summary: `${input.action}${input.decision ? ` (${input.decision})` : ''}${input.reminder ? ` (${input.reminder})` : ''} · ${input.collection} ${document.id} · ${titleOf(document)}`,
    },
    overrideAccess: true,
    depth: 0,
    req: nestedReq(req),
    context: workflowContext(),
  })
}

/** An id in the type the database keeps (ids travel as strings through the workflow). */
export const storedId = (req: PayloadRequest, id: string): number | string =>
  req.payload.db.defaultIDType === 'number' ? Number(id) : id

const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== undefined) : []

export const authorIdsOf = (doc: Record<string, unknown>): string[] => idList(doc.authors)

/** Everyone the server recorded as having written the document, plus its declared authors now. */
export const contributorIdsOf = (doc: Record<string, unknown>): string[] => [
  ...new Set([...idList(doc.contributors), ...authorIdsOf(doc)]),
]

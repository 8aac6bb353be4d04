import type { PayloadRequest } from 'payload'

import { RuleViolation } from '../errors'
import type { ReviewRecord, User } from '../payload-types'
import { contentHash } from './contentHash'
import { deadlineText } from './notify'
import type { MedicalCollection } from './reviewedFields'
import { readableDraft, recordsOf, type Doc } from './store'
import { nestedReq } from '../lib/requests'
import { idOf } from '../lib/ids'

/** One line of a document's history. */
export interface ActivityEntry {
  at: string
  /** A review-workflow step (a review record), or a save that made a version. */
  kind: 'record' | 'version'
  /** The record's action (`submit`, `decision`, …), or `saved` / `published` for a version. */
  action: string
  summary: string
  actor: null | string
  comment: null | string
  note: null | string
  versionId: null | string
  contentHash: null | string
}

export interface DocumentActivity {
  collection: MedicalCollection
  id: string
  entries: ActivityEntry[]
}

const ENTRY_LIMIT = 200

function recordSummary(record: ReviewRecord, names: Map<string, string>): string {
  const assignee = idOf(record.assignee)
  const to = assignee ? (names.get(assignee) ?? 'a reviewer') : 'the pool'
  const due = record.dueAt ? `, due ${deadlineText(record.dueAt)}` : ''
  switch (record.action) {
    case 'submit':
      return `Submitted for review to ${to}${due}`
    case 'withdraw':
      return 'Taken back from review'
    case 'assign':
      return `Review assigned to ${to}${due}`
    case 'claim':
      return `Took the review from the pool${due}`
    case 'decision':
      return record.decision === 'approve'
        ? `Approved${record.approvedLocales?.length ? ` (${record.approvedLocales.join(', ')})` : ''}`
        : 'Requested changes'
    case 'voided':
      return 'Approval voided by a change to the reviewed content'
    case 'publish':
      return 'Published'
    case 'unpublish':
      return 'Withdrawn from the site'
    case 'overdue':
      return 'Re-review date passed'
    case 'remind':
      return `Reminder sent (${record.reminder ?? 'review'}) to ${to}`
    case 'delete':
      return 'Deleted'
  }
}

async function userNames(req: PayloadRequest, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
    req: nestedReq(req),
  })
  return new Map((docs as User[]).map((user) => [String(user.id), user.name]))
}

/**
 * `GET /api/{collection}/{id}/activity` and `documentActivity`: the document's review records
 * (who did what, when, with the comment) and the saves between them (who saved, and whether the
 * save changed the reviewed content), newest first. Staff only: it is read as the caller.
 */
export async function documentActivity(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
): Promise<DocumentActivity> {
  const doc = await readableDraft(req, collection, id)
  if (!doc)
    throw new RuleViolation(404, `No ${collection} document with id ${id} that you may read.`, {
      rule: 'not-found',
    })
  const asCaller = {
    overrideAccess: false,
    user: req.user,
    req: nestedReq(req),
    depth: 0,
    limit: ENTRY_LIMIT,
  } as const
  const [{ docs: records }, { docs: versions }] = await Promise.all([
    req.payload.find({
      collection: 'review-records',
      where: { and: recordsOf(collection, id, doc.documentKey) },
      sort: '-createdAt',
      ...asCaller,
    }),
    req.payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      locale: 'all',
      ...asCaller,
    }),
  ])
  const fields = req.payload.collections[collection].config.fields
  const names = await userNames(req, [
    ...new Set(
      [
        ...records.map((record) => idOf(record.assignee)),
        ...versions.map((version) => idOf((version.version as unknown as Doc).lastSavedBy)),
      ].filter((value): value is string => Boolean(value)),
    ),
  ])
  const recorded = new Set(records.map((record) => record.versionId).filter(Boolean))
  const entries: ActivityEntry[] = records.map((record) => ({
    at: record.createdAt,
    kind: 'record',
    action: record.action,
    summary: recordSummary(record, names),
    actor: record.actorName ?? null,
    comment: record.comment || null,
    note: record.note || null,
    versionId: record.versionId || null,
    contentHash: record.contentHash,
  }))
  // Versions newest first: a save changed the reviewed content when its hash differs from the version before it.
  const hashes = versions.map((version) =>
    contentHash(collection, fields, version.version as unknown as Doc),
  )
  versions.forEach((version, index) => {
    if (recorded.has(String(version.id))) return
    const data = version.version as unknown as Doc
    const published = data._status === 'published'
    const changed = index === versions.length - 1 || hashes[index] !== hashes[index + 1]
    const saver = idOf(data.lastSavedBy)
    entries.push({
      at: version.updatedAt,
      kind: 'version',
      action: published ? 'published' : 'saved',
      summary: `${published ? 'Published version saved' : (version as { autosave?: boolean }).autosave ? 'Autosaved' : 'Saved a draft'}${changed ? ', changing the reviewed content' : ', reviewed content unchanged'}`,
      actor: saver ? (names.get(saver) ?? null) : null,
      comment: null,
      note: null,
      versionId: String(version.id),
      contentHash: hashes[index],
    })
  })
  entries.sort((a, b) => b.at.localeCompare(a.at))
  return { collection, id: String(id), entries: entries.slice(0, ENTRY_LIMIT) }
}

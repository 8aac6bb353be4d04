import type { PayloadRequest, Where } from 'payload'

import { withTransaction } from '../lib/requests'
import { skipsNotifications } from '../lib/sideEffects'
import { contentHash } from './contentHash'
import { adminLink, medicalReviewerEmails, sendToEach } from './notify'
import { MEDICAL_COLLECTIONS, type MedicalCollection } from './reviewedFields'
import { targetStatus } from './states'
import { createRecord, readAllLocales, titleOf } from './store'

export interface OverdueDocument {
  collection: MedicalCollection
  id: string
  title: string
}

/** The published, approved documents of `collection` whose re-review date meets `due`. */
export async function liveReReviewsDue(
  req: PayloadRequest,
  collection: MedicalCollection,
  due: Where[],
): Promise<Array<{ id: number | string }>> {
  const { docs } = await req.payload.find({
    collection,
    where: {
      and: [{ _status: { equals: 'published' } }, { reviewStatus: { equals: 'approved' } }, ...due],
    },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { nextReviewDue: true },
    req,
  })
  return docs
}

/**
 * Marks published medical documents whose re-review date has passed as `review-overdue`. They
 * stay published: only the status field of the public version (and of the latest version,
 * when that is the public one) changes, written straight to the database so that the mark is
 * not a new publication. Reviewers get one email listing everything newly overdue.
 */
export async function markReviewOverdue(
  req: PayloadRequest,
  now = new Date(),
): Promise<OverdueDocument[]> {
  const { payload } = req
  const marked: OverdueDocument[] = []
  for (const collection of MEDICAL_COLLECTIONS) {
    const due = await liveReReviewsDue(req, collection, [
      { nextReviewDue: { less_than: now.toISOString() } },
    ])
    for (const { id } of due) {
      const entry = await withTransaction(req, async () => {
        const stored = await readAllLocales(req, collection, id, false)
        if (!stored) return undefined
        const reviewStatus = targetStatus('mark-overdue')
        await payload.db.updateOne({ collection, id, data: { reviewStatus }, req })
        const {
          docs: [latest],
        } = await payload.db.findVersions({
          collection,
          where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
          limit: 1,
          req,
        })
        if (latest && (latest.version as { _status?: string })._status === 'published') {
          // The version row holds the document under `version`.
          await payload.db.updateVersion({
            collection,
            id: latest.id,
            versionData: { ...latest, version: { ...latest.version, reviewStatus } } as never,
            req,
          })
        }
        await createRecord(req, {
          action: 'overdue',
          collection,
          document: stored,
          contentHash: contentHash(
            collection,
            payload.collections[collection].config.fields,
            stored,
          ),
          versionId: latest ? String(latest.id) : undefined,
        })
        return { collection, id: String(id), title: titleOf(stored) }
      })
      if (entry) marked.push(entry)
    }
  }
  if (marked.length > 0 && !skipsNotifications(req.context)) {
    await sendToEach(payload, {
      to: await medicalReviewerEmails(payload),
      subject: `Re-review overdue: ${marked.length} published document${marked.length === 1 ? '' : 's'}`,
      text: [
        'These published documents have passed their re-review date. They remain live until re-reviewed:',
        ...marked.map(
          (doc) =>
            `- ${doc.title} (${doc.collection}): ${adminLink(payload, doc.collection, doc.id)}`,
        ),
      ].join('\n'),
    })
  }
  return marked
}

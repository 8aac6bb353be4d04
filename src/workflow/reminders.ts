import type { PayloadRequest, Where } from 'payload'

import type { Reminder } from '../collections/ReviewRecords'
import { contentHash } from './contentHash'
import { liveReReviewsDue } from './overdue'
import { adminLink, deadlineText, emailsOf, qualifiedReviewerEmails, sendToEach } from './notify'
import { MEDICAL_COLLECTIONS, type MedicalCollection } from './reviewedFields'
import {
  contributorIdsOf,
  createRecord,
  latestRecord,
  readAllLocales,
  titleOf,
  type Doc,
} from './store'
import { skipsNotifications } from '../lib/sideEffects'
import { withTransaction } from '../lib/requests'
import { idOf } from '../lib/ids'

const DAY_MS = 24 * 60 * 60 * 1000

export interface SentReminder {
  collection: MedicalCollection
  id: string
  reminder: Reminder
}

const WORDING: Record<Reminder, (title: string, due: string) => { subject: string; text: string }> =
  {
    'review-due-soon': (title, due) => ({
      subject: `Review due tomorrow: ${title}`,
      text: `The medical review of "${title}" is due ${due}.`,
    }),
    'review-overdue': (title, due) => ({
      subject: `Review overdue: ${title}`,
      text: `The medical review of "${title}" was due ${due} and is still open.`,
    }),
    're-review-due-soon': (title, due) => ({
      subject: `Re-review due tomorrow: ${title}`,
      text: `"${title}" is live and due for re-review ${due}; submit it for review to keep its sign-off current.`,
    }),
  }

/**
 * One reminder per step: a reminder is sent unless the latest of the records that start a
 * step (a submission, an assignment, a claim, an approval) is followed by the same reminder.
 */
async function alreadyReminded(
  req: PayloadRequest,
  collection: MedicalCollection,
  doc: Doc,
  reminder: Reminder,
): Promise<boolean> {
  const latest = await latestRecord(req, collection, doc, [
    'submit',
    'assign',
    'claim',
    'decision',
    'remind',
  ])
  return latest?.action === 'remind' && latest.reminder === reminder
}

async function remind(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  reminder: Reminder,
  draft: boolean,
): Promise<SentReminder | undefined> {
  const sent = await withTransaction(req, async () => {
    const doc = await readAllLocales(req, collection, id, draft)
    if (!doc || (await alreadyReminded(req, collection, doc, reminder))) return undefined
    const due = String(reminder === 're-review-due-soon' ? doc.nextReviewDue : doc.reviewDueAt)
    const assignee = reminder === 're-review-due-soon' ? undefined : idOf(doc.assignedReviewer)
    await createRecord(req, {
      action: 'remind',
      reminder,
      collection,
      document: doc,
      contentHash: contentHash(collection, req.payload.collections[collection].config.fields, doc),
      assignee,
      dueAt: due,
    })
    return { doc, due, assignee }
  })
  if (!sent) return undefined
  if (!skipsNotifications(req.context)) {
    const { doc, due, assignee } = sent
    const title = titleOf(doc)
    const wording = WORDING[reminder](title, deadlineText(due))
    const to = assignee
      ? await emailsOf(req.payload, [assignee])
      : [
          ...(await qualifiedReviewerEmails(req.payload, contributorIdsOf(doc), new Date())),
          ...(await emailsOf(req.payload, [idOf(doc.medicalReviewer)])),
        ]
    await sendToEach(req.payload, {
      to,
      subject: wording.subject,
      text: [
        wording.text,
        assignee ? '' : 'It is not assigned: any qualified reviewer may take it.',
        `Open it: ${adminLink(req.payload, collection, id)}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    })
  }
  return { collection, id: String(id), reminder }
}

/**
 * The daily reminders: the assignee (or, for an unassigned review, the pool of reviewers who
 * could decide it) when a review is due within a day and again once it is overdue; the pool and
 * the last approver when a live document's re-review date is within a day. Each reminder is a
 * review record, and is sent once.
 */
export async function sendReviewReminders(
  req: PayloadRequest,
  now = new Date(),
): Promise<SentReminder[]> {
  const soon = new Date(now.getTime() + DAY_MS).toISOString()
  const sent: SentReminder[] = []
  for (const collection of MEDICAL_COLLECTIONS) {
    const inReview: Where = {
      and: [{ reviewStatus: { equals: 'in-review' } }, { reviewDueAt: { less_than_equal: soon } }],
    }
    const { docs } = await req.payload.find({
      collection,
      where: inReview,
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { reviewDueAt: true },
      req,
    })
    for (const doc of docs) {
      const overdue = new Date(String(doc.reviewDueAt)).getTime() <= now.getTime()
      const result = await remind(
        req,
        collection,
        doc.id,
        overdue ? 'review-overdue' : 'review-due-soon',
        true,
      )
      if (result) sent.push(result)
    }
    const reReviews = await liveReReviewsDue(req, collection, [
      { nextReviewDue: { greater_than: now.toISOString() } },
      { nextReviewDue: { less_than_equal: soon } },
    ])
    for (const { id } of reReviews) {
      const result = await remind(req, collection, id, 're-review-due-soon', false)
      if (result) sent.push(result)
    }
  }
  return sent
}

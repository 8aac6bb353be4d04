import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { actorOf } from '../../access/permissions'
import { reviewStatusOf } from '../../workflow/states'
import { releaseOf } from '../../workflow/context'
import { contentHash } from '../../workflow/contentHash'
import { liveDependents } from '../../workflow/liveBalance'
import { adminLink, emailsOf, sendAfterCommit } from '../../workflow/notify'
import { evaluatePublication } from '../../workflow/publication'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import { withdrawalProblems } from '../../workflow/rules'
import { refusal } from '../../workflow/service'
import { titleOf } from '../../workflow/store'
import {
  contributorIdsOf,
  createRecord,
  latestVersionId,
  readAllLocales,
  type Doc,
} from '../../workflow/store'
import { wasUnpublished } from '../publicationState'
import { idOf } from '../../lib/ids'

/** Someone who pressed a button (REST, GraphQL, the admin) needs no email about it; a scheduled run's user does. */
const actingUser = (req: PayloadRequest): string | undefined =>
  req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL' ? String(req.user?.id ?? '') : undefined

/** Tells the writers, the approving reviewer and the assignee that the document went live. */
async function announcePublication(
  req: PayloadRequest,
  collection: MedicalCollection,
  stored: Doc,
): Promise<void> {
  const title = titleOf(stored)
  const publisher = req.user?.name ?? 'A scheduled publication'
  const recipients = [
    ...contributorIdsOf(stored),
    idOf(stored.submittedBy),
    idOf(stored.medicalReviewer),
    idOf(stored.assignedReviewer),
    req.user ? String(req.user.id) : undefined,
  ]
  const except = actingUser(req)
  await sendAfterCommit(req, async () => ({
    to: await emailsOf(req.payload, recipients, except),
    subject: `Published: ${title}`,
    text: [
      `${publisher} published "${title}" (${collection}); it is live now.`,
      `Open it: ${adminLink(req.payload, collection, stored.id)}`,
    ].join('\n\n'),
  }))
}

/**
 * After the write, inside the same transaction: re-checks the sign-off against what was
 * actually stored (every locale), and records the publication. A withdrawal from the site is
 * refused while a live document still needs this one (fair balance), and recorded otherwise.
 * A failed check throws, which rolls the whole write back.
 */
export const confirmPublication: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
  context,
}) => {
  const slug = collection.slug as MedicalCollection
  const id = doc.id as number | string
  const release = releaseOf(context)
  const note = release
    ? `With release "${release.name}" (id ${release.id})${release.by ? `, by ${release.by}` : ''}.`
    : undefined
  if (doc._status === 'published') {
    const stored = (await readAllLocales(req, slug, id, false)) ?? { id }
    const status = reviewStatusOf(stored)
    const { hash, problems } = await evaluatePublication(
      req,
      slug,
      id,
      stored,
      actorOf(req),
      status,
    )
    if (problems.length > 0) throw refusal('This document cannot be published.', problems)
    await createRecord(req, {
      action: 'publish',
      collection: slug,
      document: stored,
      contentHash: hash,
      versionId: await latestVersionId(req, slug, id),
      note,
    })
    // A release sends one message for all its documents.
    if (!release) await announcePublication(req, slug, stored)
    return doc
  }
  if (operation === 'update' && (await wasUnpublished(req, context, slug, id))) {
    const problems = withdrawalProblems({
      actor: actorOf(req),
      dependents: await liveDependents(req, slug, id),
    })
    if (problems.length > 0) throw refusal('This document cannot be unpublished.', problems)
    const stored = (await readAllLocales(req, slug, id, false)) ?? { id }
    await createRecord(req, {
      action: 'unpublish',
      collection: slug,
      document: stored,
      contentHash: contentHash(slug, collection.fields, stored),
      versionId: await latestVersionId(req, slug, id),
      note,
    })
  }
  return doc
}

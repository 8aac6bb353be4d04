import type { CollectionAfterChangeHook } from 'payload'

import { actorOf } from '../../access/permissions'
import type { ReviewStatus } from '../../fields/review'
import { contentHash } from '../../workflow/contentHash'
import { liveDependents } from '../../workflow/liveBalance'
import { evaluatePublication } from '../../workflow/publication'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import { withdrawalProblems } from '../../workflow/rules'
import { refusal } from '../../workflow/service'
import { createRecord, latestVersionId, readAllLocales } from '../../workflow/store'
import { wasUnpublished } from '../publicationState'

/**
 * After the write, inside the same transaction: re-checks the sign-off against what was
 * actually stored (every locale), and records the publication. A withdrawal from the site is
 * refused while a live document still needs this one (fair balance), and recorded otherwise.
 * A failed check throws, which rolls the whole write back.
 */
export const confirmPublication: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  const slug = collection.slug as MedicalCollection
  const id = doc.id as number | string
  if (doc._status === 'published') {
    const stored = (await readAllLocales(req, slug, id, false)) ?? { id }
    const status = (stored.reviewStatus as ReviewStatus | undefined) ?? 'draft'
    const { hash, problems } = await evaluatePublication(req, slug, id, stored, actorOf(req), status)
    if (problems.length > 0) throw refusal('This document cannot be published.', problems)
    await createRecord(req, { action: 'publish', collection: slug, document: stored, contentHash: hash, versionId: await latestVersionId(req, slug, id) })
    return doc
  }
  if (operation === 'update' && (await wasUnpublished(req, context, slug, id))) {
    const problems = withdrawalProblems({ actor: actorOf(req), dependents: await liveDependents(req, slug, id) })
    if (problems.length > 0) throw refusal('This document cannot be unpublished.', problems)
    const stored = (await readAllLocales(req, slug, id, false)) ?? { id }
    await createRecord(req, {
      action: 'unpublish',
      collection: slug,
      document: stored,
      contentHash: contentHash(slug, collection.fields, stored),
      versionId: await latestVersionId(req, slug, id),
    })
  }
  return doc
}

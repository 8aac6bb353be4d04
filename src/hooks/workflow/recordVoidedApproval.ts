import type { CollectionAfterChangeHook } from 'payload'

import type { MedicalCollection } from '../../workflow/reviewedFields'
import { createRecord, latestVersionId, readAllLocales } from '../../workflow/store'
import { voidedApprovalHash } from './enforceReviewWorkflow'

/**
 * Records, in the same transaction, that a save changed the reviewed content of an approved
 * document and so voided its approval: the trail shows when and by whom the sign-off ended,
 * and the hash it had covered.
 */
export const recordVoidedApproval: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
  context,
}) => {
  const slug = collection.slug as MedicalCollection
  const voidedHash = voidedApprovalHash(context, slug, doc.id)
  if (!voidedHash) return doc
  const stored = (await readAllLocales(req, slug, doc.id, true)) ?? doc
  await createRecord(req, {
    action: 'voided',
    collection: slug,
    document: stored,
    contentHash: voidedHash,
    versionId: await latestVersionId(req, slug, doc.id),
    note: 'A change to the reviewed content voided the approval.',
  })
  return doc
}

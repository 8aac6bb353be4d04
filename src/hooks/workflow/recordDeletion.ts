import type { CollectionBeforeDeleteHook } from 'payload'

import { contentHash } from '../../workflow/contentHash'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import { createRecord, readAllLocales } from '../../workflow/store'

/**
 * Records the deletion of a medical document, with the hash of its latest content, in the
 * delete's own transaction: it lands only if the delete does. Runs after the checks that can
 * refuse the delete.
 */
export const recordDeletion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const slug = collection.slug as MedicalCollection
  const stored = await readAllLocales(req, slug, id, true)
  if (!stored) return
  await createRecord(req, {
    action: 'delete',
    collection: slug,
    document: stored,
    contentHash: contentHash(slug, collection.fields, stored),
  })
}

import type { CollectionAfterChangeHook } from 'payload'

import { hasRole } from '../../access/roles'
import { RuleViolation } from '../../errors'
import { contentHash } from '../../workflow/contentHash'
import { evaluatePublication } from '../../workflow/publication'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import { refusal } from '../../workflow/service'
import { actorOf, createRecord, latestVersionId, readAllLocales } from '../../workflow/store'
import { wasUnpublished } from '../publicationState'

/**
 * After the write, inside the same transaction: re-checks the sign-off against what was
 * actually stored (every locale), and records the publication or withdrawal. A failed check
 * throws, which rolls the whole write back.
 */
export const confirmPublication: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  const slug = collection.slug as MedicalCollection
  const id = doc.id as number | string
  if (doc._status === 'published') {
    const stored = (await readAllLocales(req, slug, id, false)) ?? {}
    const { hash, problems } = await evaluatePublication(req, slug, id, stored, actorOf(req))
    if (problems.length > 0) throw refusal('This document cannot be published.', problems)
    await createRecord(req, { action: 'publish', collection: slug, documentId: id, contentHash: hash, versionId: await latestVersionId(req, slug, id) })
    return doc
  }
  if (operation === 'update' && (await wasUnpublished(req, context, slug, id))) {
    const actor = actorOf(req)
    if (!actor.isSystem && !hasRole(req.user, 'editor', 'admin')) {
      throw new RuleViolation(403, 'Only an editor or an admin can unpublish medical content.', { rule: 'unpublish-permission' })
    }
    const stored = (await readAllLocales(req, slug, id, false)) ?? {}
    await createRecord(req, {
      action: 'unpublish',
      collection: slug,
      documentId: id,
      contentHash: contentHash(slug, collection.fields, stored),
      versionId: await latestVersionId(req, slug, id),
    })
  }
  return doc
}

import type { Payload } from 'payload'

import { contentHash, idOf } from '../../src/workflow/contentHash'
import { MEDICAL_COLLECTIONS, type MedicalCollection } from '../../src/workflow/reviewedFields'

type Doc = Record<string, unknown>

/** The hash of a stored document (every locale), by the project's own function: the one the hooks use. */
export function hashOf(payload: Payload, collection: MedicalCollection, doc: Doc): string {
  return contentHash(collection, payload.collections[collection].config.fields, doc)
}

/** `collection:id:hash` of every approval decision ever recorded. */
async function approvals(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'review-records',
    where: { and: [{ action: { equals: 'decision' } }, { decision: { equals: 'approve' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Set(docs.map((record) => `${record.targetCollection}:${record.documentId}:${record.contentHash}`))
}

export interface InvariantReport {
  /** Published main rows and published versions checked. */
  checked: number
  /** One line per published main row or published version with no approval of exactly its content. */
  violations: string[]
}

/**
 * The sign-off invariant, read straight from the database: every medical main row with
 * `_status = published`, and every version stored as published, has an approval review record
 * whose content hash is the hash of exactly that content.
 */
export async function checkPublicationInvariant(payload: Payload, collections: readonly MedicalCollection[] = MEDICAL_COLLECTIONS): Promise<InvariantReport> {
  const approved = await approvals(payload)
  const violations: string[] = []
  let checked = 0
  for (const collection of collections) {
    const main = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      locale: 'all',
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      showHiddenFields: true,
      context: { internalRead: true },
    })
    for (const doc of main.docs as unknown as Doc[]) {
      checked += 1
      const hash = hashOf(payload, collection, doc)
      if (!approved.has(`${collection}:${doc.id}:${hash}`)) violations.push(`${collection} ${doc.id}: published main row ${hash.slice(0, 12)} has no matching approval`)
    }
    const versions = await payload.findVersions({
      collection,
      where: { 'version._status': { equals: 'published' } },
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const version of versions.docs) {
      checked += 1
      const parent = String(idOf(version.parent))
      const hash = hashOf(payload, collection, version.version as unknown as Doc)
      if (!approved.has(`${collection}:${parent}:${hash}`)) violations.push(`${collection} ${parent}: published version ${version.id} ${hash.slice(0, 12)} has no matching approval`)
    }
  }
  return { checked, violations }
}

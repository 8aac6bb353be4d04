import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload, Where } from 'payload'

/** Collections whose content a rejected write must leave untouched. */
export const CONTENT_COLLECTIONS: CollectionSlug[] = [
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
  'media',
  'review-records',
  'releases',
]

/**
 * Every main document of `collection` exactly as stored: all locales, hidden fields, no
 * population, no access control, and none of the delivery hooks' work (`internalRead`).
 */
export async function storedDocuments(
  payload: Payload,
  collection: CollectionSlug,
  query: { where?: Where; sort?: string } = {},
): Promise<Array<Record<string, unknown>>> {
  const { docs } = await payload.find({
    collection,
    ...query,
    locale: 'all',
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    context: { internalRead: true },
  })
  return docs as unknown as Array<Record<string, unknown>>
}

export interface Fingerprint {
  counts: Record<string, number>
  hash: string
}

/**
 * Row counts plus one hash over every document and every version of the content
 * collections, all locales. Two equal fingerprints mean nothing was written in between.
 */
export async function fingerprint(
  payload: Payload,
  collections = CONTENT_COLLECTIONS,
): Promise<Fingerprint> {
  const counts: Record<string, number> = {}
  const digest = createHash('sha256')
  for (const collection of collections) {
    const docs = await storedDocuments(payload, collection, { sort: 'id' })
    counts[collection] = docs.length
    digest.update(`${collection}:${JSON.stringify(docs)}`)
    if (payload.collections[collection].config.versions) {
      const versions = await payload.findVersions({
        collection,
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        sort: 'id',
      })
      counts[`${collection} versions`] = versions.docs.length
      digest.update(`${collection}@versions:${JSON.stringify(versions.docs)}`)
    }
  }
  return { counts, hash: digest.digest('hex') }
}

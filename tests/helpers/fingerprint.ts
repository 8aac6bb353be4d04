import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

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
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      showHiddenFields: true,
      sort: 'id',
      context: { internalRead: true },
    })
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

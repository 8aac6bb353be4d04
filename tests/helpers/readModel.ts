import { handleEndpoints, type Payload } from 'payload'

import { collectingCacheTags, SITE_TAG } from '../../src/delivery/cacheTags'
import { shapeSearch } from '../../src/readModel/build'
import { READ_MODEL, READ_MODEL_COLLECTIONS } from '../../src/readModel/coverage'
import { queryFor } from '../../src/readModel/store'
import { SNAPSHOTS } from '../../src/readModel/tables'
import { hashOf } from './invariant'

type Doc = Record<string, unknown>

/**
 * What Payload itself answers an anonymous REST read (its REST handler, called in this process,
 * past the server's delivery layer and read model), with the cache tags its reads recorded.
 */
export async function payloadAnswer(payload: Payload, pathAndQuery: string): Promise<{ status: number; body: string; tags: string[] }> {
  const request = new Request(`${payload.config.serverURL || 'http://localhost'}${pathAndQuery}`)
  const { result, tags } = await collectingCacheTags(() => handleEndpoints({ config: payload.config, request }))
  return { status: result.status, body: await result.text(), tags: [...tags].sort() }
}

export interface StoredSnapshot {
  collection: string
  id: string
  locale: string
  shape: string
  body: string
  contentHash: string
}

export async function storedSnapshots(payload: Payload): Promise<StoredSnapshot[]> {
  const rows = await (await queryFor(payload))(`SELECT collection, doc_id, locale, shape, body, content_hash FROM ${SNAPSHOTS}`)
  return rows.map((row) => ({ collection: String(row.collection), id: String(row.doc_id), locale: String(row.locale), shape: String(row.shape), body: String(row.body), contentHash: String(row.content_hash) }))
}

/**
 * The read model against the live documents: every published medical document has one
 * snapshot per shape and locale, each byte for byte what Payload answers for it now and
 * carrying the hash of its current content; nothing else has a snapshot.
 */
export async function checkReadModel(payload: Payload): Promise<{ checked: number; violations: string[] }> {
  const violations: string[] = []
  const stored = new Map((await storedSnapshots(payload)).map((snapshot) => [`${snapshot.collection}:${snapshot.id}:${snapshot.shape}:${snapshot.locale}`, snapshot]))
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['en']
  let checked = 0
  for (const collection of READ_MODEL_COLLECTIONS) {
    const { docs } = await payload.find({ collection, where: { _status: { equals: 'published' } }, locale: 'all', draft: false, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true, context: { internalRead: true } })
    for (const doc of docs as unknown as Doc[]) {
      const hash = hashOf(payload, collection, doc)
      for (const [shapeName, shape] of Object.entries(READ_MODEL[collection].shapes)) {
        for (const locale of locales) {
          checked += 1
          const key = `${collection}:${doc.id}:${shapeName}:${locale}`
          const snapshot = stored.get(key)
          stored.delete(key)
          if (!snapshot) {
            violations.push(`${key}: published, but no snapshot`)
            continue
          }
          if (snapshot.contentHash !== hash) violations.push(`${key}: snapshot hash ${snapshot.contentHash.slice(0, 12)}, live content ${hash.slice(0, 12)}`)
          const live = await payloadAnswer(payload, `/api/${collection}/${doc.id}?${shapeSearch(shape, locale)}`)
          if (live.body !== snapshot.body) violations.push(`${key}: snapshot differs from Payload's answer`)
        }
      }
    }
  }
  for (const key of stored.keys()) violations.push(`${key}: snapshot of a document that is not published`)
  return { checked, violations }
}

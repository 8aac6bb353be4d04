import { handleEndpoints, type Payload } from 'payload'

import { collectingCacheTags } from '../../src/delivery/cacheTags'
import { instanceKeyOf, shapeSearch } from '../../src/readModel/build'
import { READ_MODEL, READ_MODEL_COLLECTIONS } from '../../src/readModel/coverage'
import { anyStale, queryFor, STALE_COLUMN, staleCount } from '../../src/readModel/store'
import { PLACES, SNAPSHOTS } from '../../src/readModel/tables'
import { idOf } from '../../src/lib/ids'
import { contentHash } from '../../src/workflow/contentHash'
import {
  isMedicalCollection,
  MEDICAL_COLLECTIONS,
  type MedicalCollection,
} from '../../src/workflow/reviewedFields'
import { storedDocuments } from './fingerprint'

const PUBLISHED = { where: { _status: { equals: 'published' } } }

type Doc = Record<string, unknown>

/** The hash of a stored document (every locale, or the ones named), by the project's own function: the one the hooks use. */
export function hashOf(
  payload: Payload,
  collection: MedicalCollection,
  doc: Doc,
  locales?: readonly string[] | null,
): string {
  return contentHash(
    collection,
    payload.collections[collection].config.fields,
    doc,
    locales && locales.length > 0 ? locales : undefined,
  )
}

interface Approval {
  hash: string
  /** The locales it covers; none recorded: every locale (approvals from before locales were named). */
  locales?: string[]
  approver: string
  publishers: Set<string>
}

/** Every approval ever recorded, by `collection:id`, with what it covers, who approved and who published that content. */
async function approvals(payload: Payload): Promise<Map<string, Approval[]>> {
  const { docs } = await payload.find({
    collection: 'review-records',
    where: {
      or: [
        { and: [{ action: { equals: 'decision' } }, { decision: { equals: 'approve' } }] },
        { action: { equals: 'publish' } },
      ],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const found = new Map<string, Approval[]>()
  for (const record of docs) {
    const key = `${record.targetCollection}:${record.documentId}`
    const actor = String(idOf(record.actor) ?? '')
    const list = found.get(key) ?? []
    if (record.action === 'decision')
      list.push({
        hash: record.contentHash,
        locales: record.approvedLocales ?? undefined,
        approver: actor,
        publishers: new Set(),
      })
    else
      list
        .filter((approval) => approval.hash === record.contentHash)
        .forEach((approval) => approval.publishers.add(actor))
    found.set(key, list)
  }
  return found
}

/** The approval whose hash is that of `doc` in the locales it covers. */
function approvalOf(
  payload: Payload,
  approved: Map<string, Approval[]>,
  collection: MedicalCollection,
  id: string,
  doc: Doc,
): Approval | undefined {
  return (approved.get(`${collection}:${id}`) ?? []).find(
    (approval) => hashOf(payload, collection, doc, approval.locales) === approval.hash,
  )
}

export interface InvariantReport {
  /** Published main rows and published versions checked. */
  checked: number
  /** One line per published main row or published version that breaks a rule, naming it. */
  violations: string[]
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => String(idOf(item))) : []

function titleOf(doc: Doc): string {
  const value = doc.title ?? doc.name
  if (value && typeof value === 'object') return String((value as Record<string, unknown>).en ?? '')
  return String(value ?? '')
}

/** What a live document needs to be live as well: a treatment its disclosures, an article its treatments. */
const NEEDS: Partial<Record<MedicalCollection, { field: string; collection: MedicalCollection }>> =
  {
    'treatment-options': { field: 'riskDisclosures', collection: 'risk-disclosures' },
    articles: { field: 'treatments', collection: 'treatment-options' },
  }

/**
 * The sign-off invariant, read straight from the database:
 * - every medical main row with `_status = published`, and every version stored as published,
 *   has an approval review record whose content hash is the hash of exactly that content in
 *   the locales the approval covers;
 * - the approver is none of the document's recorded contributors, and did not publish it;
 * - what is live is balanced: a live treatment's disclosures and a live article's treatments are live;
 * - the published read model serves exactly the live documents (`checkReadModel`).
 */
export async function checkPublicationInvariant(
  payload: Payload,
  collections: readonly MedicalCollection[] = MEDICAL_COLLECTIONS,
): Promise<InvariantReport> {
  const approved = await approvals(payload)
  const violations: string[] = []
  const live = new Map<MedicalCollection, Doc[]>()
  let checked = 0
  for (const collection of MEDICAL_COLLECTIONS) {
    live.set(collection, (await storedDocuments(payload, collection, PUBLISHED)) as Doc[])
  }
  for (const collection of collections) {
    for (const doc of live.get(collection) ?? []) {
      checked += 1
      const label = `${collection} ${doc.id} "${titleOf(doc)}"`
      const approval = approvalOf(payload, approved, collection, String(doc.id), doc)
      if (!approval) {
        violations.push(
          `${label}: published main row ${hashOf(payload, collection, doc).slice(0, 12)} has no matching approval`,
        )
        continue
      }
      if (idsOf(doc.contributors).concat(idsOf(doc.authors)).includes(approval.approver))
        violations.push(`${label}: approved by one of its contributors`)
      if (approval.publishers.has(approval.approver))
        violations.push(`${label}: published by its own approver`)
      const needs = NEEDS[collection]
      if (needs) {
        const liveIds = new Set(
          (live.get(needs.collection) ?? []).map((needed) => String(needed.id)),
        )
        for (const needed of idsOf(doc[needs.field])) {
          if (!liveIds.has(needed))
            violations.push(`${label}: links ${needs.collection} ${needed}, which is not live`)
        }
      }
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
      const data = version.version as unknown as Doc
      if (!approvalOf(payload, approved, collection, parent, data)) {
        violations.push(
          `${collection} ${parent}: published version ${version.id} ${hashOf(payload, collection, data).slice(0, 12)} has no matching approval`,
        )
      }
    }
  }
  const readModel = await checkReadModel(payload)
  return {
    checked: checked + readModel.checked,
    violations: [...violations, ...readModel.violations],
  }
}

/**
 * What Payload itself answers an anonymous REST read (its REST handler, called in this process,
 * past the server's delivery layer and read model), with the cache tags its reads recorded.
 */
export async function payloadAnswer(
  payload: Payload,
  pathAndQuery: string,
): Promise<{ status: number; body: string; tags: string[] }> {
  const request = new Request(`${payload.config.serverURL || 'http://localhost'}${pathAndQuery}`)
  const { result, tags } = await collectingCacheTags(() =>
    handleEndpoints({
      config: payload.config,
      request,
      payloadInstanceCacheKey: instanceKeyOf(payload),
    }),
  )
  return { status: result.status, body: await result.text(), tags: [...tags].sort() }
}

export interface StoredSnapshot {
  collection: string
  id: string
  locale: string
  shape: string
  body: string
  contentHash: string
  /** Marked stale: it embeds something changed since it was built, and Payload answers for it. */
  stale: boolean
}

export async function storedSnapshots(payload: Payload): Promise<StoredSnapshot[]> {
  const rows = await (
    await queryFor(payload)
  )(
    `SELECT s.collection, s.doc_id, s.locale, s.shape, s.body, s.content_hash, ${STALE_COLUMN('s')} FROM ${SNAPSHOTS} s`,
  )
  return rows.map((row) => ({
    stale: anyStale([row]),
    collection: String(row.collection),
    id: String(row.doc_id),
    locale: String(row.locale),
    shape: String(row.shape),
    body: String(row.body),
    contentHash: String(row.content_hash),
  }))
}

/** Waits until a server has rebuilt every document marked stale; fails after `timeoutMs`. */
export async function untilNothingStale(payload: Payload, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while ((await staleCount(await queryFor(payload))) > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `${await staleCount(await queryFor(payload))} documents still marked stale after ${timeoutMs} ms`,
      )
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Where two texts part, with a little of each from there. */
function firstDifference(stored: string, live: string): string {
  let at = 0
  while (at < stored.length && stored[at] === live[at]) at += 1
  const from = Math.max(0, at - 40)
  return `from character ${at}: stored …${stored.slice(from, at + 80)}…, Payload …${live.slice(from, at + 80)}…`
}

/** The stored points of the nearby search, by collection and id. */
async function storedPlaces(payload: Payload): Promise<Map<string, { lat: number; lng: number }>> {
  const rows = await (await queryFor(payload))(`SELECT collection, doc_id, lat, lng FROM ${PLACES}`)
  return new Map(
    rows.map((row) => [
      `${String(row.collection)}:${String(row.doc_id)}`,
      { lat: Number(row.lat), lng: Number(row.lng) },
    ]),
  )
}

/**
 * The read model against the live documents: every published document of its collections has
 * one snapshot per shape and locale, each byte for byte what Payload answers for it now (unless
 * it is marked stale, which it is never served while) and carrying the hash of its current
 * content (medical ones), and its point where the nearby search covers the collection; nothing
 * else has a snapshot or a point.
 */
export async function checkReadModel(
  payload: Payload,
): Promise<{ checked: number; violations: string[] }> {
  const violations: string[] = []
  const stored = new Map(
    (await storedSnapshots(payload)).map((snapshot) => [
      `read model ${snapshot.collection}:${snapshot.id}:${snapshot.shape}:${snapshot.locale}`,
      snapshot,
    ]),
  )
  const places = await storedPlaces(payload)
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['en']
  let checked = 0
  for (const collection of READ_MODEL_COLLECTIONS) {
    for (const doc of (await storedDocuments(payload, collection, PUBLISHED)) as Doc[]) {
      if (READ_MODEL[collection].nearby) {
        const key = `${collection}:${doc.id}`
        const place = places.get(key)
        places.delete(key)
        const live = doc.location as { lat: number; lng: number }
        if (place?.lat !== live.lat || place.lng !== live.lng)
          violations.push(
            `read model place ${key}: stored ${JSON.stringify(place ?? null)}, live ${JSON.stringify({ lat: live.lat, lng: live.lng })}`,
          )
      }
      // Only medical snapshots carry an approved hash.
      const hash = isMedicalCollection(collection) ? hashOf(payload, collection, doc) : ''
      for (const [shapeName, shape] of Object.entries(READ_MODEL[collection].shapes)) {
        for (const locale of locales) {
          checked += 1
          const key = `read model ${collection}:${doc.id}:${shapeName}:${locale}`
          const snapshot = stored.get(key)
          stored.delete(key)
          const title = `("${titleOf(doc)}")`
          if (!snapshot) {
            violations.push(`${key}: published, but no snapshot ${title}`)
            continue
          }
          if (snapshot.contentHash !== hash)
            violations.push(
              `${key}: snapshot hash ${snapshot.contentHash.slice(0, 12)}, live content ${hash.slice(0, 12)} ${title}`,
            )
          if (snapshot.stale) continue
          const live = await payloadAnswer(
            payload,
            `/api/${collection}/${doc.id}?${shapeSearch(shape, locale)}`,
          )
          if (live.body !== snapshot.body)
            violations.push(
              `${key}: snapshot differs from Payload's answer ${title}, ${firstDifference(snapshot.body, live.body)}`,
            )
        }
      }
    }
  }
  for (const key of stored.keys())
    violations.push(`${key}: snapshot of a document that is not published`)
  for (const key of places.keys())
    violations.push(`read model place ${key}: point of a document that is not published`)
  return { checked, violations }
}

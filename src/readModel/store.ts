import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { lockName } from '../db/locks'
import { DEPENDENCIES, LINKS, PLACES, SNAPSHOTS, STALE, STATE } from './tables'

export type Row = Record<string, unknown>
/** Runs one statement with `?` placeholders and answers its rows. */
export type Query = (text: string, params?: readonly unknown[]) => Promise<Row[]>

interface DrizzleSession {
  execute?: (query: SQL) => Promise<{ rows: Row[] }>
  all?: (query: SQL) => Promise<Row[]>
}

interface SqlAdapter {
  name: string
  sessions?: Record<string, { db: DrizzleSession } | undefined>
  pool?: { query: (text: string, values?: readonly unknown[]) => Promise<{ rows: Row[] }> }
  client?: { execute: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: Row[] }> }
}

/** Whether a snapshot's document is marked stale (src/readModel/refresh.ts), as a column `stale`. */
export const STALE_COLUMN = (alias: string) =>
  `EXISTS (SELECT 1 FROM ${STALE} x WHERE x.collection = ${alias}.collection AND x.doc_id = ${alias}.doc_id) AS stale`

/** Whether any of `rows` (selected with `STALE_COLUMN`) is stale: its answer is then Payload's. */
export const anyStale = (rows: readonly Row[]): boolean =>
  rows.some((row) => Number(row.stale) === 1)

/** The read model needs SQL; on MongoDB every read goes to Payload. */
export const hasReadModel = (payload: Payload): boolean =>
  ['postgres', 'sqlite'].includes((payload.db as unknown as SqlAdapter).name)

/** `?` placeholders as drizzle parameters, for statements inside Payload's transaction. */
function asSql(text: string, params: readonly unknown[]): SQL {
  const parts = text.split('?')
  return sql.join(
    parts.flatMap((part, index) =>
      index < params.length ? [sql.raw(part), sql`${params[index]}`] : [sql.raw(part)],
    ),
    sql.raw(''),
  )
}

const numbered = (text: string): string => {
  let n = 0
  return text.replace(/\?/g, () => `$${(n += 1)}`)
}

/**
 * Statements on the request's open transaction, or (for reads) straight on the driver: the
 * pool or libsql's client, without drizzle's query building, which is most of what a cold
 * Payload read costs.
 */
export async function queryFor(payload: Payload, req?: PayloadRequest): Promise<Query> {
  const adapter = payload.db as unknown as SqlAdapter
  const session = req?.transactionID
    ? adapter.sessions?.[String(await req.transactionID)]?.db
    : undefined
  if (session?.execute)
    return async (text, params = []) => (await session.execute!(asSql(text, params))).rows
  if (session?.all) return (text, params = []) => session.all!(asSql(text, params))
  if (adapter.pool)
    return async (text, params = []) => (await adapter.pool!.query(numbered(text), params)).rows
  if (adapter.client)
    return async (text, params = []) =>
      (await adapter.client!.execute({ sql: text, args: [...params] })).rows
  throw new Error(`the read model has no SQL connection on ${adapter.name}`)
}

/**
 * Read-model writes take turns (PostgreSQL; SQLite has one writer anyway): a snapshot built
 * while another transaction was changing a document it embeds either sees that change or is
 * rebuilt by that transaction, which finds the new reverse dependency once this one commits.
 */
export const lockReadModel = (req: PayloadRequest): Promise<void> => lockName(req, 'cms.read-model')

export interface SnapshotRow {
  shape: string
  locale: string
  body: string
  tags: readonly string[]
}

export interface DocumentSnapshots {
  collection: string
  id: string
  slug: null | string
  publishedAt: null | string
  createdAt: string
  contentHash: string
  snapshots: readonly SnapshotRow[]
  /** The tags of the documents its snapshots embed, for the reverse-dependency index. */
  dependencies: readonly string[]
  /** Stored relationship ids by field, for filtered lists. */
  links: Record<string, readonly string[]>
  /** Its point, for collections the nearby search covers. */
  place?: { lat: number; lng: number }
}

/** Removes every row of one document, its mark as stale included. */
export async function deleteDocument(query: Query, collection: string, id: string): Promise<void> {
  for (const table of [SNAPSHOTS, LINKS, DEPENDENCIES, PLACES, STALE])
    await query(`DELETE FROM ${table} WHERE collection = ? AND doc_id = ?`, [collection, id])
}

/** Replaces every row of one document: its snapshots, its links and its dependencies. */
export async function writeDocument(query: Query, doc: DocumentSnapshots): Promise<void> {
  await deleteDocument(query, doc.collection, doc.id)
  for (const snapshot of doc.snapshots) {
    await query(
      `INSERT INTO ${SNAPSHOTS} (collection, doc_id, locale, shape, slug, published_at, created_at, body, content_hash, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        doc.collection,
        doc.id,
        snapshot.locale,
        snapshot.shape,
        doc.slug,
        doc.publishedAt,
        doc.createdAt,
        snapshot.body,
        doc.contentHash,
        JSON.stringify(snapshot.tags),
      ],
    )
  }
  for (const [field, targets] of Object.entries(doc.links)) {
    for (const target of new Set(targets))
      await query(
        `INSERT INTO ${LINKS} (collection, doc_id, field, target_id, published_at, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
        [doc.collection, doc.id, field, target, doc.publishedAt, doc.createdAt],
      )
  }
  if (doc.place)
    await query(
      `INSERT INTO ${PLACES} (collection, doc_id, lat, lng, created_at) VALUES (?, ?, ?, ?, ?)`,
      [doc.collection, doc.id, doc.place.lat, doc.place.lng, doc.createdAt],
    )
  for (const tag of new Set(doc.dependencies))
    await query(`INSERT INTO ${DEPENDENCIES} (tag, collection, doc_id) VALUES (?, ?, ?)`, [
      tag,
      doc.collection,
      doc.id,
    ])
}

/**
 * Marks the documents whose snapshots depend on any of `tags` (but `except`, whose own
 * snapshots its write rebuilds) as stale, so they are answered by Payload until rebuilt.
 * Answers whether there were any.
 */
export async function markDependentsStale(
  query: Query,
  tags: readonly string[],
  except: { collection: string; id: string },
): Promise<boolean> {
  if (tags.length === 0) return false
  const dependents = `FROM ${DEPENDENCIES} WHERE tag IN (${tags.map(() => '?').join(', ')}) AND NOT (collection = ? AND doc_id = ?)`
  const params = [...tags, except.collection, except.id]
  if ((await query(`SELECT 1 AS found ${dependents} LIMIT 1`, params)).length === 0) return false
  await query(
    `INSERT INTO ${STALE} (collection, doc_id) SELECT DISTINCT collection, doc_id ${dependents} ON CONFLICT DO NOTHING`,
    params,
  )
  return true
}

/** How many documents are marked stale. */
export async function staleCount(query: Query): Promise<number> {
  const [row] = await query(`SELECT COUNT(*) AS n FROM ${STALE}`)
  return Number(row.n)
}

/** Up to `limit` of the documents marked stale. */
export async function staleDocuments(
  query: Query,
  limit: number,
): Promise<Array<{ collection: string; id: string }>> {
  const rows = await query(`SELECT collection, doc_id FROM ${STALE} LIMIT ${Math.floor(limit)}`)
  return rows.map((row) => ({ collection: String(row.collection), id: String(row.doc_id) }))
}

export async function storedRevision(query: Query): Promise<string | undefined> {
  const rows = await query(`SELECT revision FROM ${STATE} WHERE id = 1`)
  return rows[0] ? String(rows[0].revision) : undefined
}

export async function setRevision(query: Query, revision: string): Promise<void> {
  await query(`DELETE FROM ${STATE} WHERE id = 1`)
  await query(`INSERT INTO ${STATE} (id, revision) VALUES (1, ?)`, [revision])
}

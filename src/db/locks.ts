import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { adapterInternals, requestSession, type DrizzleSession } from '../lib/adapterInternals'

/**
 * Takes the row lock of a document's main row until the surrounding transaction ends, so two
 * writers of one document (edit against publish, two review decisions) take turns. SQLite
 * needs none (the write gate already admits one transaction at a time); MongoDB has no
 * equivalent and relies on its own document-level write conflicts.
 */
export async function lockDocument(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<void> {
  const session = await postgresTransaction(req)
  if (!session) return
  const table =
    session.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
  await session.db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
}

/** A transaction-long lock on a name (PostgreSQL advisory lock), for check-then-write steps that have no row to lock. */
export async function lockName(req: PayloadRequest, name: string): Promise<void> {
  const session = await postgresTransaction(req)
  if (!session) return
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`)
}

async function postgresTransaction(
  req: PayloadRequest,
): Promise<{ db: DrizzleSession; tableNameMap: Map<string, string> } | undefined> {
  const session = await requestSession(req)
  return session
    ? { db: session, tableNameMap: adapterInternals(req.payload.db).tableNameMap ?? new Map() }
    : undefined
}

import type { BaseDatabaseAdapter, Payload, PayloadRequest } from 'payload'

/** A drizzle database or transaction, as far as this project calls it. */
export interface DrizzleSession {
  execute: (query: unknown) => Promise<unknown>
}

/**
 * The parts of Payload's database adapters (@payloadcms/db-postgres, db-sqlite, db-mongodb
 * 3.90.1) that this project reads although `BaseDatabaseAdapter` does not type them: the
 * node-postgres pool, the libSQL client and its URL, the Mongoose connection, the drizzle
 * session of each open transaction and drizzle's table names. Every such read goes through
 * `adapterInternals`, so an adapter upgrade that moves one is checked in one place
 * (src/workarounds.ts lists the patches that depend on them).
 */
export interface AdapterInternals {
  name: string
  pool?: {
    query: <Row = Record<string, unknown>>(
      text: string,
      values?: unknown[],
    ) => Promise<{ rows: Row[] }>
    connect: () => Promise<PoolClient>
    end: () => Promise<void>
    ending?: boolean
    on: (event: 'error', listener: (error: Error) => void) => unknown
    listenerCount: (event: 'error') => number
  }
  client?: { execute: (sql: string) => Promise<unknown> }
  clientConfig?: { url?: string }
  connection?: { db?: { admin: () => { ping: () => Promise<unknown> } } }
  sessions?: Record<string, { db: DrizzleSession }>
  tableNameMap?: Map<string, string>
}

/** A client checked out of the node-postgres pool. */
export interface PoolClient {
  query: (text: string, values?: unknown[]) => Promise<unknown>
  release: (error?: Error | boolean) => void
}

export function adapterInternals(db: BaseDatabaseAdapter | Payload['db']): AdapterInternals {
  return db as unknown as AdapterInternals
}

/** The drizzle session of the PostgreSQL transaction `transactionID` names, if there is one. */
export function postgresSession(
  db: BaseDatabaseAdapter | Payload['db'],
  transactionID: number | string | undefined | null,
): DrizzleSession | undefined {
  const internals = adapterInternals(db)
  if (internals.name !== 'postgres' || transactionID === undefined || transactionID === null)
    return undefined
  return internals.sessions?.[String(transactionID)]?.db
}

/** The drizzle session of the PostgreSQL transaction `req` is in, if there is one. */
export async function requestSession(req: PayloadRequest): Promise<DrizzleSession | undefined> {
  return postgresSession(req.payload.db, req.transactionID ? await req.transactionID : undefined)
}

import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import pg from 'pg'

import type { DatabaseTarget } from '../env'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { runCallbacksOnCommit } from './afterCommit'
import { ClosablePool } from './closablePool'
import { postgresLocaleIndexes, sqliteLocaleIndexes } from './indexes'
import { claimJobsOneAtATime } from './jobLocks'
import { sharedStateTables } from './sharedState'
import { postgresReadModelTables, sqliteReadModelTables } from '../readModel/tables'
import { transactionsOnOwnConnections } from './sqliteTransactions'
import { gateSqliteWrites, WriteGate } from './sqliteWriteGate'

// Scripts always run from the project root; cwd also survives Next's bundling of this file.
export const migrationDirs = {
  postgres: path.resolve(process.cwd(), 'src/migrations/postgres'),
  sqlite: path.resolve(process.cwd(), 'src/migrations/sqlite'),
} as const

export interface AdapterOptions {
  /** Pool size for PostgreSQL. */
  poolMax?: number
}

function sqlite(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.sqlitePath) fs.mkdirSync(path.dirname(target.sqlitePath), { recursive: true })
  const adapterObj = sqliteAdapter({
    client: { url: target.url },
    // Another process (a seed or job run from the CLI) may hold the file briefly.
    busyTimeout: 5000,
    wal: true,
    // Transactions make every write all-or-nothing, so a refused publish or a crash never
    // leaves half a document behind. `immediate` takes the write lock at BEGIN.
    transactionOptions: { behavior: 'immediate' },
    migrationDir: migrationDirs.sqlite,
    beforeSchemaInit: [sqliteReadModelTables],
    afterSchemaInit: [sqliteLocaleIndexes],
    prodMigrations: sqliteMigrations,
  })
  const gate = new WriteGate(15_000)
  return extendAdapter(adapterObj, (adapter) => {
    transactionsOnOwnConnections(adapter)
    gateSqliteWrites(adapter, gate)
  })
}

/** Adds behaviour to the adapter instance Payload creates from `adapterObj`. */
function extendAdapter(
  adapterObj: DatabaseAdapterObj,
  extend: (adapter: BaseDatabaseAdapter) => void,
): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args)
      extend(adapter)
      return adapter
    },
  }
}

function postgres(target: DatabaseTarget, options: AdapterOptions): DatabaseAdapterObj {
  const adapterObj = postgresAdapter({
    pool: {
      connectionString: target.url,
      max: options.poolMax ?? 10,
      // Fail fast when the server is gone instead of queueing requests forever.
      connectionTimeoutMillis: 5000,
    },
    pg: { ...pg, Pool: ClosablePool },
    migrationDir: migrationDirs.postgres,
    beforeSchemaInit: [sharedStateTables, postgresReadModelTables],
    afterSchemaInit: [postgresLocaleIndexes],
    prodMigrations: postgresMigrations,
  })
  // Several server processes share one PostgreSQL database, and each runs the job queues.
  return extendAdapter(adapterObj, claimJobsOneAtATime)
}

function mongodb(target: DatabaseTarget): DatabaseAdapterObj {
  return mongooseAdapter({
    url: target.url,
    connectOptions: { serverSelectionTimeoutMS: 5000 },
  })
}

/** The Payload database adapter for a resolved `DATABASE_URI`. */
export function createDatabaseAdapter(
  target: DatabaseTarget,
  options: AdapterOptions = {},
): DatabaseAdapterObj {
  const adapter =
    target.kind === 'sqlite'
      ? sqlite(target)
      : target.kind === 'postgres'
        ? postgres(target, options)
        : mongodb(target)
  return extendAdapter(adapter, runCallbacksOnCommit)
}

import {
  createClient,
  type Client,
  type Config,
  type InStatement,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/**
 * A transaction on a connection of its own, closed as soon as the transaction ends. The
 * connection gets the adapter's busy timeout, so BEGIN waits for another process's write
 * instead of failing at once with SQLITE_BUSY.
 */
async function transactionOnOwnConnection(
  config: Config,
  busyTimeoutMs: number,
  mode: TransactionMode = 'write',
): Promise<Transaction> {
  const connection = createClient(config)
  try {
    await connection.execute(`PRAGMA busy_timeout = ${Math.floor(busyTimeoutMs)}`)
    await connection.execute(BEGIN[mode])
  } catch (error) {
    connection.close()
    throw error
  }
  let open = true
  // A COMMIT that fails leaves the transaction open, and a closed connection keeps its lock until
  // the garbage collector finalises its statements, so the failed transaction is rolled back here.
  const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    try {
      await connection.execute(statement)
    } catch (error) {
      if (statement === 'COMMIT') await connection.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      connection.close()
    }
  }
  return {
    execute: (stmt: InStatement) => connection.execute(stmt),
    batch: async (stmts: InStatement[]) => {
      const results: ResultSet[] = []
      for (const stmt of stmts) results.push(await connection.execute(stmt))
      return results
    },
    executeMultiple: async () => {
      // libsql's own executeMultiple rolls back an open transaction when it is done.
      throw new Error('executeMultiple is not available inside a transaction')
    },
    commit: () => end('COMMIT'),
    rollback: () => end('ROLLBACK'),
    // libsql runs the ROLLBACK at once; closing alone would keep the write lock until the
    // garbage collector finalises the connection's statements.
    close: () => void end('ROLLBACK').catch(() => undefined),
    get closed() {
      return !open
    },
  }
}

/**
 * Runs every transaction of the SQLite adapter on a connection of its own.
 *
 * libsql's client hands its connection to each transaction, opens a fresh one for the
 * statements after it, and never closes the old one: every save left a connection (file
 * handles, parsed schema, page cache) until the garbage collector, which does not see native
 * memory, got to it. Under a stream of saves the server held 251 open database files after
 * ten seconds and grew by ~100 MB a second. Here a transaction's connection is closed when it
 * ends (6 open files after the same run), and the client keeps one connection, with its warm
 * cache, for reads.
 */
export function transactionsOnOwnConnections(adapter: BaseDatabaseAdapter): void {
  const target = adapter as unknown as {
    client?: Client
    clientConfig: Config
    busyTimeout?: number
    connect?: (...args: unknown[]) => Promise<void>
  }
  const connect = target.connect?.bind(adapter)
  if (!connect) return
  target.connect = async (...args: unknown[]) => {
    await connect(...args)
    const { client } = target
    if (client)
      client.transaction = (mode?: TransactionMode) =>
        transactionOnOwnConnection(target.clientConfig, target.busyTimeout ?? 0, mode)
  }
}

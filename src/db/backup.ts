import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { createClient } from '@libsql/client'
import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

import type { DatabaseTarget } from '../env'
import { withPgClient } from './pgClient'

export interface BackupManifest {
  format: 'cms-backup/1'
  database: 'postgres' | 'sqlite'
  createdAt: string
  /** PostgreSQL: the tables dumped, with their row counts. */
  tables?: Record<string, number>
  /**
   * PostgreSQL: each table's columns in the order the dump holds them. A database made by schema
   * push and one made by migrations can order the same columns differently (a migration appends
   * a new column at the end), so rows are copied by name, never by position.
   */
  columns?: Record<string, string[]>
}

const MANIFEST = 'manifest.json'

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`

async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  )
  return rows.map((row) => row.table_name)
}

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
    [table],
  )
  return rows.map((row) => row.column_name)
}

const columnList = (columns: string[] | undefined): string =>
  columns ? ` (${columns.map(quoteIdentifier).join(', ')})` : ''

/**
 * A consistent backup of the running database into `directory`:
 * - SQLite: `VACUUM INTO`, SQLite's online backup (a snapshot, while the server keeps writing);
 * - PostgreSQL: every table streamed with COPY inside one REPEATABLE READ transaction, so all
 *   tables come from the same instant. (`pg_dump -Fc` does the same job where a matching
 *   client is installed; this needs nothing but the `pg` driver.)
 */
export async function backupDatabase(
  target: DatabaseTarget,
  directory: string,
): Promise<BackupManifest> {
  fs.mkdirSync(directory, { recursive: true })
  const createdAt = new Date().toISOString()
  if (target.kind === 'sqlite') {
    const file = path.join(directory, 'cms.db')
    fs.rmSync(file, { force: true })
    const client = createClient({ url: target.url })
    try {
      await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
    } finally {
      client.close()
    }
    const manifest: BackupManifest = { format: 'cms-backup/1', database: 'sqlite', createdAt }
    fs.writeFileSync(path.join(directory, MANIFEST), JSON.stringify(manifest, null, 2))
    return manifest
  }
  if (target.kind !== 'postgres')
    throw new Error('MongoDB backups are done with mongodump; see the README.')
  return withPgClient(target.url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      const tables: Record<string, number> = {}
      const columns: Record<string, string[]> = {}
      for (const table of await publicTables(client)) {
        const { rows } = await client.query<{ count: string }>(
          `SELECT count(*) FROM ${quoteIdentifier(table)}`,
        )
        tables[table] = Number(rows[0].count)
        columns[table] = await columnsOf(client, table)
        const copy = `COPY ${quoteIdentifier(table)}${columnList(columns[table])} TO STDOUT`
        await pipeline(
          client.query(copyTo(copy)),
          fs.createWriteStream(path.join(directory, `${table}.copy`)),
        )
      }
      await client.query('COMMIT')
      const manifest: BackupManifest = {
        format: 'cms-backup/1',
        database: 'postgres',
        createdAt,
        tables,
        columns,
      }
      fs.writeFileSync(path.join(directory, MANIFEST), JSON.stringify(manifest, null, 2))
      return manifest
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    }
  })
}

export function readManifest(directory: string): BackupManifest {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(directory, MANIFEST), 'utf8'),
  ) as BackupManifest
  if (manifest.format !== 'cms-backup/1')
    throw new Error(`${directory} is not a backup made by this CMS`)
  return manifest
}

/**
 * Refuses a restore target that holds anything: restoring never overwrites data. SQLite: the
 * file must not exist. PostgreSQL: no table may have rows, apart from the migrations' own log.
 */
export async function assertEmptyTarget(target: DatabaseTarget): Promise<void> {
  if (target.kind === 'sqlite') {
    if (!target.sqlitePath) throw new Error('SQLite restore needs a file path')
    if (fs.existsSync(target.sqlitePath))
      throw new Error(
        `${target.sqlitePath} exists; restore into a new file (or move the old one away first).`,
      )
    return
  }
  if (target.kind !== 'postgres')
    throw new Error('MongoDB restores are done with mongorestore; see the README.')
  await withPgClient(target.url, async (client) => {
    for (const table of await publicTables(client)) {
      if (table.startsWith('payload_migrations')) continue
      const { rows } = await client.query(`SELECT 1 FROM ${quoteIdentifier(table)} LIMIT 1`)
      if (rows.length > 0)
        throw new Error(
          `The database already has content (table ${table}); restore into a new, empty database.`,
        )
    }
  })
}

/**
 * Restores a backup into the database `target` names, which must be new and empty (for
 * PostgreSQL, its schema must already be migrated to the same version: scripts/restore.ts
 * does that first).
 */
export async function restoreDatabase(target: DatabaseTarget, directory: string): Promise<void> {
  const manifest = readManifest(directory)
  if (manifest.database !== target.kind)
    throw new Error(`This is a ${manifest.database} backup; DATABASE_URI points to ${target.kind}.`)
  await assertEmptyTarget(target)
  if (target.kind === 'sqlite') {
    const file = target.sqlitePath as string
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.copyFileSync(path.join(directory, 'cms.db'), file)
    return
  }
  await withPgClient(target.url, async (client) => {
    await client.query('BEGIN')
    try {
      const tables = Object.keys(manifest.tables ?? {})
      // Rows arrive table by table; foreign keys are checked by the source database already.
      await client.query('SET LOCAL session_replication_role = replica')
      await client.query(`TRUNCATE ${tables.map(quoteIdentifier).join(', ')}`)
      for (const table of tables) {
        const copy = `COPY ${quoteIdentifier(table)}${columnList(manifest.columns?.[table])} FROM STDIN`
        await pipeline(
          fs.createReadStream(path.join(directory, `${table}.copy`)),
          client.query(copyFrom(copy)),
        )
      }
      // Sequences continue after the restored ids.
      const { rows } = await client.query<{
        table_name: string
        column_name: string
        sequence: string
      }>(
        "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval%'",
      )
      for (const { table_name, column_name, sequence } of rows) {
        if (!sequence) continue
        await client.query(
          `SELECT setval($1, COALESCE((SELECT max(${quoteIdentifier(column_name)}) FROM ${quoteIdentifier(table_name)}), 1), (SELECT max(${quoteIdentifier(column_name)}) FROM ${quoteIdentifier(table_name)}) IS NOT NULL)`,
          [sequence],
        )
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    }
  })
}

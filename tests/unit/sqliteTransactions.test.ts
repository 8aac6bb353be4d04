import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client, type Config } from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { transactionsOnOwnConnections } from '../../src/db/sqliteTransactions'

/**
 * SQLite transactions on connections of their own, against a real database file: the client
 * keeps its connection (libsql's own handed it to each transaction), commits are kept,
 * rollbacks, abandoned transactions and failed commits leave nothing and no lock, and another
 * connection does not see a transaction before it commits.
 */

let dir: string
let client: Client

const count = async (on: Client = client) =>
  Number((await on.execute('SELECT COUNT(*) AS n FROM notes')).rows[0].n)

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-tx-'))
  const clientConfig: Config = { url: `file:${path.join(dir, 'test.db')}` }
  // The two members of Payload's SQLite adapter that the wrapper uses.
  const adapter = {
    clientConfig,
    busyTimeout: 1000,
    client: undefined as Client | undefined,
    async connect() {
      this.client = createClient(clientConfig)
    },
  }
  transactionsOnOwnConnections(adapter as unknown as BaseDatabaseAdapter)
  await adapter.connect()
  client = adapter.client!
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
})

afterEach(() => {
  client.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('SQLite transactions on their own connections', () => {
  it('keeps the client on its own connection across transactions, and keeps commits but not rollbacks', async () => {
    // cache_size belongs to a connection: it survives only if the client still reads on the same one.
    await client.execute('PRAGMA cache_size = 1234')
    for (let index = 0; index < 25; index += 1) {
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [`note ${index}`] })
      if (index % 5 === 0) await tx.rollback()
      else await tx.commit()
      expect(tx.closed).toBe(true)
    }
    expect(Number((await client.execute('PRAGMA cache_size')).rows[0].cache_size)).toBe(1234)
    expect(await count()).toBe(20)
  })

  it('isolates an open transaction from other connections until it commits', async () => {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['pending'] })
    expect(await count()).toBe(0)
    expect(Number((await tx.execute('SELECT COUNT(*) AS n FROM notes')).rows[0].n)).toBe(1)
    await tx.commit()
    expect(tx.closed).toBe(true)
    expect(await count()).toBe(1)
  })

  it('leaves nothing behind when a transaction is closed without committing', async () => {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['abandoned'] })
    tx.close()
    expect(tx.closed).toBe(true)
    expect(await count()).toBe(0)
    const next = await client.transaction('write')
    await next.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['kept'] })
    await next.commit()
    expect(await count()).toBe(1)
  })

  it('rolls back a transaction whose COMMIT fails, so the next writer is not locked out', async () => {
    await client.execute('CREATE TABLE parents (id INTEGER PRIMARY KEY)')
    await client.execute(
      'CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)',
    )
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['with a broken link'] })
    await tx.execute({ sql: 'INSERT INTO children (parent_id) VALUES (?)', args: [42] })
    await expect(tx.commit()).rejects.toThrow(/FOREIGN KEY/)
    expect(tx.closed).toBe(true)

    const next = await client.transaction('write')
    await next.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['after the failure'] })
    await next.commit()
    expect((await client.execute('SELECT text FROM notes')).rows.map((row) => row.text)).toEqual([
      'after the failure',
    ])
    expect(Number((await client.execute('SELECT COUNT(*) AS n FROM children')).rows[0].n)).toBe(0)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ClosablePool } from '../../src/db/closablePool'
import { createTestDatabase, type TestDatabase } from '../helpers/database'

/**
 * How the server's PostgreSQL pool closes on shutdown (src/db/closablePool.ts): the client
 * Payload keeps checked out for good must not keep `end()` waiting, a query still running must
 * be let finish, and whoever holds a client it had to close must be able to release it as usual.
 * Before, a query in flight at SIGTERM had its client forced back under it, pg-pool threw
 * "Release called on client which has already been released" from a socket callback, and the
 * server exited with 1 instead of 0.
 */
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase('postgres')
})

afterAll(async () => {
  await database?.drop()
})

describe('ClosablePool.end()', () => {
  it('lets a running query finish, closes the client held for good, and tolerates its late release', async () => {
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', onUncaught)
    try {
      const pool = new ClosablePool({ connectionString: database.uri, max: 4 })
      // Like Payload's adapter: one client checked out on connect and never given back.
      const heldForGood = await pool.connect()
      // Like a transaction between two statements at shutdown: its owner releases it afterwards.
      const inTransaction = await pool.connect()
      await inTransaction.query('BEGIN')
      const running = pool.query<{ answer: number }>('SELECT pg_sleep(0.3), 42 AS answer')
      // Started once the query is on the wire, as when SIGTERM arrives mid-request.
      await new Promise((resolve) => setTimeout(resolve, 50))

      await pool.end()

      const finished = await Promise.race([
        running,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the running query never came back')), 5_000),
        ),
      ])
      expect(finished.rows[0].answer).toBe(42)
      await expect(inTransaction.query('SELECT 1')).rejects.toThrow()
      expect(() => inTransaction.release()).not.toThrow()
      expect(() => heldForGood.release()).not.toThrow()
      expect(pool.totalCount).toBe(0)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(uncaught).toEqual([])
    } finally {
      process.off('uncaughtException', onUncaught)
    }
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { analyzeSqlite } from '../../src/db/plannerStatistics'
import { adapterInternals } from '../../src/lib/adapterInternals'
import { createTestDatabase } from '../helpers/database'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * SQLite's query planner needs statistics to tell a selective index (a version's parent) from
 * one that is not (its boolean `latest`). Without them, the read of a document's latest version,
 * made several times in every save, went through `latest` and sorted half the versions table.
 */

let server: TestServer

type Rows = { rows: Array<Record<string, unknown>> }
const execute = (sql: string, args: unknown[] = []) =>
  (
    adapterInternals(server.payload.db).client as unknown as {
      execute: (statement: { sql: string; args: unknown[] }) => Promise<Rows>
    }
  ).execute({ sql, args })

const LATEST_VERSION =
  'SELECT id FROM _articles_v WHERE parent_id = ? AND latest = 1 ORDER BY updated_at DESC LIMIT 1'

const planOf = async (sql: string, args: unknown[]) =>
  (await execute(`EXPLAIN QUERY PLAN ${sql}`, args)).rows
    .map((row) => String(row.detail))
    .join('; ')

beforeAll(async () => {
  // With the demo content in, the statistics at start-up have rows to count.
  server = await startTestServer({
    database: await createTestDatabase('sqlite'),
    env: { SEED_DEMO: 'true' },
  })
})

afterAll(async () => {
  await server?.close()
  await server?.database.drop()
})

/** Copies every version row as an older, non-latest one: the table doubles, as editing makes it grow. */
async function doubleVersions() {
  const columns = (await execute("SELECT name FROM pragma_table_info('_articles_v')")).rows
    .map((row) => String(row.name))
    .filter((column) => column !== 'id')
  const list = columns.map((column) => `"${column}"`).join(', ')
  const values = columns.map((column) => (column === 'latest' ? '0' : `"${column}"`)).join(', ')
  await execute(`INSERT INTO _articles_v (${list}) SELECT ${values} FROM _articles_v`)
}

describe('SQLite query-planner statistics', () => {
  it('are gathered when the server starts, after the demo content is in', async () => {
    const gathered = async () => {
      const present = await execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'",
      )
      if (present.rows.length === 0) return []
      const { rows } = await execute(
        "SELECT idx FROM sqlite_stat1 WHERE tbl = '_articles_v' AND idx IN ('_articles_v_parent_idx', '_articles_v_latest_idx')",
      )
      return rows.map((row) => String(row.idx)).sort()
    }
    // The first ANALYZE runs when it is its turn to write, which a job started by the seed may delay.
    await expect
      .poll(gathered, { timeout: 10_000 })
      .toEqual(['_articles_v_latest_idx', '_articles_v_parent_idx'])
  })

  it("let the read of a document's latest version use its parent, not the `latest` flag", async () => {
    for (let round = 0; round < 5; round += 1) await doubleVersions()
    const [{ id }] = (await execute('SELECT id FROM articles LIMIT 1')).rows

    // Without statistics the planner falls back to its guess, which is the plan this prevents.
    await execute('DELETE FROM sqlite_stat1')
    await execute('ANALYZE sqlite_schema')
    expect(await planOf(LATEST_VERSION, [id])).toContain('_articles_v_latest_idx')

    await analyzeSqlite(server.payload)
    expect(await planOf(LATEST_VERSION, [id])).toContain('_articles_v_parent_idx')
  })
})

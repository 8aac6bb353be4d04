import type { Payload } from 'payload'

import { adapterInternals } from '../lib/adapterInternals'
import { withWriteTurn } from './sqliteWriteGate'

/** How often the statistics are brought up to date while the server runs. */
const REFRESH_MS = 60 * 60 * 1000

/**
 * Rows ANALYZE samples per index: bounds its cost by the sample, not the table (11 ms on a
 * 1.8 GB database of 10,000 articles), at the price of estimates, which is all the planner needs.
 */
const ANALYSIS_LIMIT = 400

/**
 * Gathers SQLite's query-planner statistics (`sqlite_stat1`), on the adapter's own connection
 * and in its turn among the writers: that connection serves every read outside a transaction
 * and loads new statistics only when it gathers them itself (transactions open connections of
 * their own, which read the statistics when they open).
 *
 * Without statistics SQLite guesses that any indexed equality narrows a table to a few rows, and
 * Payload indexes the versions' boolean `latest`: the read of a document's latest version
 * (`parent = ? AND latest = true`) then went through that index and sorted half the versions
 * table, 3.6 ms instead of 0.07 ms at 10,000 articles, several times in every save.
 * PostgreSQL keeps its statistics itself (autovacuum's ANALYZE).
 */
export async function analyzeSqlite(payload: Payload): Promise<void> {
  const { client, name } = adapterInternals(payload.db)
  if (name !== 'sqlite' || !client) return
  await withWriteTurn(payload.db, async () => {
    await client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
    await client.execute('ANALYZE')
  })
}

/**
 * Statistics now and every hour: a database that grows from the demo content to thousands of
 * documents would otherwise keep the estimates of its first day. Stop it before closing Payload.
 */
export function keepPlannerStatistics(payload: Payload): { stop: () => Promise<void> } {
  if (payload.db.name !== 'sqlite') return { stop: async () => undefined }
  const refresh = () =>
    analyzeSqlite(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'could not gather SQLite query-planner statistics'),
    )
  let running = refresh()
  const timer = setInterval(() => {
    running = running.then(refresh)
  }, REFRESH_MS)
  timer.unref()
  return {
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}

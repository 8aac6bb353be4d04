import type { Payload } from 'payload'

import { finishJobRuns } from '../jobs/jobRuns'
import { adapterInternals } from '../lib/adapterInternals'
import { staleRebuilder } from '../readModel/refresh'

/**
 * Closes Payload and its database connections, once the job runs in progress (up to
 * `jobGraceMs`) and the batch of stale snapshots being rebuilt have finished. Payload's
 * PostgreSQL adapter leaves its pool open on `destroy()`, which keeps a script (seed, restore)
 * or a stopped server's process alive.
 */
export async function closePayload(payload: Payload, jobGraceMs = 30_000): Promise<void> {
  const { pool } = adapterInternals(payload.db)
  const unfinished = await finishJobRuns(payload, jobGraceMs)
  if (unfinished > 0)
    payload.logger.error(
      `stopped with ${unfinished} job runs unfinished after ${jobGraceMs} ms; their jobs stay marked as processing`,
    )
  // Marks it leaves are rebuilt by the next server to start.
  await staleRebuilder(payload).stop()
  await payload.destroy()
  if (pool && !pool.ending) await pool.end()
}

import type { Payload } from 'payload'

import { finishJobRuns } from '../jobs/jobRuns'
import { adapterInternals } from '../lib/adapterInternals'

/**
 * Closes Payload and its database connections, once the job runs in progress have finished
 * (or `jobGraceMs` has passed). Payload's PostgreSQL adapter leaves its pool open on
 * `destroy()`, which keeps a script (seed, restore) or a stopped server's process alive.
 */
export async function closePayload(payload: Payload, jobGraceMs = 30_000): Promise<void> {
  const { pool } = adapterInternals(payload.db)
  const unfinished = await finishJobRuns(payload, jobGraceMs)
  if (unfinished > 0)
    payload.logger.error(
      `stopped with ${unfinished} job runs unfinished after ${jobGraceMs} ms; their jobs stay marked as processing`,
    )
  await payload.destroy()
  if (pool && !pool.ending) await pool.end()
}

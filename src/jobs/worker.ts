import 'dotenv/config'

import { getPayload } from 'payload'

import { buildAppConfig } from '../config'
import { closePayload } from '../db/close'
import { loadEnvOrRefuse } from '../env'
import { stopOnSignals } from '../lib/stopOnSignals'

/**
 * `npm run worker`: runs the job queues (scheduled publishing, webhook deliveries, the daily
 * re-review check) and serves no HTTP, so API servers can run with JOBS_AUTORUN=false. Any
 * number of workers may run against one PostgreSQL database: claims and schedules take turns
 * (src/db/jobLocks.ts). SIGTERM lets the job runs in progress finish first.
 */
async function main(): Promise<void> {
  // Running the queues is what a worker is for, whatever JOBS_AUTORUN the API servers share.
  const env = loadEnvOrRefuse({ ...process.env, JOBS_AUTORUN: 'true', SEED_DEMO: 'false' })
  if (!env) return
  const payload = await getPayload({ config: buildAppConfig(env), cron: true })
  const queues = (payload.config.jobs.autoRun as Array<{ queue?: string }>)
    .map((run) => run.queue)
    .join(', ')
  payload.logger.info(`Worker running the job queues (${queues}) on ${env.database.kind}`)

  stopOnSignals(payload.logger, 'letting the job runs in progress finish', () =>
    closePayload(payload, env.shutdownGraceSeconds * 1000),
  )
}

main().catch((error: unknown) => {
  console.error('The worker failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})

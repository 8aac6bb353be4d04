import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type BaseDatabaseAdapter, type Payload } from 'payload'

import { postgresSession } from '../lib/adapterInternals'
import { lockName } from './locks'

const CLAIM_LOCK = 'cms:jobs:claim'
const SCHEDULE_LOCK = 'cms:jobs:schedule'

/**
 * Payload claims due jobs in one transaction: it reads the jobs with `processing = false`, then
 * sets `processing = true` on each by id. Under PostgreSQL's READ COMMITTED, two runners (the
 * cron of each server process, or the run after a webhook's write) read the same due jobs
 * before either commits, both claim them, and the job runs twice: a webhook event delivered
 * twice, an overdue document marked and emailed about twice. Claims therefore take turns on an
 * advisory lock held until the claim commits, so the second claimant reads after the first
 * one's commit and skips what it took. A claim lasts milliseconds; the jobs run after it.
 * (Running one job by id, `runByID`, claims it unconditionally, as in Payload; nothing here
 * calls it.)
 */
export function claimJobsOneAtATime(adapter: BaseDatabaseAdapter): void {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => {
    if (args.data.processing === true && args.id === undefined) {
      // Payload's claim always runs in a transaction of its own on SQL databases.
      const transactionID = await args.req?.transactionID
      const session = postgresSession(adapter, transactionID)
      if (session) await session.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${CLAIM_LOCK}))`)
    }
    return updateJobs(args)
  }
}

/** The queues that have scheduled tasks or workflows (the re-review check's daily queue). */
function queuesWithSchedules(payload: Payload): Set<string> {
  const { tasks = [], workflows = [] } = payload.config.jobs
  return new Set(
    [...tasks, ...workflows].flatMap((config) =>
      (config.schedule ?? []).map((schedule) => schedule.queue),
    ),
  )
}

/**
 * Payload's scheduler queues a scheduled task when it finds none of it pending, and every
 * process's cron looks at the same second: each finds none and queues one, so the daily
 * re-review check ran once per process. On PostgreSQL, scheduling therefore runs in one
 * transaction that first takes an advisory lock: the second process looks after the first
 * has committed its job, finds it, and queues nothing.
 */
export function scheduleJobsOneAtATime(payload: Payload): void {
  if (payload.db.name !== 'postgres') return
  const scheduled = queuesWithSchedules(payload)
  const handleSchedules = payload.jobs.handleSchedules
  payload.jobs.handleSchedules = async (args = {}) => {
    // A caller's own transaction stays the caller's; queues without schedules have nothing to race on.
    if (args.req || (!args.allQueues && !scheduled.has(args.queue ?? 'default')))
      return handleSchedules(args)
    const transactionID = await payload.db.beginTransaction()
    if (transactionID === null) return handleSchedules(args)
    const req = await createLocalReq({}, payload)
    req.transactionID = transactionID
    try {
      await lockName(req, SCHEDULE_LOCK)
      const result = await handleSchedules({ ...args, req })
      await payload.db.commitTransaction(transactionID)
      return result
    } catch (error) {
      await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
}

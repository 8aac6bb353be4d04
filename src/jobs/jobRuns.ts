import type { Payload } from 'payload'

interface JobRuns {
  running: Set<Promise<unknown>>
  stopping: boolean
}

const tracked = new WeakMap<Payload, JobRuns>()

/**
 * Counts the job runs in progress (the queues' crons and the run after a webhook's write), so
 * that a stopping process can wait for them: Payload 3.90's `destroy()` stops the crons but
 * does not wait for a run already under way, and a process that exits then leaves its jobs
 * marked as processing, which Payload never picks up again. Once stopping, no new run starts.
 */
export function trackJobRuns(payload: Payload): void {
  const runs: JobRuns = { running: new Set(), stopping: false }
  tracked.set(payload, runs)
  const { jobs } = payload
  const counted =
    <Args extends unknown[], Result>(work: (...args: Args) => Promise<Result>) =>
    (...args: Args): Promise<Result> => {
      if (runs.stopping) return Promise.resolve(undefined as Result)
      const run = work(...args)
      runs.running.add(run)
      void run.catch(() => undefined).finally(() => runs.running.delete(run))
      return run
    }
  jobs.run = counted(jobs.run.bind(jobs))
  jobs.handleSchedules = counted(jobs.handleSchedules.bind(jobs))
}

/**
 * Stops the job crons and waits, up to `graceMs`, for the runs in progress to finish. Resolves
 * with the number of runs still going when the time ran out (0 when all finished).
 */
export async function finishJobRuns(payload: Payload, graceMs: number): Promise<number> {
  const runs = tracked.get(payload)
  if (!runs) return 0
  runs.stopping = true
  for (const cron of payload.crons) cron.stop()
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)),
  )
  const result = await Promise.race([Promise.allSettled([...runs.running]), timedOut])
  clearTimeout(timer)
  return result === 'timeout' ? runs.running.size : 0
}

import type { TaskConfig } from 'payload'

import { RUN_RELEASE_TASK, runScheduledRelease } from '../workflow/releases'

/**
 * A scheduled release, queued by `scheduleRelease` to run at its publish time. A refusal is an
 * answer, not a fault: the release is marked failed and the people concerned are emailed, so
 * the task itself succeeds and is not retried. Faults (the database away) are retried.
 */
export const runReleaseTask: TaskConfig<'runRelease'> = {
  slug: RUN_RELEASE_TASK as 'runRelease',
  label: 'Publish a scheduled release',
  retries: 3,
  inputSchema: [{ name: 'release', type: 'text', required: true }],
  outputSchema: [{ name: 'published', type: 'checkbox', required: true }],
  handler: async ({ input, job, req }) => ({
    output: await runScheduledRelease(req, input.release, String(job.id)),
  }),
}

import type { Payload, PayloadRequest, TaskHandler } from 'payload'

import { skipsNotifications } from '../workflow/context'
import { adminLink, emailsOf, sendToEach } from '../workflow/notify'

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: string }
  user?: { relationTo: string; value: number | string }
}

async function tellScheduler(req: PayloadRequest, input: ScheduleInput, error: unknown): Promise<void> {
  if (!input.doc || !input.user || skipsNotifications(req.context)) return
  const reason = error instanceof Error ? error.message : String(error)
  const what = input.type === 'unpublish' ? 'withdrawal' : 'publication'
  await sendToEach(req.payload, {
    to: await emailsOf(req.payload, [String(input.user.value)]),
    subject: `Scheduled ${what} refused: ${input.doc.relationTo} ${input.doc.value}`,
    text: [
      `The ${what} you scheduled for ${input.doc.relationTo} ${input.doc.value} did not happen.`,
      `Reason: ${reason}`,
      `Open it: ${adminLink(req.payload, input.doc.relationTo, input.doc.value)}`,
    ].join('\n\n'),
  })
}

/**
 * Workaround for payload 3.90.1: a refused scheduled publication (the sign-off rules run again
 * when the job runs) reaches only the job's log, and Payload's built-in `schedulePublish` task
 * takes no failure callback of ours. Its handler is wrapped once at start-up so that the person
 * who scheduled it is told why; the dashboard lists such failures
 * (src/components/admin/FailedSchedules.tsx). Can go when built-in tasks accept an `onFail`.
 */
export function reportFailedScheduledPublishes(payload: Payload): void {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  const run = task.handler as TaskHandler<'schedulePublish'>
  const wrapped: TaskHandler<'schedulePublish'> = async (args) => {
    try {
      return await run(args)
    } catch (error) {
      await tellScheduler(args.req, args.input as ScheduleInput, error)
      throw error
    }
  }
  task.handler = wrapped as typeof task.handler
}

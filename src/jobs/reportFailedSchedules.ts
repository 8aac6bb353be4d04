import type { Payload, PayloadRequest, TaskHandler } from 'payload'

import { adminLink, emailsOf, sendToEach } from '../workflow/notify'
import { isMedicalCollection } from '../workflow/reviewedFields'
import { titleOf } from '../workflow/store'
import { contributorIdsOf, readAllLocales } from '../workflow/store'
import { skipsNotifications } from '../lib/sideEffects'
import { idOf } from '../lib/ids'

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: number | string }
  user?: { relationTo: string; value: number | string }
}

/** Tells whoever scheduled it, and a medical document's writers and reviewers, that a scheduled step was refused, and why. */
async function reportFailure(
  req: PayloadRequest,
  input: ScheduleInput,
  error: unknown,
): Promise<void> {
  if (!input.doc || skipsNotifications(req.context)) return
  const { relationTo: collection, value: id } = input.doc
  const doc = await readAllLocales(req, collection as never, id, true)
  const people: Array<string | undefined> = [idOf(input.user?.value)]
  if (doc && isMedicalCollection(collection))
    people.push(
      ...contributorIdsOf(doc),
      idOf(doc.submittedBy),
      idOf(doc.medicalReviewer),
      idOf(doc.assignedReviewer),
    )
  const title = doc ? titleOf(doc) : `${collection} ${id}`
  const reason = error instanceof Error ? error.message : String(error)
  const what = input.type === 'unpublish' ? 'withdrawal' : 'publication'
  await sendToEach(req.payload, {
    to: await emailsOf(req.payload, people),
    subject: `Scheduled ${what} refused: ${title}`,
    text: [
      `The scheduled ${what} of "${title}" (${collection}) did not happen; nothing changed.`,
      `Reason: ${reason}`,
      `Open it: ${adminLink(req.payload, collection, id)}`,
    ].join('\n\n'),
  })
}

/**
 * Workaround for payload 3.90.1: a refused scheduled publication (the sign-off rules run again
 * when the job runs) reaches only the job's log, and Payload's built-in `schedulePublish` task
 * takes no failure callback of ours. Its handler is wrapped once at start-up so that the person
 * who scheduled it, and the document's writers and reviewers, are told why; the dashboard lists
 * such failures (src/components/admin/FailedSchedules.tsx). Can go when built-in tasks accept an `onFail`.
 */
export function reportFailedScheduledPublishes(payload: Payload): void {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  const run = task.handler as TaskHandler<'schedulePublish'>
  const wrapped: TaskHandler<'schedulePublish'> = async (args) => {
    try {
      return await run(args)
    } catch (error) {
      await reportFailure(args.req, args.input as ScheduleInput, error).catch(
        (reportError: unknown) =>
          args.req.payload.logger.error(
            { err: reportError },
            'could not report a failed scheduled publication',
          ),
      )
      throw error
    }
  }
  task.handler = wrapped as typeof task.handler
}

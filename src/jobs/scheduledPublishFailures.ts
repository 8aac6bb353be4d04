import type { PayloadRequest, SanitizedConfig, TaskConfig, TaskHandler } from 'payload'

import { idOf } from '../workflow/contentHash'
import { adminLink, emailsOf, sendToEach } from '../workflow/notify'
import { isMedicalCollection } from '../workflow/reviewedFields'
import { contributorIdsOf, readAllLocales } from '../workflow/store'
import { titleOf } from '../workflow/service'

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: number | string }
  user?: { relationTo: string; value: number | string }
}

/** Tells whoever scheduled it, and the document's writers and reviewers, that a scheduled publication was refused, and why. */
async function reportFailure(req: PayloadRequest, input: ScheduleInput, error: unknown): Promise<void> {
  if (!input.doc) return
  const { relationTo: collection, value: id } = input.doc
  const doc = await readAllLocales(req, collection as never, id, true)
  const people: Array<string | undefined> = [idOf(input.user?.value)]
  if (doc && isMedicalCollection(collection)) people.push(...contributorIdsOf(doc), idOf(doc.submittedBy), idOf(doc.medicalReviewer), idOf(doc.assignedReviewer))
  const title = doc ? titleOf(doc) : `${collection} ${id}`
  const reason = error instanceof Error ? error.message : String(error)
  await sendToEach(req.payload, {
    to: await emailsOf(req.payload, people),
    subject: `Scheduled ${input.type === 'unpublish' ? 'unpublication' : 'publication'} failed: ${title}`,
    text: [`The scheduled ${input.type === 'unpublish' ? 'unpublication' : 'publication'} of "${title}" (${collection}) was refused; nothing changed.`, `Reason: ${reason}`, `Open it: ${adminLink(req.payload, collection, id)}`].join('\n\n'),
  })
}

/**
 * Payload adds its own `schedulePublish` task for collections with scheduled publishing; its
 * failures (a sign-off that no longer holds, above all) would otherwise only show in the job
 * log. Its handler is wrapped so that each failure is reported by email, then rethrown for
 * Payload to record.
 */
export function reportFailedScheduledPublications(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish') as TaskConfig | undefined
  if (!task || typeof task.handler !== 'function') return config
  const original = task.handler as TaskHandler<'schedulePublish'>
  task.handler = (async (args: Parameters<TaskHandler<'schedulePublish'>>[0]) => {
    try {
      return await original(args)
    } catch (error) {
      await reportFailure(args.req, args.input as ScheduleInput, error).catch((reportError: unknown) =>
        args.req.payload.logger.error({ err: reportError }, 'could not report a failed scheduled publication'),
      )
      throw error
    }
  }) as never
  return config
}

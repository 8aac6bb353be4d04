import type { ServerFunction } from 'payload'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { actorOf } from '../../access/permissions'
import { parseDocumentId } from '../../lib/ids'
import { isMedicalCollection } from '../../workflow/reviewedFields'
import { schedulingProblems } from '../../workflow/scheduling'

type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0]

/**
 * Payload's `schedule-publish` server function, refusing to schedule the publication of a
 * medical draft that could not be published now, with the same reasons; the job checks again
 * when it runs. (Payload 3.90's schedule drawer shows "Scheduled successfully" whatever this
 * answers, so the admin also keeps the schedule menu out of reach while publishing is refused:
 * src/components/admin/PublishReadiness.tsx.)
 */
export const schedulePublishWithSignOff: ServerFunction<ScheduleArgs> = async (args) => {
  const { type, doc, deleteID, req } = args
  if (!deleteID && type === 'publish' && doc && isMedicalCollection(doc.relationTo)) {
    const problems = await schedulingProblems(
      req,
      doc.relationTo,
      parseDocumentId(req.payload, doc.value),
      actorOf(req),
    )
    if (problems.length > 0)
      return {
        error: `This publication cannot be scheduled. ${problems.map((problem) => problem.message).join(' ')}`,
      }
  }
  return schedulePublishHandler(args)
}

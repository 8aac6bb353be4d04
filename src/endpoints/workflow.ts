import type { Endpoint, PayloadRequest } from 'payload'

import { documentActivity } from '../workflow/activity'
import { assignmentView, translationView } from '../workflow/documentPanels'
import { inboxFor } from '../workflow/inbox'
import type { MedicalCollection } from '../workflow/reviewedFields'
import {
  assignReview,
  claimReview,
  reviewDocument,
  submitForReview,
  withdrawSubmission,
} from '../workflow/service'
import { workflowSettings } from '../workflow/settings'
import { documentEndpoint, readJsonObject, refuseNonStaff } from './request'

type DocumentCall<T> = (
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  ...rest: T[]
) => Promise<unknown>

/** The review actions and the review panels' reads as REST endpoints on a medical collection. */
export function workflowEndpoints(collection: MedicalCollection): Endpoint[] {
  /** A review action: its JSON body is the action's input. */
  const action = (name: string, run: DocumentCall<Record<string, unknown>>) =>
    documentEndpoint(name, 'post', async (req, id) =>
      run(req, collection, id, await readJsonObject(req)),
    )
  /** A panel's read: for staff only. */
  const read = (name: string, view: DocumentCall<never>) =>
    documentEndpoint(name, 'get', (req, id) => {
      refuseNonStaff(req)
      return view(req, collection, id)
    })
  return [
    action('submit-for-review', submitForReview),
    action('withdraw-submission', withdrawSubmission),
    documentEndpoint('claim', 'post', (req, id) => claimReview(req, collection, id)),
    action('assign', assignReview),
    action('review', (req, reviewed, id, input) =>
      reviewDocument(req, reviewed, id, input, workflowSettings(req.payload).reviewIntervalDays),
    ),
    read('activity', documentActivity),
    read('translations', translationView),
    read('assignment', assignmentView),
  ]
}

/** `GET /api/inbox`: what awaits the signed-in member of staff. */
export const inboxEndpoint: Endpoint = {
  path: '/inbox',
  method: 'get',
  handler: async (req) => {
    refuseNonStaff(req)
    return Response.json(await inboxFor(req))
  },
}

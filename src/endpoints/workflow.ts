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
import { readJsonObject, refuseNonStaff } from './request'
import { parseDocumentId } from '../lib/ids'

const idOf = (req: PayloadRequest) => parseDocumentId(req.payload, req.routeParams?.id)

/** The review actions and the review panels' reads as REST endpoints on a medical collection. */
export function workflowEndpoints(collection: MedicalCollection): Endpoint[] {
  return [
    {
      path: '/:id/submit-for-review',
      method: 'post',
      handler: async (req) =>
        Response.json(await submitForReview(req, collection, idOf(req), await readJsonObject(req))),
    },
    {
      path: '/:id/withdraw-submission',
      method: 'post',
      handler: async (req) =>
        Response.json(
          await withdrawSubmission(req, collection, idOf(req), await readJsonObject(req)),
        ),
    },
    {
      path: '/:id/claim',
      method: 'post',
      handler: async (req) => Response.json(await claimReview(req, collection, idOf(req))),
    },
    {
      path: '/:id/assign',
      method: 'post',
      handler: async (req) =>
        Response.json(await assignReview(req, collection, idOf(req), await readJsonObject(req))),
    },
    {
      path: '/:id/review',
      method: 'post',
      handler: async (req) => {
        const id = idOf(req)
        const { reviewIntervalDays } = workflowSettings(req.payload)
        return Response.json(
          await reviewDocument(req, collection, id, await readJsonObject(req), reviewIntervalDays),
        )
      },
    },
    {
      path: '/:id/activity',
      method: 'get',
      handler: async (req) => {
        refuseNonStaff(req)
        return Response.json(await documentActivity(req, collection, idOf(req)))
      },
    },
    {
      path: '/:id/translations',
      method: 'get',
      handler: async (req) => {
        refuseNonStaff(req)
        return Response.json(await translationView(req, collection, idOf(req)))
      },
    },
    {
      path: '/:id/assignment',
      method: 'get',
      handler: async (req) => {
        refuseNonStaff(req)
        return Response.json(await assignmentView(req, collection, idOf(req)))
      },
    },
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

import type { Endpoint } from 'payload'

import { parseDocumentId } from '../lib/ids'
import type { MedicalCollection } from '../workflow/reviewedFields'
import { reviewDocument, submitForReview, withdrawSubmission } from '../workflow/service'
import { workflowSettings } from '../workflow/settings'
import { readJsonObject } from './request'

/** The review actions as REST endpoints on a medical collection. */
export function workflowEndpoints(collection: MedicalCollection): Endpoint[] {
  return [
    {
      path: '/:id/submit-for-review',
      method: 'post',
      handler: async (req) => {
        const id = parseDocumentId(req.payload, req.routeParams?.id)
        const result = await submitForReview(req, collection, id, await readJsonObject(req))
        return Response.json(result)
      },
    },
    {
      path: '/:id/withdraw-submission',
      method: 'post',
      handler: async (req) => {
        const id = parseDocumentId(req.payload, req.routeParams?.id)
        const result = await withdrawSubmission(req, collection, id, await readJsonObject(req))
        return Response.json(result)
      },
    },
    {
      path: '/:id/review',
      method: 'post',
      handler: async (req) => {
        const id = parseDocumentId(req.payload, req.routeParams?.id)
        const { reviewIntervalDays } = workflowSettings(req.payload)
        const result = await reviewDocument(req, collection, id, await readJsonObject(req), reviewIntervalDays)
        return Response.json(result)
      },
    },
  ]
}

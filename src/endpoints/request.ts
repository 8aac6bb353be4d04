import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { RuleViolation } from '../errors'

/** The JSON object body of a custom endpoint; anything else is a 400 that says so. */
export async function readJsonObject(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    throw new RuleViolation(400, 'The request body is not valid JSON.', { rule: 'invalid-json' })
  }
  const data = req.data ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new RuleViolation(400, 'The request body must be a JSON object.', {
      rule: 'invalid-body',
    })
  }
  return data as Record<string, unknown>
}

/** The review workflow's reads (activity, translations, assignment, inbox, release checks) are for staff, who read review records too. */
export function refuseNonStaff(req: PayloadRequest): void {
  if (!isStaffUser(req.user))
    throw new RuleViolation(403, 'Only staff can read the review workflow.', { rule: 'forbidden' })
}

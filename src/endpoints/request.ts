import { addDataAndFileToRequest, type Payload, type PayloadRequest } from 'payload'

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
    throw new RuleViolation(400, 'The request body must be a JSON object.', { rule: 'invalid-body' })
  }
  return data as Record<string, unknown>
}

/** A document id from a URL or a GraphQL argument, in the type the database uses. */
export function parseDocumentId(payload: Payload, raw: unknown): number | string {
  const text = String(raw ?? '')
  if (payload.db.defaultIDType === 'number') {
    if (!/^[1-9]\d{0,15}$/.test(text)) throw new RuleViolation(404, `No document with id ${text.slice(0, 40)}.`, { rule: 'not-found' })
    return Number(text)
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) throw new RuleViolation(404, `No document with id ${text.slice(0, 40)}.`, { rule: 'not-found' })
  return text
}

/** The review workflow's reads (activity, translations, assignment, inbox, release checks) are for staff, who read review records too. */
export function refuseNonStaff(req: PayloadRequest): void {
  if (!isStaffUser(req.user)) throw new RuleViolation(403, 'Only staff can read the review workflow.', { rule: 'forbidden' })
}

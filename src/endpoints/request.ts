import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { RuleViolation } from '../errors'
import { parseDocumentId } from '../lib/ids'

/**
 * A `/:id/{name}` endpoint that answers JSON: what `answer` returns for the document in the
 * path (its id typed as the database's ids are; one that cannot be an id is refused first).
 */
export function documentEndpoint(
  name: string,
  method: 'get' | 'post',
  answer: (req: PayloadRequest, id: number | string) => Promise<unknown>,
): Endpoint {
  return {
    path: `/:id/${name}`,
    method,
    handler: async (req) =>
      Response.json(await answer(req, parseDocumentId(req.payload, req.routeParams?.id))),
  }
}

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

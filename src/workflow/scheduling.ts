import type { PayloadRequest } from 'payload'

import type { Actor } from '../access/permissions'
import { reviewStatusOf } from './states'
import { evaluatePublication } from './publication'
import type { MedicalCollection } from './reviewedFields'
import type { Problem } from './rules'
import { readAllLocales } from './store'

/**
 * Why publishing the saved draft of `id` at a later time may not be scheduled now: the same
 * rules as publishing it now, for the same person. They are checked again when the job runs.
 */
export async function schedulingProblems(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
  actor: Actor,
): Promise<Problem[]> {
  const draft = await readAllLocales(req, collection, id, true)
  if (!draft)
    return [
      { rule: 'not-found', kind: 'state', message: `No ${collection} document with id ${id}.` },
    ]
  const { problems } = await evaluatePublication(
    req,
    collection,
    id,
    draft,
    actor,
    reviewStatusOf(draft),
  )
  return problems
}

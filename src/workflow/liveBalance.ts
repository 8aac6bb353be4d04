import type { PayloadRequest } from 'payload'

import { nestedReq } from '../lib/requests'
import type { MedicalCollection } from './reviewedFields'
import type { LiveDependent } from './rules'

/** Which live documents link a document of each collection, and through which field. */
const NEEDED_BY: Partial<
  Record<
    MedicalCollection,
    { collection: 'articles' | 'treatment-options'; field: string; title: string }
  >
> = {
  'risk-disclosures': { collection: 'treatment-options', field: 'riskDisclosures', title: 'name' },
  'treatment-options': { collection: 'articles', field: 'treatments', title: 'title' },
}

/**
 * The live documents that need `id` to stay live: the published treatments that present a
 * risk disclosure, the published articles that link a treatment. Read inside the caller's
 * transaction, so a withdrawal and the check see the same state.
 */
export async function liveDependents(
  req: PayloadRequest,
  collection: MedicalCollection,
  id: number | string,
): Promise<LiveDependent[]> {
  const needer = NEEDED_BY[collection]
  if (!needer) return []
  const { docs } = await req.payload.find({
    collection: needer.collection,
    where: { and: [{ [needer.field]: { in: [id] } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    locale: 'en',
    pagination: false,
    overrideAccess: true,
    select: { [needer.title]: true },
    req: nestedReq(req),
    context: { internalRead: true },
  })
  return (docs as unknown as Array<Record<string, unknown>>).map((doc) => ({
    collection: needer.collection,
    id: String(doc.id),
    title: typeof doc[needer.title] === 'string' ? (doc[needer.title] as string) : String(doc.id),
  }))
}

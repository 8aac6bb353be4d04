import type { CollectionAfterReadHook } from 'payload'

/**
 * Payload 3.90.1 removes an array field its reader may not read and then puts an empty list back
 * in its place (the array case of fields/hooks/afterRead/promise.ts), so anonymous answers carried
 * `claimFlags: []`, a staff-only field. Such a list is taken out again, by the field's own read
 * access, so the answer carries the field only for readers who may read it.
 */
export const dropUnreadableArrays: CollectionAfterReadHook = async ({
  collection,
  doc,
  overrideAccess,
  req,
}) => {
  if (overrideAccess) return doc
  for (const field of collection.fields) {
    if (field.type !== 'array' || !field.access?.read) continue
    const value: unknown = doc[field.name]
    if (!Array.isArray(value) || value.length > 0) continue
    const readable = await field.access.read({ id: doc.id, data: doc, doc, req, siblingData: doc })
    if (!readable) delete doc[field.name]
  }
  return doc
}

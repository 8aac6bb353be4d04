import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { errorBody } from './errorEnvelope'

const NUMERIC_ID = /^[1-9]\d{0,15}$/

/**
 * Answers 404 for a document id that cannot be one, on databases with numeric ids:
 * `/api/{collection}/{id}` and `/api/{collection}/versions/{id}`. Payload 3.90 passes
 * `parseFloat(id)` on (NaN for `abc`), and both SQL adapters failed on it with a 500.
 * Segments that name one of the collection's endpoints (`count`, `me`, `near`, …) are left alone,
 * and so are collections whose endpoints take something else there (Payload's preferences take
 * a `:key`).
 */
export function refuseImpossibleDocumentIds(payload: Payload): RequestHandler {
  const endpointNames = new Map<string, Set<string>>()
  for (const collection of payload.config.collections) {
    const names = new Set<string>()
    let takesOtherKeys = false
    for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : []) {
      const first = endpoint.path.split('/')[1]
      if (!first) continue
      if (!first.startsWith(':')) names.add(first)
      else if (first.replace(/\?$/, '') !== ':id') takesOtherKeys = true
    }
    if (!takesOtherKeys) endpointNames.set(collection.slug, names)
  }
  return (req, res, next) => {
    if (payload.db.defaultIDType !== 'number') {
      next()
      return
    }
    const [collection, first, second] = req.path.split('/').filter(Boolean)
    const names = endpointNames.get(collection)
    const id = first === 'versions' ? second : names?.has(first) ? undefined : first
    if (!names || id === undefined || NUMERIC_ID.test(id)) {
      next()
      return
    }
    res.status(404).json(
      errorBody(404, `No ${collection} document with id ${id.slice(0, 40)}.`, {
        rule: 'not-found',
      }),
    )
  }
}

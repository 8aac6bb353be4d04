import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { errorBody } from './errorEnvelope'

/**
 * Payload routes `/api/{collection}/versions…` for every collection; for one that keeps no
 * versions (users, media, webhooks, Payload's own) its SQL adapter crashed on the missing
 * versions table, a 500 for asking after something that does not exist. Answered with a 404.
 */
export function noVersionsWhereNoneKept(payload: Payload): RequestHandler {
  return (req, res, next) => {
    const collection = (
      payload.collections as Record<
        string,
        Payload['collections'][keyof Payload['collections']] | undefined
      >
    )[String(req.params.collection)]
    if (!collection || collection.config.versions) {
      next()
      return
    }
    res
      .status(404)
      .json(errorBody(404, `${collection.config.slug} keeps no versions.`, { rule: 'no-versions' }))
  }
}

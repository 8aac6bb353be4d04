import type { RequestHandler } from 'express'

import { errorBody } from './errorEnvelope'

/** Payload's words for "no fallback" in `fallbackLocale`. */
const NO_FALLBACK = ['none', 'null', 'false']

/**
 * Refuses a `locale` or `fallbackLocale` URL parameter that names no configured locale, with
 * a 400 naming the parameter and the locales there are. Payload 3.90 serves such a request in
 * the default locale (`sanitizeLocales` swaps an unknown code for it when fallback is on), so
 * `?locale=fr` answered 200 with English, and a cache or CDN kept that under the French URL;
 * GraphQL's `locale` argument (an enum) refuses it already. GraphQL requests get the answer in
 * GraphQL's error shape.
 */
export function refuseUnknownLocales(localeCodes: readonly string[]): RequestHandler {
  const locales = new Set([...localeCodes, 'all', '*'])
  const fallbacks = new Set([...localeCodes, ...NO_FALLBACK])
  return (req, res, next) => {
    const search = new URL(req.originalUrl, 'http://local').searchParams
    const checks: Array<[string, Set<string>]> = [
      ['locale', locales],
      ['fallbackLocale', fallbacks],
      ['fallback-locale', fallbacks],
    ]
    for (const [name, allowed] of checks) {
      const value = search.get(name)
      // Empty is the same as absent for Payload.
      if (value === null || value === '' || allowed.has(value)) continue
      const message = `${name}: "${value.slice(0, 40)}" is not a locale of this site; use one of ${[...allowed].join(', ')}.`
      const graphql = req.path === '/graphql' || req.path === '/graphql/'
      res.status(400).json(
        graphql
          ? {
              errors: [
                {
                  message,
                  extensions: { code: 'invalid-request', rule: 'invalid-locale', field: name },
                },
              ],
            }
          : errorBody(400, message, { rule: 'invalid-locale', field: name }),
      )
      return
    }
    next()
  }
}

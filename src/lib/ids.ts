import type { Payload } from 'payload'

import { RuleViolation } from '../errors'

/** A related document as stored (an id) or populated (an object with an id), as a string id. */
export function idOf(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') {
    const inner = value as { id?: unknown; value?: unknown }
    if (inner.id !== undefined) return String(inner.id)
    if (inner.value !== undefined) return idOf(inner.value)
    return undefined
  }
  return String(value)
}

/** A document id from a URL or a GraphQL argument, in the type the database uses. */
export function parseDocumentId(payload: Payload, raw: unknown): number | string {
  const text = String(raw ?? '')
  if (payload.db.defaultIDType === 'number') {
    if (!/^[1-9]\d{0,15}$/.test(text))
      throw new RuleViolation(404, `No document with id ${text.slice(0, 40)}.`, {
        rule: 'not-found',
      })
    return Number(text)
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text))
    throw new RuleViolation(404, `No document with id ${text.slice(0, 40)}.`, { rule: 'not-found' })
  return text
}

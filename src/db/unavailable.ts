import type { AfterErrorHook } from 'payload'

import { DatabaseBusyError } from './sqliteWriteGate'

/** Connection-level failures: the database is down, restarting, refusing, or out of connections. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
])
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /cannot begin transaction/i,
  /connect ECONNREFUSED/i,
  /Client has encountered a connection error/i,
  /database is locked/i,
]

/** Whether `error` (or anything in its cause chain) means the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    if (current instanceof DatabaseBusyError) return true
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    if (
      typeof message === 'string' &&
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
    )
      return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable right now; nothing was changed. Try again shortly.'

/** A database outage is the server's fault but not a bug: 503 with a plain reason, not 500. */
export const answerOutagesWith503: AfterErrorHook = ({ error }) => {
  if (!isDatabaseUnavailable(error)) return
  return {
    status: 503,
    response: {
      errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, data: { rule: 'database-unavailable' } }],
    } as never,
  }
}

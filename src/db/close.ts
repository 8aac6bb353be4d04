import type { Payload } from 'payload'

/**
 * Closes Payload and its database connections. Payload's PostgreSQL adapter leaves its pool
 * open on `destroy()`, which keeps a script (seed, restore) or a stopped server's process alive.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; ending?: boolean } }).pool
  await payload.destroy()
  if (pool && !pool.ending) await pool.end()
}

import type { Payload } from 'payload'

import { adapterInternals } from '../lib/adapterInternals'

/**
 * node-postgres emits 'error' on its pool when the server drops an idle connection (restart,
 * failover, outage). Without a listener that event would end the process; with one the pool
 * simply opens new connections once the server is back.
 */
export function logLostDatabaseConnections(payload: Payload): void {
  const { pool } = adapterInternals(payload.db)
  if (!pool || typeof pool.on !== 'function' || pool.listenerCount('error') > 0) return
  pool.on('error', (error) => {
    payload.logger.warn(
      { reason: error.message },
      'lost an idle PostgreSQL connection; new requests will reconnect',
    )
  })
}

import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import pg from 'pg'

/** Tells the other server processes that content changed, and hears them do the same. */
export interface InvalidationBus {
  readonly kind: 'local' | 'postgres' | 'redis'
  /** Announces a change; resolves once the message has left this process. */
  publish: () => Promise<void>
  close: () => Promise<void>
}

const CHANNEL = 'cms_content_changed'

export interface BusOptions {
  payload: Payload
  databaseKind: string
  databaseUrl: string
  redisUrl?: string
  /** Called when another process changed content (and after a reconnect, when messages may have been missed). */
  onRemoteChange: () => void
}

/**
 * PostgreSQL LISTEN/NOTIFY on a dedicated connection that reconnects by itself, so a database
 * outage does not leave a process serving stale pages once the database is back.
 */
function postgresBus({ payload, databaseUrl, onRemoteChange }: BusOptions, instance: string): InvalidationBus {
  let client: pg.Client | undefined
  let closed = false
  let retryMs = 500
  let timer: NodeJS.Timeout | undefined

  const connect = async (): Promise<void> => {
    if (closed) return
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
    next.on('notification', (message) => {
      if (message.payload !== instance) onRemoteChange()
    })
    next.on('error', (error) => payload.logger.warn({ reason: error.message }, 'cache invalidation listener lost its connection'))
    next.on('end', () => {
      if (client === next) client = undefined
      scheduleReconnect()
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${CHANNEL}`)
      client = next
      retryMs = 500
      // Changes made while we were not listening are unknown: start from an empty cache.
      onRemoteChange()
    } catch (error) {
      payload.logger.warn({ reason: (error as Error).message }, 'cache invalidation listener could not connect; retrying')
      await next.end().catch(() => undefined)
    }
  }

  const scheduleReconnect = () => {
    if (closed || timer) return
    timer = setTimeout(() => {
      timer = undefined
      void connect()
    }, retryMs)
    retryMs = Math.min(retryMs * 2, 10_000)
  }

  void connect()
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  return {
    kind: 'postgres',
    publish: async () => {
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, instance]).catch((error: Error) => {
        payload.logger.warn({ reason: error.message }, 'could not announce a content change to other processes')
      })
    },
    close: async () => {
      closed = true
      clearTimeout(timer)
      await client?.end().catch(() => undefined)
    },
  }
}

function redisBus({ payload, redisUrl, onRemoteChange }: BusOptions, instance: string): InvalidationBus {
  const subscriber = new Redis(redisUrl!, { lazyConnect: false, maxRetriesPerRequest: 1 })
  const publisher = new Redis(redisUrl!, { lazyConnect: false, maxRetriesPerRequest: 1 })
  subscriber.on('error', (error) => payload.logger.warn({ reason: error.message }, 'Redis subscriber error'))
  publisher.on('error', (error) => payload.logger.warn({ reason: error.message }, 'Redis publisher error'))
  subscriber.on('ready', () => {
    void subscriber.subscribe(CHANNEL)
    onRemoteChange()
  })
  subscriber.on('message', (_channel, message) => {
    if (message !== instance) onRemoteChange()
  })
  return {
    kind: 'redis',
    publish: async () => {
      await publisher.publish(CHANNEL, instance).catch((error: Error) => {
        payload.logger.warn({ reason: error.message }, 'could not announce a content change to other processes')
      })
    },
    close: async () => {
      subscriber.disconnect()
      publisher.disconnect()
    },
  }
}

/** Redis when REDIS_URL is set, else PostgreSQL's own LISTEN/NOTIFY, else (one process) nothing to do. */
export function createInvalidationBus(options: BusOptions): InvalidationBus {
  const instance = randomUUID()
  if (options.redisUrl) return redisBus(options, instance)
  if (options.databaseKind === 'postgres') return postgresBus(options, instance)
  return { kind: 'local', publish: async () => undefined, close: async () => undefined }
}

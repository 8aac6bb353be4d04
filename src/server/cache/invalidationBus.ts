import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import pg from 'pg'

import { CONTENT_VERSION_TABLE } from '../../db/sharedState'
import { connectRedis } from '../redisClient'

/** Tells the other server processes that content changed, and hears them do the same. */
export interface InvalidationBus {
  readonly kind: 'local' | 'postgres' | 'redis'
  /** Announces a change; resolves once the message has left this process. */
  publish: () => Promise<void>
  /**
   * Resolves once every change announced (by any process) before the call has reached this
   * process, calling `onRemoteChange` first if one had not arrived yet.
   */
  sync: () => Promise<void>
  close: () => Promise<void>
}

const CHANNEL = 'cms_content_changed'
const VERSION_KEY = 'cms:content-version'

/**
 * A message can arrive after the writer has answered: under load, a reader's request reached
 * a process before the notification did, and the process served the page it had cached from
 * before the write. So every announcement also raises a shared content version, and a process
 * compares that version with the last one it saw before it serves from its cache. Concurrent
 * callers share one look-up: a caller waits for one that starts after it arrived, at most one
 * runs at a time.
 */
function versionCheck(read: () => Promise<number>, { payload, onRemoteChange }: BusOptions): () => Promise<void> {
  let seen: number | undefined
  let running: Promise<void> | undefined
  let next: Promise<void> | undefined
  let warnedAt = 0
  const check = async () => {
    try {
      const version = await read()
      if (version !== seen) {
        // The first look-up has nothing to compare with; the cache starts empty anyway.
        if (seen !== undefined) onRemoteChange()
        seen = version
      }
    } catch (error) {
      // Unreachable: changes may go unannounced meanwhile (with Redis, the database still takes
      // writes), so nothing cached is trusted until the version can be read again.
      onRemoteChange()
      if (Date.now() - warnedAt < 60_000) return
      warnedAt = Date.now()
      payload.logger.warn({ reason: (error as Error).message }, 'could not read the shared content version; answering without the cache until it can')
    }
  }
  const start = (): Promise<void> => (running = check().finally(() => (running = undefined)))
  return () => {
    if (!running) return start()
    next ??= running.then(() => {
      next = undefined
      return start()
    })
    return next
  }
}

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
function postgresBus(options: BusOptions, instance: string): InvalidationBus {
  const { payload, databaseUrl, onRemoteChange } = options
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
  const readVersion = async () => {
    const { rows } = await pool.query<{ version: string }>(`SELECT version FROM ${CONTENT_VERSION_TABLE} WHERE id = 1`)
    return Number(rows[0]?.version ?? 0)
  }
  return {
    kind: 'postgres',
    publish: async () => {
      // One statement, so the version and the message commit together.
      await pool
        .query(
          `WITH bumped AS (
             INSERT INTO ${CONTENT_VERSION_TABLE} (id, version) VALUES (1, 1)
             ON CONFLICT (id) DO UPDATE SET version = ${CONTENT_VERSION_TABLE}.version + 1 RETURNING version
           ) SELECT pg_notify($1, $2) FROM bumped`,
          [CHANNEL, instance],
        )
        .catch((error: Error) => {
          payload.logger.warn({ reason: error.message }, 'could not announce a content change to other processes')
        })
    },
    sync: versionCheck(readVersion, options),
    close: async () => {
      closed = true
      clearTimeout(timer)
      await client?.end().catch(() => undefined)
    },
  }
}

function redisBus(options: BusOptions, instance: string): InvalidationBus {
  const { payload, redisUrl, onRemoteChange } = options
  const subscriber = connectRedis(redisUrl!)
  const publisher = connectRedis(redisUrl!)
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
      await publisher
        .multi()
        .incr(VERSION_KEY)
        .publish(CHANNEL, instance)
        .exec()
        .catch((error: Error) => {
          payload.logger.warn({ reason: error.message }, 'could not announce a content change to other processes')
        })
    },
    sync: versionCheck(async () => Number((await publisher.get(VERSION_KEY)) ?? 0), options),
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
  return { kind: 'local', publish: async () => undefined, sync: async () => undefined, close: async () => undefined }
}

import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import pg from 'pg'

import { CONTENT_VERSION_TABLE } from '../../db/sharedState'
import { adapterInternals } from '../../lib/adapterInternals'
import { connectRedis } from '../redisClient'

/** Tells the other server processes which cache tags a content change touched, and hears them do the same. */
export interface InvalidationBus {
  readonly kind: 'local' | 'postgres' | 'redis'
  /** Announces a change of `tags`; resolves once the message has left this process. */
  publish: (tags: readonly string[]) => Promise<void>
  /**
   * Resolves once every change announced (by any process) before the call has reached this
   * process, calling `onRemoteChange` first if one had not arrived yet.
   */
  sync: () => Promise<void>
  close: () => Promise<void>
}

const CHANNEL = 'cms_content_changed'
const VERSION_KEY = 'cms:content-version'
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; a longer tag list is sent as "everything". */
const MAX_MESSAGE_BYTES = 7000
/** How long a process waits for the message of a change it learnt of from the shared version, before dropping its whole cache instead. */
const MESSAGE_WAIT_MS = 250

/** What a process announces: the content version its change raised, and the tags it touched (none: everything). */
interface Message {
  from: string
  version: number
  tags?: string[]
}

const messageTags = (tags: readonly string[]): string[] | undefined =>
  JSON.stringify(tags).length < MAX_MESSAGE_BYTES ? [...tags] : undefined

function parseMessage(text: string): Message | undefined {
  try {
    const message = JSON.parse(text) as Message
    return typeof message.from === 'string' && typeof message.version === 'number'
      ? message
      : undefined
  } catch {
    return undefined
  }
}

/** The content versions whose messages this process has received (or sent), so that a version raised by a message still on its way can be waited for. */
class HeardVersions {
  private readonly versions = new Set<number>()
  private waiters: Array<() => void> = []

  add(version: number): void {
    this.versions.add(version)
    const waiters = this.waiters
    this.waiters = []
    for (const wake of waiters) wake()
  }

  forgetUpTo(version: number): void {
    for (const heard of this.versions) if (heard <= version) this.versions.delete(heard)
  }

  private has(from: number, to: number): boolean {
    for (let version = from; version <= to; version += 1)
      if (!this.versions.has(version)) return false
    return true
  }

  /** Whether every version from `from` to `to` has been heard, waiting up to `waitMs` for the missing ones. */
  async allHeard(from: number, to: number, waitMs: number): Promise<boolean> {
    const deadline = Date.now() + waitMs
    while (!this.has(from, to)) {
      const left = deadline - Date.now()
      if (left <= 0) return false
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return true
  }
}

/**
 * A message can arrive after the writer has answered: under load, a reader's request reached
 * a process before the notification did, and the process served the page it had cached from
 * before the write. So every announcement also raises a shared content version, and a process
 * compares that version with the last one it saw before it serves from its cache. A version
 * raised by messages it has not received yet is waited for briefly (the message says which
 * tags to purge); past that, the whole cache goes. Concurrent callers share one look-up: a
 * caller waits for one that starts after it arrived, at most one runs at a time.
 */
function versionCheck(
  read: () => Promise<number>,
  heard: HeardVersions,
  { payload, onRemoteChange }: BusOptions,
): () => Promise<void> {
  let seen: number | undefined
  let running: Promise<void> | undefined
  let next: Promise<void> | undefined
  let warnedAt = 0
  const check = async () => {
    try {
      const version = await read()
      // The first look-up has nothing to compare with; the cache starts empty anyway.
      if (
        seen !== undefined &&
        version > seen &&
        !(await heard.allHeard(seen + 1, version, MESSAGE_WAIT_MS))
      )
        onRemoteChange()
      if (seen === undefined || version > seen) {
        seen = version
        heard.forgetUpTo(version)
      }
    } catch (error) {
      // Unreachable: changes may go unannounced meanwhile (with Redis, the database still takes
      // writes), so nothing cached is trusted until the version can be read again.
      onRemoteChange()
      if (Date.now() - warnedAt < 60_000) return
      warnedAt = Date.now()
      payload.logger.warn(
        { reason: (error as Error).message },
        'could not read the shared content version; answering without the cache until it can',
      )
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
  /** Called when another process changed content with the tags it touched; without tags (after a reconnect, when messages may have been missed), everything may have changed. */
  onRemoteChange: (tags?: readonly string[]) => void
}

/**
 * PostgreSQL LISTEN/NOTIFY on a dedicated connection that reconnects by itself, so a database
 * outage does not leave a process serving stale pages once the database is back.
 */
function postgresBus(options: BusOptions, instance: string): InvalidationBus {
  const { payload, databaseUrl, onRemoteChange } = options
  const heard = new HeardVersions()
  let client: pg.Client | undefined
  let closed = false
  let retryMs = 500
  let timer: NodeJS.Timeout | undefined

  const connect = async (): Promise<void> => {
    if (closed) return
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
    next.on('notification', (notification) => {
      const message = parseMessage(notification.payload ?? '')
      if (!message) return
      if (message.from !== instance) onRemoteChange(message.tags)
      heard.add(message.version)
    })
    next.on('error', (error) =>
      payload.logger.warn(
        { reason: error.message },
        'cache invalidation listener lost its connection',
      ),
    )
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
      payload.logger.warn(
        { reason: (error as Error).message },
        'cache invalidation listener could not connect; retrying',
      )
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
  const { pool } = adapterInternals(payload.db)
  if (!pool) throw new Error('The PostgreSQL invalidation bus needs the PostgreSQL adapter.')
  const readVersion = async () => {
    const { rows } = await pool.query<{ version: string }>(
      `SELECT version FROM ${CONTENT_VERSION_TABLE} WHERE id = 1`,
    )
    return Number(rows[0]?.version ?? 0)
  }
  return {
    kind: 'postgres',
    publish: async (tags) => {
      // One statement, so the version and the message commit together.
      await pool
        .query<{ version: string }>(
          `WITH bumped AS (
             INSERT INTO ${CONTENT_VERSION_TABLE} (id, version) VALUES (1, 1)
             ON CONFLICT (id) DO UPDATE SET version = ${CONTENT_VERSION_TABLE}.version + 1 RETURNING version
           ) SELECT version, pg_notify($1, json_build_object('from', $2::text, 'version', version, 'tags', $3::json)::text) FROM bumped`,
          [CHANNEL, instance, JSON.stringify(messageTags(tags) ?? null)],
        )
        .then(({ rows }) => heard.add(Number(rows[0].version)))
        .catch((error: Error) => {
          payload.logger.warn(
            { reason: error.message },
            'could not announce a content change to other processes',
          )
        })
    },
    sync: versionCheck(readVersion, heard, options),
    close: async () => {
      closed = true
      clearTimeout(timer)
      await client?.end().catch(() => undefined)
    },
  }
}

/** Raises the version and publishes the message carrying it, in one step. */
const REDIS_PUBLISH = `local version = redis.call('INCR', KEYS[1])
redis.call('PUBLISH', ARGV[1], cjson.encode({ from = ARGV[2], version = version, tags = cjson.decode(ARGV[3]) }))
return version`

function redisBus(options: BusOptions, instance: string): InvalidationBus {
  const { payload, redisUrl, onRemoteChange } = options
  const heard = new HeardVersions()
  const subscriber = connectRedis(redisUrl!)
  const publisher = connectRedis(redisUrl!)
  subscriber.on('error', (error) =>
    payload.logger.warn({ reason: error.message }, 'Redis subscriber error'),
  )
  publisher.on('error', (error) =>
    payload.logger.warn({ reason: error.message }, 'Redis publisher error'),
  )
  subscriber.on('ready', () => {
    void subscriber.subscribe(CHANNEL)
    onRemoteChange()
  })
  subscriber.on('message', (_channel, text) => {
    const message = parseMessage(text)
    if (!message) return
    // Lua's cjson encodes a missing list as nothing and an empty one as {}: both mean "no tags".
    if (message.from !== instance)
      onRemoteChange(Array.isArray(message.tags) ? message.tags : undefined)
    heard.add(message.version)
  })
  return {
    kind: 'redis',
    publish: async (tags) => {
      await publisher
        .eval(
          REDIS_PUBLISH,
          1,
          VERSION_KEY,
          CHANNEL,
          instance,
          JSON.stringify(messageTags(tags) ?? null),
        )
        .then((version) => heard.add(Number(version)))
        .catch((error: Error) => {
          payload.logger.warn(
            { reason: error.message },
            'could not announce a content change to other processes',
          )
        })
    },
    sync: versionCheck(async () => Number((await publisher.get(VERSION_KEY)) ?? 0), heard, options),
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
  return {
    kind: 'local',
    publish: async () => undefined,
    sync: async () => undefined,
    close: async () => undefined,
  }
}

import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit'
import pg from 'pg'

import { RATE_LIMIT_TABLE } from '../db/sharedState'

interface WarnLogger {
  warn: (object: object, message: string) => void
}

/**
 * Counts one hit in one atomic statement: a new window starts with the first hit after the
 * previous one ended, as express-rate-limit's memory store does. Time is the database's, so
 * processes whose clocks differ still share one window.
 */
const INCREMENT = `
  INSERT INTO ${RATE_LIMIT_TABLE} AS counter (key, hits, reset_at)
  VALUES ($1, 1, now() + $2::integer * interval '1 millisecond')
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN counter.reset_at <= now() THEN 1 ELSE counter.hits + 1 END,
    reset_at = CASE WHEN counter.reset_at <= now() THEN excluded.reset_at ELSE counter.reset_at END
  RETURNING hits, reset_at`

/** One limiter's counters (`prefix` keeps the limits apart) in the shared table. */
class PostgresRateLimitStore implements Store {
  readonly localKeys = false
  private windowMs = 60_000

  constructor(
    private readonly pool: pg.Pool,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { rows } = await this.pool.query<{ hits: number; reset_at: Date }>(
      `SELECT hits, reset_at FROM ${RATE_LIMIT_TABLE} WHERE key = $1 AND reset_at > now()`,
      [this.prefix + key],
    )
    return rows[0] ? { totalHits: rows[0].hits, resetTime: rows[0].reset_at } : undefined
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const { rows } = await this.pool.query<{ hits: number; reset_at: Date }>(INCREMENT, [
      this.prefix + key,
      this.windowMs,
    ])
    return { totalHits: rows[0].hits, resetTime: rows[0].reset_at }
  }

  async decrement(key: string): Promise<void> {
    await this.pool.query(
      `UPDATE ${RATE_LIMIT_TABLE} SET hits = hits - 1 WHERE key = $1 AND hits > 0 AND reset_at > now()`,
      [this.prefix + key],
    )
  }

  async resetKey(key: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE key = $1`, [this.prefix + key])
  }
}

/**
 * Rate-limit counters in the PostgreSQL database the server already uses, so that several
 * server processes enforce one limit together without Redis. The table is part of Payload's
 * schema (src/db/sharedState.ts); rows of ended windows are deleted every minute.
 *
 * The counters have their own small connection pool: a burst of requests never waits behind
 * content queries to count itself, nor the other way round. Its sessions commit asynchronously
 * (`synchronous_commit=off`): a counter is not worth a disk flush per request, and a database
 * crash loses at most the last fraction of a second of hits.
 */
export class PostgresRateLimitCounters {
  private readonly pool: pg.Pool
  private readonly sweeper: NodeJS.Timeout

  constructor(databaseUrl: string, logger: WarnLogger) {
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 4,
      connectionTimeoutMillis: 5000,
      options: '-c synchronous_commit=off',
    })
    // An idle connection dropped by the server (a restart) must not take the process down.
    this.pool.on('error', (error) =>
      logger.warn(
        { reason: error.message },
        'rate-limit counters lost an idle database connection',
      ),
    )
    this.sweeper = setInterval(() => {
      this.pool
        .query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE reset_at <= now()`)
        .catch((error: Error) =>
          logger.warn({ reason: error.message }, 'could not delete ended rate-limit windows'),
        )
    }, 60_000)
    this.sweeper.unref()
  }

  store(prefix: string): Store {
    return new PostgresRateLimitStore(this.pool, prefix)
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper)
    await this.pool.end()
  }
}

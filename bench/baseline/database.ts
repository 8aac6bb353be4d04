import { createClient } from '@libsql/client'
import pg from 'pg'

export type Row = Record<string, unknown>

/**
 * The database as the baseline sees it: hand-written SQL with `?` placeholders, through the
 * same driver the CMS uses (@libsql/client for SQLite, pg for PostgreSQL).
 */
export interface BaselineDatabase {
  query: (sql: string, params?: unknown[]) => Promise<Row[]>
  close: () => Promise<void>
}

/** `?` placeholders become `$1`, `$2`, … for PostgreSQL. */
function numberedPlaceholders(sql: string): string {
  let index = 0
  return sql.replace(/\?/g, () => `$${++index}`)
}

/** Opens `DATABASE_URI` like the CMS does: a `file:` URL is SQLite, `postgres(ql)://` is PostgreSQL (a pool of 10, as the CMS's). */
export function openDatabase(uri: string): BaselineDatabase {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    return {
      query: async (sql, params = []) =>
        (await client.execute({ sql, args: params as never })).rows as unknown as Row[],
      close: async () => client.close(),
    }
  }
  const pool = new pg.Pool({ connectionString: uri, max: 10 })
  return {
    query: async (sql, params = []) => (await pool.query(numberedPlaceholders(sql), params)).rows,
    close: () => pool.end(),
  }
}

/** A number column: PostgreSQL's `numeric` arrives as a string. */
export const num = (value: unknown): null | number =>
  value === null || value === undefined ? null : Number(value)

/** A timestamp column as ISO 8601: PostgreSQL's arrive as Date, SQLite's as text. */
export const iso = (value: unknown): null | string =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString()
      : String(value)

/** A JSON column: PostgreSQL's `jsonb` arrives parsed, SQLite's as text. */
export const json = (value: unknown): unknown =>
  typeof value === 'string' ? JSON.parse(value) : (value ?? null)

/** `?, ?, ?` for an IN list of `count` values. */
export const placeholders = (count: number): string =>
  Array.from({ length: count }, () => '?').join(', ')

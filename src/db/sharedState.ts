import type { postgresAdapter } from '@payloadcms/db-postgres'
import {
  bigint,
  index,
  integer,
  pgTable,
  text,
  timestamp,
} from '@payloadcms/db-postgres/drizzle/pg-core'

type PostgresSchemaHook = NonNullable<
  Parameters<typeof postgresAdapter>[0]['beforeSchemaInit']
>[number]

/** Rate-limit counters: one row per limit and client, counting hits until `reset_at` (src/server/rateLimitStore.ts). */
export const RATE_LIMIT_TABLE = 'rate_limits'
/** One row whose `version` goes up with every content change (src/server/cache/invalidationBus.ts). */
export const CONTENT_VERSION_TABLE = 'content_version'

/**
 * State the server processes on one PostgreSQL database share at run time, beside Payload's
 * collections. Declared to Payload's schema, so that it is pushed in development and created
 * by a committed migration in production, like every other table.
 */
export const sharedStateTables: PostgresSchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    [RATE_LIMIT_TABLE]: pgTable(
      RATE_LIMIT_TABLE,
      {
        key: text('key').primaryKey(),
        hits: integer('hits').notNull(),
        resetAt: timestamp('reset_at', { withTimezone: true, precision: 3 }).notNull(),
      },
      (table) => [index(`${RATE_LIMIT_TABLE}_reset_at_idx`).on(table.resetAt)],
    ),
    [CONTENT_VERSION_TABLE]: pgTable(CONTENT_VERSION_TABLE, {
      id: integer('id').primaryKey(),
      version: bigint('version', { mode: 'number' }).notNull(),
    }),
  },
})

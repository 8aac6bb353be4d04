import type { postgresAdapter } from '@payloadcms/db-postgres'
import {
  doublePrecision as pgDoublePrecision,
  index as pgIndex,
  integer as pgInteger,
  pgTable,
  text as pgText,
  uniqueIndex as pgUniqueIndex,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import {
  index as sqliteIndex,
  integer as sqliteInteger,
  real as sqliteReal,
  sqliteTable,
  text as sqliteText,
  uniqueIndex as sqliteUniqueIndex,
} from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<
  Parameters<typeof postgresAdapter>[0]['beforeSchemaInit']
>[number]
type SQLiteSchemaHook = NonNullable<Parameters<typeof sqliteAdapter>[0]['beforeSchemaInit']>[number]

/** One row per published document, shape and locale: the REST answer as Payload gives it (src/readModel/coverage.ts). */
export const SNAPSHOTS = 'read_model_snapshots'
/** The relationship ids a published document stores, with its sort columns, for lists filtered by them (a condition's articles). */
export const LINKS = 'read_model_links'
/** Reverse dependencies: which snapshots embed (or asked for) which document, by cache tag. */
export const DEPENDENCIES = 'read_model_dependencies'
/** Where each published document with a `location` is, for "clinics near me" (coverage `nearby`). */
export const PLACES = 'read_model_places'
/**
 * Documents whose snapshots embed something that changed since they were built: answered by
 * Payload until src/readModel/refresh.ts has rebuilt them.
 */
export const STALE = 'read_model_stale'
/** One row: the revision of coverage and code the snapshots were built with. */
export const STATE = 'read_model_state'

/**
 * The tables of the published read model, declared to Payload's schema on both SQL adapters,
 * so that they are pushed in development and created by committed migrations in production.
 * Text columns throughout: ids, tags and ISO timestamps compare the same way on both. Keys are
 * unique indexes, not composite primary keys: drizzle-kit's PostgreSQL push sends its query for a
 * composite key's name without its parameters, so a development start on a database that
 * already has such a table fails ("there is no parameter $1").
 */
function tables<T extends Record<string, unknown>>(dialect: {
  table: (
    name: string,
    columns: Record<string, unknown>,
    extra: (table: Record<string, never>) => unknown[],
  ) => unknown
  text: (name: string) => { notNull: () => unknown }
  integer: (name: string) => { primaryKey: () => unknown }
  double: (name: string) => { notNull: () => unknown }
  index: (name: string) => { on: (...columns: never[]) => unknown }
  uniqueIndex: (name: string) => { on: (...columns: never[]) => unknown }
}): T {
  const { table, text, integer, double, index, uniqueIndex } = dialect
  return {
    [SNAPSHOTS]: table(
      SNAPSHOTS,
      {
        collection: text('collection').notNull(),
        docId: text('doc_id').notNull(),
        locale: text('locale').notNull(),
        shape: text('shape').notNull(),
        slug: text('slug'),
        publishedAt: text('published_at'),
        createdAt: text('created_at').notNull(),
        body: text('body').notNull(),
        contentHash: text('content_hash').notNull(),
        tags: text('tags').notNull(),
      },
      (t) => [
        uniqueIndex(`${SNAPSHOTS}_key_idx`).on(t.collection, t.docId, t.locale, t.shape),
        index(`${SNAPSHOTS}_slug_idx`).on(t.collection, t.shape, t.locale, t.slug),
        index(`${SNAPSHOTS}_newest_idx`).on(
          t.collection,
          t.shape,
          t.locale,
          t.publishedAt,
          t.createdAt,
        ),
        index(`${SNAPSHOTS}_created_idx`).on(t.collection, t.shape, t.locale, t.createdAt),
      ],
    ),
    [LINKS]: table(
      LINKS,
      {
        collection: text('collection').notNull(),
        field: text('field').notNull(),
        targetId: text('target_id').notNull(),
        docId: text('doc_id').notNull(),
        // The linking document's sort columns, so that a filtered list's page is one range of an
        // index, not every linked snapshot looked up and sorted. Nullable only because a column
        // added to a table with rows cannot be NOT NULL without a default on SQLite; every row
        // written since has both (the rebuild at the revision change rewrites the others).
        publishedAt: text('published_at'),
        createdAt: text('created_at'),
      },
      (t) => [
        uniqueIndex(`${LINKS}_key_idx`).on(t.collection, t.field, t.targetId, t.docId),
        index(`${LINKS}_doc_idx`).on(t.collection, t.docId),
        index(`${LINKS}_newest_idx`).on(
          t.collection,
          t.field,
          t.targetId,
          t.publishedAt,
          t.createdAt,
          t.docId,
        ),
        index(`${LINKS}_created_idx`).on(t.collection, t.field, t.targetId, t.createdAt, t.docId),
      ],
    ),
    [DEPENDENCIES]: table(
      DEPENDENCIES,
      {
        tag: text('tag').notNull(),
        collection: text('collection').notNull(),
        docId: text('doc_id').notNull(),
      },
      (t) => [
        uniqueIndex(`${DEPENDENCIES}_key_idx`).on(t.tag, t.collection, t.docId),
        index(`${DEPENDENCIES}_doc_idx`).on(t.collection, t.docId),
      ],
    ),
    [PLACES]: table(
      PLACES,
      {
        collection: text('collection').notNull(),
        docId: text('doc_id').notNull(),
        lat: double('lat').notNull(),
        lng: double('lng').notNull(),
        createdAt: text('created_at').notNull(),
      },
      (t) => [
        uniqueIndex(`${PLACES}_key_idx`).on(t.collection, t.docId),
        index(`${PLACES}_lat_idx`).on(t.collection, t.lat),
      ],
    ),
    [STALE]: table(
      STALE,
      { collection: text('collection').notNull(), docId: text('doc_id').notNull() },
      (t) => [uniqueIndex(`${STALE}_key_idx`).on(t.collection, t.docId)],
    ),
    [STATE]: table(
      STATE,
      { id: integer('id').primaryKey(), revision: text('revision').notNull() },
      () => [],
    ),
  } as unknown as T
}

export const postgresReadModelTables: PostgresSchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    ...tables({
      table: pgTable as never,
      text: pgText as never,
      integer: pgInteger as never,
      double: pgDoublePrecision as never,
      index: pgIndex as never,
      uniqueIndex: pgUniqueIndex as never,
    }),
  },
})

export const sqliteReadModelTables: SQLiteSchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    ...tables({
      table: sqliteTable as never,
      text: sqliteText as never,
      integer: sqliteInteger as never,
      double: sqliteReal as never,
      index: sqliteIndex as never,
      uniqueIndex: sqliteUniqueIndex as never,
    }),
  },
})

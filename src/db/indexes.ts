import type { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<
  Parameters<typeof postgresAdapter>[0]['afterSchemaInit']
>[number]
type SQLiteSchemaHook = NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number]
type HookArgs = {
  schema: { tables: Record<string, unknown> }
  extendTable: (args: {
    table: never
    extraConfig: (columns: Record<string, never>) => object
  }) => unknown
}

/**
 * Payload indexes each `*_locales` table on (locale, parent) only, but reads a document's
 * localized values by parent alone, which then scans the whole table. An index on the parent
 * turns that scan into a lookup (measured: 126 ms → 4 ms per read at 10,000 articles).
 */
function indexLocalesByParent(index: (name: string) => { on: (column: never) => object }) {
  return <T extends HookArgs>({ schema, extendTable }: T): T['schema'] => {
    for (const [name, table] of Object.entries(schema.tables)) {
      // A hasMany select named *Locales (approvedLocales) makes a `*_locales` table too, keyed by `parent`.
      if (!name.endsWith('_locales') || !(table as Record<string, unknown>)._parentID) continue
      extendTable({
        table: table as never,
        extraConfig: (columns) => ({
          parentIdIdx: index(`${name}_parent_id_idx`).on(columns._parentID),
        }),
      })
    }
    return schema
  }
}

export const postgresLocaleIndexes = indexLocalesByParent(
  pgIndex as never,
) as unknown as PostgresSchemaHook
export const sqliteLocaleIndexes = indexLocalesByParent(
  sqliteIndex as never,
) as unknown as SQLiteSchemaHook

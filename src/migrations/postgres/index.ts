import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

export const migrations: { down: (args: MigrateDownArgs) => Promise<void>; name: string; up: (args: MigrateUpArgs) => Promise<void> }[] = []

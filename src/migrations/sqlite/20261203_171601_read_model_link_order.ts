import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`read_model_links\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`read_model_links\` ADD \`created_at\` text;`)
  await db.run(sql`CREATE INDEX \`read_model_links_newest_idx\` ON \`read_model_links\` (\`collection\`,\`field\`,\`target_id\`,\`published_at\`,\`created_at\`,\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`read_model_links_created_idx\` ON \`read_model_links\` (\`collection\`,\`field\`,\`target_id\`,\`created_at\`,\`doc_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`read_model_links_newest_idx\`;`)
  await db.run(sql`DROP INDEX \`read_model_links_created_idx\`;`)
  await db.run(sql`ALTER TABLE \`read_model_links\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`ALTER TABLE \`read_model_links\` DROP COLUMN \`created_at\`;`)
}

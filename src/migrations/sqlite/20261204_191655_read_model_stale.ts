import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`read_model_stale\` (
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`read_model_stale_key_idx\` ON \`read_model_stale\` (\`collection\`,\`doc_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`read_model_stale\`;`)
}

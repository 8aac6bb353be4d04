import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`read_model_places\` (
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`lat\` real NOT NULL,
  	\`lng\` real NOT NULL,
  	\`created_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`read_model_places_key_idx\` ON \`read_model_places\` (\`collection\`,\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`read_model_places_lat_idx\` ON \`read_model_places\` (\`collection\`,\`lat\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`read_model_places\`;`)
}

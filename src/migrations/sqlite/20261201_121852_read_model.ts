import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`read_model_snapshots\` (
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`shape\` text NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`created_at\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`content_hash\` text NOT NULL,
  	\`tags\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`read_model_snapshots_key_idx\` ON \`read_model_snapshots\` (\`collection\`,\`doc_id\`,\`locale\`,\`shape\`);`)
  await db.run(sql`CREATE INDEX \`read_model_snapshots_slug_idx\` ON \`read_model_snapshots\` (\`collection\`,\`shape\`,\`locale\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`read_model_snapshots_newest_idx\` ON \`read_model_snapshots\` (\`collection\`,\`shape\`,\`locale\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`read_model_snapshots_created_idx\` ON \`read_model_snapshots\` (\`collection\`,\`shape\`,\`locale\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`read_model_links\` (
  	\`collection\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`doc_id\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`read_model_links_key_idx\` ON \`read_model_links\` (\`collection\`,\`field\`,\`target_id\`,\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`read_model_links_doc_idx\` ON \`read_model_links\` (\`collection\`,\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`read_model_dependencies\` (
  	\`tag\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`read_model_dependencies_key_idx\` ON \`read_model_dependencies\` (\`tag\`,\`collection\`,\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`read_model_dependencies_doc_idx\` ON \`read_model_dependencies\` (\`collection\`,\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`read_model_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`revision\` text NOT NULL
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`read_model_snapshots\`;`)
  await db.run(sql`DROP TABLE \`read_model_links\`;`)
  await db.run(sql`DROP TABLE \`read_model_dependencies\`;`)
  await db.run(sql`DROP TABLE \`read_model_state\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "read_model_snapshots" (
  	"collection" text NOT NULL,
  	"doc_id" text NOT NULL,
  	"locale" text NOT NULL,
  	"shape" text NOT NULL,
  	"slug" text,
  	"published_at" text,
  	"created_at" text NOT NULL,
  	"body" text NOT NULL,
  	"content_hash" text NOT NULL,
  	"tags" text NOT NULL
  );
  
  CREATE TABLE "read_model_links" (
  	"collection" text NOT NULL,
  	"field" text NOT NULL,
  	"target_id" text NOT NULL,
  	"doc_id" text NOT NULL
  );
  
  CREATE TABLE "read_model_dependencies" (
  	"tag" text NOT NULL,
  	"collection" text NOT NULL,
  	"doc_id" text NOT NULL
  );
  
  CREATE TABLE "read_model_state" (
  	"id" integer PRIMARY KEY NOT NULL,
  	"revision" text NOT NULL
  );
  
  CREATE UNIQUE INDEX "read_model_snapshots_key_idx" ON "read_model_snapshots" USING btree ("collection","doc_id","locale","shape");
  CREATE INDEX "read_model_snapshots_slug_idx" ON "read_model_snapshots" USING btree ("collection","shape","locale","slug");
  CREATE INDEX "read_model_snapshots_newest_idx" ON "read_model_snapshots" USING btree ("collection","shape","locale","published_at","created_at");
  CREATE INDEX "read_model_snapshots_created_idx" ON "read_model_snapshots" USING btree ("collection","shape","locale","created_at");
  CREATE UNIQUE INDEX "read_model_links_key_idx" ON "read_model_links" USING btree ("collection","field","target_id","doc_id");
  CREATE INDEX "read_model_links_doc_idx" ON "read_model_links" USING btree ("collection","doc_id");
  CREATE UNIQUE INDEX "read_model_dependencies_key_idx" ON "read_model_dependencies" USING btree ("tag","collection","doc_id");
  CREATE INDEX "read_model_dependencies_doc_idx" ON "read_model_dependencies" USING btree ("collection","doc_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "read_model_snapshots" CASCADE;
  DROP TABLE "read_model_links" CASCADE;
  DROP TABLE "read_model_dependencies" CASCADE;
  DROP TABLE "read_model_state" CASCADE;`)
}

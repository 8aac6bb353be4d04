import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "rate_limits" (
  	"key" text PRIMARY KEY NOT NULL,
  	"hits" integer NOT NULL,
  	"reset_at" timestamp (3) with time zone NOT NULL
  );
  
  CREATE TABLE "content_version" (
  	"id" integer PRIMARY KEY NOT NULL,
  	"version" bigint NOT NULL
  );
  
  CREATE INDEX "rate_limits_reset_at_idx" ON "rate_limits" USING btree ("reset_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "rate_limits" CASCADE;
  DROP TABLE "content_version" CASCADE;`)
}

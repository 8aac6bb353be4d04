import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "read_model_places" (
  	"collection" text NOT NULL,
  	"doc_id" text NOT NULL,
  	"lat" double precision NOT NULL,
  	"lng" double precision NOT NULL,
  	"created_at" text NOT NULL
  );
  
  CREATE UNIQUE INDEX "read_model_places_key_idx" ON "read_model_places" USING btree ("collection","doc_id");
  CREATE INDEX "read_model_places_lat_idx" ON "read_model_places" USING btree ("collection","lat");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "read_model_places" CASCADE;`)
}

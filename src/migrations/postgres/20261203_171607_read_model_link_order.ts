import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "read_model_links" ADD COLUMN "published_at" text;
  ALTER TABLE "read_model_links" ADD COLUMN "created_at" text;
  CREATE INDEX "read_model_links_newest_idx" ON "read_model_links" USING btree ("collection","field","target_id","published_at","created_at","doc_id");
  CREATE INDEX "read_model_links_created_idx" ON "read_model_links" USING btree ("collection","field","target_id","created_at","doc_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "read_model_links_newest_idx";
  DROP INDEX "read_model_links_created_idx";
  ALTER TABLE "read_model_links" DROP COLUMN "published_at";
  ALTER TABLE "read_model_links" DROP COLUMN "created_at";`)
}

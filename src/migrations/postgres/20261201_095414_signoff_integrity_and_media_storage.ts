import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_account_audit_action" AS ENUM('create', 'update', 'delete');
  ALTER TYPE "public"."enum_review_records_action" ADD VALUE 'withdraw' BEFORE 'decision';
  ALTER TYPE "public"."enum_review_records_action" ADD VALUE 'voided' BEFORE 'publish';
  ALTER TYPE "public"."enum_review_records_action" ADD VALUE 'delete';
  CREATE TABLE "account_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_account_audit_action" NOT NULL,
  	"user_id" varchar NOT NULL,
  	"user_name" varchar,
  	"field" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "document_key" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_document_key" varchar;
  ALTER TABLE "treatment_options" ADD COLUMN "document_key" varchar;
  ALTER TABLE "_treatment_options_v" ADD COLUMN "version_document_key" varchar;
  ALTER TABLE "risk_disclosures" ADD COLUMN "document_key" varchar;
  ALTER TABLE "_risk_disclosures_v" ADD COLUMN "version_document_key" varchar;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "review_records" ADD COLUMN "document_key" varchar;
  ALTER TABLE "review_records" ADD COLUMN "document_title" varchar;
  ALTER TABLE "review_records" ADD COLUMN "reviewer_license_number" varchar;
  ALTER TABLE "review_records" ADD COLUMN "reviewer_license_state" varchar;
  ALTER TABLE "review_records" ADD COLUMN "reviewer_license_expires_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_audit_id" integer;
  ALTER TABLE "account_audit" ADD CONSTRAINT "account_audit_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "account_audit_user_id_idx" ON "account_audit" USING btree ("user_id");
  CREATE INDEX "account_audit_actor_idx" ON "account_audit" USING btree ("actor_id");
  CREATE INDEX "account_audit_updated_at_idx" ON "account_audit" USING btree ("updated_at");
  CREATE INDEX "account_audit_created_at_idx" ON "account_audit" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_audit_fk" FOREIGN KEY ("account_audit_id") REFERENCES "public"."account_audit"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "articles_document_key_idx" ON "articles" USING btree ("document_key");
  CREATE INDEX "_articles_v_version_version_document_key_idx" ON "_articles_v" USING btree ("version_document_key");
  CREATE UNIQUE INDEX "treatment_options_document_key_idx" ON "treatment_options" USING btree ("document_key");
  CREATE INDEX "_treatment_options_v_version_version_document_key_idx" ON "_treatment_options_v" USING btree ("version_document_key");
  CREATE UNIQUE INDEX "risk_disclosures_document_key_idx" ON "risk_disclosures" USING btree ("document_key");
  CREATE INDEX "_risk_disclosures_v_version_version_document_key_idx" ON "_risk_disclosures_v" USING btree ("version_document_key");
  CREATE INDEX "review_records_document_key_idx" ON "review_records" USING btree ("document_key");
  CREATE INDEX "payload_locked_documents_rels_account_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("account_audit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "account_audit" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "account_audit" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_audit_fk";
  
  ALTER TABLE "review_records" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_records_action";
  CREATE TYPE "public"."enum_review_records_action" AS ENUM('submit', 'decision', 'publish', 'unpublish', 'overdue');
  ALTER TABLE "review_records" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_records_action" USING "action"::"public"."enum_review_records_action";
  DROP INDEX "articles_document_key_idx";
  DROP INDEX "_articles_v_version_version_document_key_idx";
  DROP INDEX "treatment_options_document_key_idx";
  DROP INDEX "_treatment_options_v_version_version_document_key_idx";
  DROP INDEX "risk_disclosures_document_key_idx";
  DROP INDEX "_risk_disclosures_v_version_version_document_key_idx";
  DROP INDEX "review_records_document_key_idx";
  DROP INDEX "payload_locked_documents_rels_account_audit_id_idx";
  ALTER TABLE "articles" DROP COLUMN "document_key";
  ALTER TABLE "_articles_v" DROP COLUMN "version_document_key";
  ALTER TABLE "treatment_options" DROP COLUMN "document_key";
  ALTER TABLE "_treatment_options_v" DROP COLUMN "version_document_key";
  ALTER TABLE "risk_disclosures" DROP COLUMN "document_key";
  ALTER TABLE "_risk_disclosures_v" DROP COLUMN "version_document_key";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "review_records" DROP COLUMN "document_key";
  ALTER TABLE "review_records" DROP COLUMN "document_title";
  ALTER TABLE "review_records" DROP COLUMN "reviewer_license_number";
  ALTER TABLE "review_records" DROP COLUMN "reviewer_license_state";
  ALTER TABLE "review_records" DROP COLUMN "reviewer_license_expires_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_audit_id";
  DROP TYPE "public"."enum_account_audit_action";`)
}

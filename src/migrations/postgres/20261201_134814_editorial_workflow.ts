import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_approved_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_articles_missing_translations" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__articles_v_version_approved_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__articles_v_version_missing_translations" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_treatment_options_approved_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_treatment_options_missing_translations" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__treatment_options_v_version_approved_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__treatment_options_v_version_missing_translations" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_risk_disclosures_approved_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_risk_disclosures_missing_translations" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__risk_disclosures_v_version_approved_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__risk_disclosures_v_version_missing_translations" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_review_records_approved_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_review_records_reminder" AS ENUM('review-due-soon', 'review-overdue', 're-review-due-soon');
  CREATE TYPE "public"."enum_releases_members_pinned_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_releases_members_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum_releases_status" AS ENUM('draft', 'scheduled', 'published', 'failed');
  ALTER TYPE "public"."enum_review_records_action" ADD VALUE 'assign' BEFORE 'decision';
  ALTER TYPE "public"."enum_review_records_action" ADD VALUE 'claim' BEFORE 'decision';
  ALTER TYPE "public"."enum_review_records_action" ADD VALUE 'remind' BEFORE 'delete';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runRelease' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runRelease' BEFORE 'schedulePublish';
  CREATE TABLE "articles_approved_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_approved_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_approved_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_approved_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "treatment_options_approved_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_treatment_options_approved_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "treatment_options_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_treatment_options_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_treatment_options_v_version_approved_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__treatment_options_v_version_approved_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_treatment_options_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__treatment_options_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "risk_disclosures_approved_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_risk_disclosures_approved_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "risk_disclosures_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_risk_disclosures_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_risk_disclosures_v_version_approved_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__risk_disclosures_v_version_approved_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_risk_disclosures_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__risk_disclosures_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "review_records_approved_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_review_records_approved_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "releases_members_pinned_locales" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_releases_members_pinned_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "releases_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_releases_members_action" DEFAULT 'publish' NOT NULL,
  	"content_hash" varchar,
  	"document_key" varchar,
  	"pinned_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "releases_last_run_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rule" varchar,
  	"message" varchar,
  	"field" varchar
  );
  
  CREATE TABLE "releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"status" "enum_releases_status" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"scheduled_by_id" integer,
  	"scheduled_job" varchar,
  	"published_at" timestamp(3) with time zone,
  	"published_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"risk_disclosures_id" integer,
  	"treatment_options_id" integer,
  	"articles_id" integer,
  	"clinic_locations_id" integer,
  	"conditions_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "assigned_reviewer_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "last_saved_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_assigned_reviewer_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_saved_by_id" integer;
  ALTER TABLE "treatment_options" ADD COLUMN "assigned_reviewer_id" integer;
  ALTER TABLE "treatment_options" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "treatment_options" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "treatment_options" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "treatment_options" ADD COLUMN "last_saved_by_id" integer;
  ALTER TABLE "_treatment_options_v" ADD COLUMN "version_assigned_reviewer_id" integer;
  ALTER TABLE "_treatment_options_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_treatment_options_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_treatment_options_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_treatment_options_v" ADD COLUMN "version_last_saved_by_id" integer;
  ALTER TABLE "risk_disclosures" ADD COLUMN "assigned_reviewer_id" integer;
  ALTER TABLE "risk_disclosures" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "risk_disclosures" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "risk_disclosures" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "risk_disclosures" ADD COLUMN "last_saved_by_id" integer;
  ALTER TABLE "_risk_disclosures_v" ADD COLUMN "version_assigned_reviewer_id" integer;
  ALTER TABLE "_risk_disclosures_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_risk_disclosures_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_risk_disclosures_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_risk_disclosures_v" ADD COLUMN "version_last_saved_by_id" integer;
  ALTER TABLE "review_records" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "review_records" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "review_records" ADD COLUMN "reminder" "enum_review_records_reminder";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "releases_id" integer;
  ALTER TABLE "articles_approved_locales" ADD CONSTRAINT "articles_approved_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_missing_translations" ADD CONSTRAINT "articles_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_approved_locales" ADD CONSTRAINT "_articles_v_version_approved_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_missing_translations" ADD CONSTRAINT "_articles_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_approved_locales" ADD CONSTRAINT "treatment_options_approved_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_missing_translations" ADD CONSTRAINT "treatment_options_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_version_approved_locales" ADD CONSTRAINT "_treatment_options_v_version_approved_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatment_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_version_missing_translations" ADD CONSTRAINT "_treatment_options_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatment_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_disclosures_approved_locales" ADD CONSTRAINT "risk_disclosures_approved_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_disclosures_missing_translations" ADD CONSTRAINT "risk_disclosures_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v_version_approved_locales" ADD CONSTRAINT "_risk_disclosures_v_version_approved_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_risk_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v_version_missing_translations" ADD CONSTRAINT "_risk_disclosures_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_risk_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_records_approved_locales" ADD CONSTRAINT "review_records_approved_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_members_pinned_locales" ADD CONSTRAINT "releases_members_pinned_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_members" ADD CONSTRAINT "releases_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_last_run_problems" ADD CONSTRAINT "releases_last_run_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_risk_disclosures_fk" FOREIGN KEY ("risk_disclosures_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_treatment_options_fk" FOREIGN KEY ("treatment_options_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_clinic_locations_fk" FOREIGN KEY ("clinic_locations_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_approved_locales_order_idx" ON "articles_approved_locales" USING btree ("order");
  CREATE INDEX "articles_approved_locales_parent_idx" ON "articles_approved_locales" USING btree ("parent_id");
  CREATE INDEX "articles_missing_translations_order_idx" ON "articles_missing_translations" USING btree ("order");
  CREATE INDEX "articles_missing_translations_parent_idx" ON "articles_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_approved_locales_order_idx" ON "_articles_v_version_approved_locales" USING btree ("order");
  CREATE INDEX "_articles_v_version_approved_locales_parent_idx" ON "_articles_v_version_approved_locales" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_missing_translations_order_idx" ON "_articles_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_articles_v_version_missing_translations_parent_idx" ON "_articles_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "treatment_options_approved_locales_order_idx" ON "treatment_options_approved_locales" USING btree ("order");
  CREATE INDEX "treatment_options_approved_locales_parent_idx" ON "treatment_options_approved_locales" USING btree ("parent_id");
  CREATE INDEX "treatment_options_missing_translations_order_idx" ON "treatment_options_missing_translations" USING btree ("order");
  CREATE INDEX "treatment_options_missing_translations_parent_idx" ON "treatment_options_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_treatment_options_v_version_approved_locales_order_idx" ON "_treatment_options_v_version_approved_locales" USING btree ("order");
  CREATE INDEX "_treatment_options_v_version_approved_locales_parent_idx" ON "_treatment_options_v_version_approved_locales" USING btree ("parent_id");
  CREATE INDEX "_treatment_options_v_version_missing_translations_order_idx" ON "_treatment_options_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_treatment_options_v_version_missing_translations_parent_idx" ON "_treatment_options_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "risk_disclosures_approved_locales_order_idx" ON "risk_disclosures_approved_locales" USING btree ("order");
  CREATE INDEX "risk_disclosures_approved_locales_parent_idx" ON "risk_disclosures_approved_locales" USING btree ("parent_id");
  CREATE INDEX "risk_disclosures_missing_translations_order_idx" ON "risk_disclosures_missing_translations" USING btree ("order");
  CREATE INDEX "risk_disclosures_missing_translations_parent_idx" ON "risk_disclosures_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_risk_disclosures_v_version_approved_locales_order_idx" ON "_risk_disclosures_v_version_approved_locales" USING btree ("order");
  CREATE INDEX "_risk_disclosures_v_version_approved_locales_parent_idx" ON "_risk_disclosures_v_version_approved_locales" USING btree ("parent_id");
  CREATE INDEX "_risk_disclosures_v_version_missing_translations_order_idx" ON "_risk_disclosures_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_risk_disclosures_v_version_missing_translations_parent_idx" ON "_risk_disclosures_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "review_records_approved_locales_order_idx" ON "review_records_approved_locales" USING btree ("order");
  CREATE INDEX "review_records_approved_locales_parent_idx" ON "review_records_approved_locales" USING btree ("parent_id");
  CREATE INDEX "releases_members_pinned_locales_order_idx" ON "releases_members_pinned_locales" USING btree ("order");
  CREATE INDEX "releases_members_pinned_locales_parent_idx" ON "releases_members_pinned_locales" USING btree ("parent_id");
  CREATE INDEX "releases_members_order_idx" ON "releases_members" USING btree ("_order");
  CREATE INDEX "releases_members_parent_id_idx" ON "releases_members" USING btree ("_parent_id");
  CREATE INDEX "releases_last_run_problems_order_idx" ON "releases_last_run_problems" USING btree ("_order");
  CREATE INDEX "releases_last_run_problems_parent_id_idx" ON "releases_last_run_problems" USING btree ("_parent_id");
  CREATE INDEX "releases_status_idx" ON "releases" USING btree ("status");
  CREATE INDEX "releases_publish_at_idx" ON "releases" USING btree ("publish_at");
  CREATE INDEX "releases_scheduled_by_idx" ON "releases" USING btree ("scheduled_by_id");
  CREATE INDEX "releases_published_by_idx" ON "releases" USING btree ("published_by_id");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE INDEX "releases_rels_order_idx" ON "releases_rels" USING btree ("order");
  CREATE INDEX "releases_rels_parent_idx" ON "releases_rels" USING btree ("parent_id");
  CREATE INDEX "releases_rels_path_idx" ON "releases_rels" USING btree ("path");
  CREATE INDEX "releases_rels_risk_disclosures_id_idx" ON "releases_rels" USING btree ("risk_disclosures_id");
  CREATE INDEX "releases_rels_treatment_options_id_idx" ON "releases_rels" USING btree ("treatment_options_id");
  CREATE INDEX "releases_rels_articles_id_idx" ON "releases_rels" USING btree ("articles_id");
  CREATE INDEX "releases_rels_clinic_locations_id_idx" ON "releases_rels" USING btree ("clinic_locations_id");
  CREATE INDEX "releases_rels_conditions_id_idx" ON "releases_rels" USING btree ("conditions_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_saved_by_id_users_id_fk" FOREIGN KEY ("last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("version_assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_saved_by_id_users_id_fk" FOREIGN KEY ("version_last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatment_options" ADD CONSTRAINT "treatment_options_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatment_options" ADD CONSTRAINT "treatment_options_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatment_options" ADD CONSTRAINT "treatment_options_last_saved_by_id_users_id_fk" FOREIGN KEY ("last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatment_options_v" ADD CONSTRAINT "_treatment_options_v_version_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("version_assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatment_options_v" ADD CONSTRAINT "_treatment_options_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatment_options_v" ADD CONSTRAINT "_treatment_options_v_version_last_saved_by_id_users_id_fk" FOREIGN KEY ("version_last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_disclosures" ADD CONSTRAINT "risk_disclosures_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_disclosures" ADD CONSTRAINT "risk_disclosures_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_disclosures" ADD CONSTRAINT "risk_disclosures_last_saved_by_id_users_id_fk" FOREIGN KEY ("last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v" ADD CONSTRAINT "_risk_disclosures_v_version_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("version_assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v" ADD CONSTRAINT "_risk_disclosures_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v" ADD CONSTRAINT "_risk_disclosures_v_version_last_saved_by_id_users_id_fk" FOREIGN KEY ("version_last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_records" ADD CONSTRAINT "review_records_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_assigned_reviewer_idx" ON "articles" USING btree ("assigned_reviewer_id");
  CREATE INDEX "articles_review_due_at_idx" ON "articles" USING btree ("review_due_at");
  CREATE INDEX "articles_submitted_by_idx" ON "articles" USING btree ("submitted_by_id");
  CREATE INDEX "articles_last_saved_by_idx" ON "articles" USING btree ("last_saved_by_id");
  CREATE INDEX "_articles_v_version_version_assigned_reviewer_idx" ON "_articles_v" USING btree ("version_assigned_reviewer_id");
  CREATE INDEX "_articles_v_version_version_review_due_at_idx" ON "_articles_v" USING btree ("version_review_due_at");
  CREATE INDEX "_articles_v_version_version_submitted_by_idx" ON "_articles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_articles_v_version_version_last_saved_by_idx" ON "_articles_v" USING btree ("version_last_saved_by_id");
  CREATE INDEX "treatment_options_assigned_reviewer_idx" ON "treatment_options" USING btree ("assigned_reviewer_id");
  CREATE INDEX "treatment_options_review_due_at_idx" ON "treatment_options" USING btree ("review_due_at");
  CREATE INDEX "treatment_options_submitted_by_idx" ON "treatment_options" USING btree ("submitted_by_id");
  CREATE INDEX "treatment_options_last_saved_by_idx" ON "treatment_options" USING btree ("last_saved_by_id");
  CREATE INDEX "_treatment_options_v_version_version_assigned_reviewer_idx" ON "_treatment_options_v" USING btree ("version_assigned_reviewer_id");
  CREATE INDEX "_treatment_options_v_version_version_review_due_at_idx" ON "_treatment_options_v" USING btree ("version_review_due_at");
  CREATE INDEX "_treatment_options_v_version_version_submitted_by_idx" ON "_treatment_options_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_treatment_options_v_version_version_last_saved_by_idx" ON "_treatment_options_v" USING btree ("version_last_saved_by_id");
  CREATE INDEX "risk_disclosures_assigned_reviewer_idx" ON "risk_disclosures" USING btree ("assigned_reviewer_id");
  CREATE INDEX "risk_disclosures_review_due_at_idx" ON "risk_disclosures" USING btree ("review_due_at");
  CREATE INDEX "risk_disclosures_submitted_by_idx" ON "risk_disclosures" USING btree ("submitted_by_id");
  CREATE INDEX "risk_disclosures_last_saved_by_idx" ON "risk_disclosures" USING btree ("last_saved_by_id");
  CREATE INDEX "_risk_disclosures_v_version_version_assigned_reviewer_idx" ON "_risk_disclosures_v" USING btree ("version_assigned_reviewer_id");
  CREATE INDEX "_risk_disclosures_v_version_version_review_due_at_idx" ON "_risk_disclosures_v" USING btree ("version_review_due_at");
  CREATE INDEX "_risk_disclosures_v_version_version_submitted_by_idx" ON "_risk_disclosures_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_risk_disclosures_v_version_version_last_saved_by_idx" ON "_risk_disclosures_v" USING btree ("version_last_saved_by_id");
  CREATE INDEX "review_records_assignee_idx" ON "review_records" USING btree ("assignee_id");
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_approved_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_missing_translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_approved_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_missing_translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatment_options_approved_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatment_options_missing_translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatment_options_v_version_approved_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatment_options_v_version_missing_translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_disclosures_approved_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_disclosures_missing_translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_disclosures_v_version_approved_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_disclosures_v_version_missing_translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_records_approved_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_members_pinned_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_last_run_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_approved_locales" CASCADE;
  DROP TABLE "articles_missing_translations" CASCADE;
  DROP TABLE "_articles_v_version_approved_locales" CASCADE;
  DROP TABLE "_articles_v_version_missing_translations" CASCADE;
  DROP TABLE "treatment_options_approved_locales" CASCADE;
  DROP TABLE "treatment_options_missing_translations" CASCADE;
  DROP TABLE "_treatment_options_v_version_approved_locales" CASCADE;
  DROP TABLE "_treatment_options_v_version_missing_translations" CASCADE;
  DROP TABLE "risk_disclosures_approved_locales" CASCADE;
  DROP TABLE "risk_disclosures_missing_translations" CASCADE;
  DROP TABLE "_risk_disclosures_v_version_approved_locales" CASCADE;
  DROP TABLE "_risk_disclosures_v_version_missing_translations" CASCADE;
  DROP TABLE "review_records_approved_locales" CASCADE;
  DROP TABLE "releases_members_pinned_locales" CASCADE;
  DROP TABLE "releases_members" CASCADE;
  DROP TABLE "releases_last_run_problems" CASCADE;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "releases_rels" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_assigned_reviewer_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_submitted_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_last_saved_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_assigned_reviewer_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_last_saved_by_id_users_id_fk";
  
  ALTER TABLE "treatment_options" DROP CONSTRAINT "treatment_options_assigned_reviewer_id_users_id_fk";
  
  ALTER TABLE "treatment_options" DROP CONSTRAINT "treatment_options_submitted_by_id_users_id_fk";
  
  ALTER TABLE "treatment_options" DROP CONSTRAINT "treatment_options_last_saved_by_id_users_id_fk";
  
  ALTER TABLE "_treatment_options_v" DROP CONSTRAINT "_treatment_options_v_version_assigned_reviewer_id_users_id_fk";
  
  ALTER TABLE "_treatment_options_v" DROP CONSTRAINT "_treatment_options_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_treatment_options_v" DROP CONSTRAINT "_treatment_options_v_version_last_saved_by_id_users_id_fk";
  
  ALTER TABLE "risk_disclosures" DROP CONSTRAINT "risk_disclosures_assigned_reviewer_id_users_id_fk";
  
  ALTER TABLE "risk_disclosures" DROP CONSTRAINT "risk_disclosures_submitted_by_id_users_id_fk";
  
  ALTER TABLE "risk_disclosures" DROP CONSTRAINT "risk_disclosures_last_saved_by_id_users_id_fk";
  
  ALTER TABLE "_risk_disclosures_v" DROP CONSTRAINT "_risk_disclosures_v_version_assigned_reviewer_id_users_id_fk";
  
  ALTER TABLE "_risk_disclosures_v" DROP CONSTRAINT "_risk_disclosures_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_risk_disclosures_v" DROP CONSTRAINT "_risk_disclosures_v_version_last_saved_by_id_users_id_fk";
  
  ALTER TABLE "review_records" DROP CONSTRAINT "review_records_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_releases_fk";
  
  ALTER TABLE "review_records" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_records_action";
  CREATE TYPE "public"."enum_review_records_action" AS ENUM('submit', 'withdraw', 'decision', 'voided', 'publish', 'unpublish', 'overdue', 'delete');
  ALTER TABLE "review_records" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_records_action" USING "action"::"public"."enum_review_records_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'markReviewOverdue', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'markReviewOverdue', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_assigned_reviewer_idx";
  DROP INDEX "articles_review_due_at_idx";
  DROP INDEX "articles_submitted_by_idx";
  DROP INDEX "articles_last_saved_by_idx";
  DROP INDEX "_articles_v_version_version_assigned_reviewer_idx";
  DROP INDEX "_articles_v_version_version_review_due_at_idx";
  DROP INDEX "_articles_v_version_version_submitted_by_idx";
  DROP INDEX "_articles_v_version_version_last_saved_by_idx";
  DROP INDEX "treatment_options_assigned_reviewer_idx";
  DROP INDEX "treatment_options_review_due_at_idx";
  DROP INDEX "treatment_options_submitted_by_idx";
  DROP INDEX "treatment_options_last_saved_by_idx";
  DROP INDEX "_treatment_options_v_version_version_assigned_reviewer_idx";
  DROP INDEX "_treatment_options_v_version_version_review_due_at_idx";
  DROP INDEX "_treatment_options_v_version_version_submitted_by_idx";
  DROP INDEX "_treatment_options_v_version_version_last_saved_by_idx";
  DROP INDEX "risk_disclosures_assigned_reviewer_idx";
  DROP INDEX "risk_disclosures_review_due_at_idx";
  DROP INDEX "risk_disclosures_submitted_by_idx";
  DROP INDEX "risk_disclosures_last_saved_by_idx";
  DROP INDEX "_risk_disclosures_v_version_version_assigned_reviewer_idx";
  DROP INDEX "_risk_disclosures_v_version_version_review_due_at_idx";
  DROP INDEX "_risk_disclosures_v_version_version_submitted_by_idx";
  DROP INDEX "_risk_disclosures_v_version_version_last_saved_by_idx";
  DROP INDEX "review_records_assignee_idx";
  DROP INDEX "payload_locked_documents_rels_releases_id_idx";
  ALTER TABLE "articles" DROP COLUMN "assigned_reviewer_id";
  ALTER TABLE "articles" DROP COLUMN "review_due_at";
  ALTER TABLE "articles" DROP COLUMN "submitted_by_id";
  ALTER TABLE "articles" DROP COLUMN "submitted_at";
  ALTER TABLE "articles" DROP COLUMN "last_saved_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_assigned_reviewer_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_due_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_saved_by_id";
  ALTER TABLE "treatment_options" DROP COLUMN "assigned_reviewer_id";
  ALTER TABLE "treatment_options" DROP COLUMN "review_due_at";
  ALTER TABLE "treatment_options" DROP COLUMN "submitted_by_id";
  ALTER TABLE "treatment_options" DROP COLUMN "submitted_at";
  ALTER TABLE "treatment_options" DROP COLUMN "last_saved_by_id";
  ALTER TABLE "_treatment_options_v" DROP COLUMN "version_assigned_reviewer_id";
  ALTER TABLE "_treatment_options_v" DROP COLUMN "version_review_due_at";
  ALTER TABLE "_treatment_options_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_treatment_options_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_treatment_options_v" DROP COLUMN "version_last_saved_by_id";
  ALTER TABLE "risk_disclosures" DROP COLUMN "assigned_reviewer_id";
  ALTER TABLE "risk_disclosures" DROP COLUMN "review_due_at";
  ALTER TABLE "risk_disclosures" DROP COLUMN "submitted_by_id";
  ALTER TABLE "risk_disclosures" DROP COLUMN "submitted_at";
  ALTER TABLE "risk_disclosures" DROP COLUMN "last_saved_by_id";
  ALTER TABLE "_risk_disclosures_v" DROP COLUMN "version_assigned_reviewer_id";
  ALTER TABLE "_risk_disclosures_v" DROP COLUMN "version_review_due_at";
  ALTER TABLE "_risk_disclosures_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_risk_disclosures_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_risk_disclosures_v" DROP COLUMN "version_last_saved_by_id";
  ALTER TABLE "review_records" DROP COLUMN "assignee_id";
  ALTER TABLE "review_records" DROP COLUMN "due_at";
  ALTER TABLE "review_records" DROP COLUMN "reminder";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "releases_id";
  DROP TYPE "public"."enum_articles_approved_locales";
  DROP TYPE "public"."enum_articles_missing_translations";
  DROP TYPE "public"."enum__articles_v_version_approved_locales";
  DROP TYPE "public"."enum__articles_v_version_missing_translations";
  DROP TYPE "public"."enum_treatment_options_approved_locales";
  DROP TYPE "public"."enum_treatment_options_missing_translations";
  DROP TYPE "public"."enum__treatment_options_v_version_approved_locales";
  DROP TYPE "public"."enum__treatment_options_v_version_missing_translations";
  DROP TYPE "public"."enum_risk_disclosures_approved_locales";
  DROP TYPE "public"."enum_risk_disclosures_missing_translations";
  DROP TYPE "public"."enum__risk_disclosures_v_version_approved_locales";
  DROP TYPE "public"."enum__risk_disclosures_v_version_missing_translations";
  DROP TYPE "public"."enum_review_records_approved_locales";
  DROP TYPE "public"."enum_review_records_reminder";
  DROP TYPE "public"."enum_releases_members_pinned_locales";
  DROP TYPE "public"."enum_releases_members_action";
  DROP TYPE "public"."enum_releases_status";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_articles_review_status" AS ENUM('draft', 'in-review', 'approved', 'changes-requested', 'review-overdue');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_review_status" AS ENUM('draft', 'in-review', 'approved', 'changes-requested', 'review-overdue');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_treatment_options_route" AS ENUM('intravenous', 'intranasal', 'intramuscular', 'oral-sublingual', 'psychotherapy-assisted');
  CREATE TYPE "public"."enum_treatment_options_regulatory_status" AS ENUM('fda-approved', 'off-label', 'investigational');
  CREATE TYPE "public"."enum_treatment_options_review_status" AS ENUM('draft', 'in-review', 'approved', 'changes-requested', 'review-overdue');
  CREATE TYPE "public"."enum_treatment_options_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatment_options_v_version_route" AS ENUM('intravenous', 'intranasal', 'intramuscular', 'oral-sublingual', 'psychotherapy-assisted');
  CREATE TYPE "public"."enum__treatment_options_v_version_regulatory_status" AS ENUM('fda-approved', 'off-label', 'investigational');
  CREATE TYPE "public"."enum__treatment_options_v_version_review_status" AS ENUM('draft', 'in-review', 'approved', 'changes-requested', 'review-overdue');
  CREATE TYPE "public"."enum__treatment_options_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatment_options_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_risk_disclosures_severity" AS ENUM('common', 'serious', 'rare-serious');
  CREATE TYPE "public"."enum_risk_disclosures_review_status" AS ENUM('draft', 'in-review', 'approved', 'changes-requested', 'review-overdue');
  CREATE TYPE "public"."enum_risk_disclosures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_disclosures_v_version_severity" AS ENUM('common', 'serious', 'rare-serious');
  CREATE TYPE "public"."enum__risk_disclosures_v_version_review_status" AS ENUM('draft', 'in-review', 'approved', 'changes-requested', 'review-overdue');
  CREATE TYPE "public"."enum__risk_disclosures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_disclosures_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_clinic_locations_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_clinic_locations_languages" AS ENUM('en', 'es', 'tl', 'vi', 'zh', 'ko', 'ar', 'fa', 'ru', 'asl');
  CREATE TYPE "public"."enum_clinic_locations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__clinic_locations_v_version_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__clinic_locations_v_version_languages" AS ENUM('en', 'es', 'tl', 'vi', 'zh', 'ko', 'ar', 'fa', 'ru', 'asl');
  CREATE TYPE "public"."enum__clinic_locations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__clinic_locations_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_conditions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'author', 'medical-reviewer', 'frontend-preview');
  CREATE TYPE "public"."enum_users_credentials" AS ENUM('MD', 'DO', 'PharmD', 'NP', 'PsyD', 'PhD', 'LCSW');
  CREATE TYPE "public"."enum_review_records_action" AS ENUM('submit', 'decision', 'publish', 'unpublish', 'overdue');
  CREATE TYPE "public"."enum_review_records_decision" AS ENUM('approve', 'request-changes');
  CREATE TYPE "public"."enum_review_records_target_collection" AS ENUM('articles', 'treatment-options', 'risk-disclosures');
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('publish', 'unpublish', 'delete');
  CREATE TYPE "public"."enum_webhooks_collections" AS ENUM('articles', 'treatment-options', 'risk-disclosures', 'clinic-locations', 'conditions');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'markReviewOverdue', 'deliverWebhook', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'markReviewOverdue', 'deliverWebhook', 'schedulePublish');
  CREATE TABLE "articles_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"doi" varchar,
  	"pmid" varchar
  );
  
  CREATE TABLE "articles_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phrase" varchar,
  	"field" varchar,
  	"locale" varchar,
  	"excerpt" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"hero_image_id" integer,
  	"seo_image_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"internal_notes" varchar,
  	"review_status" "enum_articles_review_status" DEFAULT 'draft',
  	"medical_reviewer_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"seo_meta_title" varchar,
  	"seo_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"treatment_options_id" integer,
  	"clinic_locations_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_articles_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"doi" varchar,
  	"pmid" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phrase" varchar,
  	"field" varchar,
  	"locale" varchar,
  	"excerpt" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_hero_image_id" integer,
  	"version_seo_image_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_internal_notes" varchar,
  	"version_review_status" "enum__articles_v_version_review_status" DEFAULT 'draft',
  	"version_medical_reviewer_id" integer,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_seo_meta_title" varchar,
  	"version_seo_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"treatment_options_id" integer,
  	"clinic_locations_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "treatment_options_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"doi" varchar,
  	"pmid" varchar
  );
  
  CREATE TABLE "treatment_options_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phrase" varchar,
  	"field" varchar,
  	"locale" varchar,
  	"excerpt" varchar
  );
  
  CREATE TABLE "treatment_options" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"route" "enum_treatment_options_route",
  	"regulatory_status" "enum_treatment_options_regulatory_status",
  	"protocol_typical_sessions" numeric,
  	"protocol_session_minutes" numeric,
  	"protocol_monitoring_minutes" numeric,
  	"cost_min_usd" numeric,
  	"cost_max_usd" numeric,
  	"internal_notes" varchar,
  	"review_status" "enum_treatment_options_review_status" DEFAULT 'draft',
  	"medical_reviewer_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_treatment_options_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "treatment_options_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"approved_indications" varchar,
  	"protocol_dosing_note" varchar,
  	"onset" varchar,
  	"cost_insurance_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "treatment_options_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "treatment_options_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"risk_disclosures_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_treatment_options_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"doi" varchar,
  	"pmid" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_treatment_options_v_version_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phrase" varchar,
  	"field" varchar,
  	"locale" varchar,
  	"excerpt" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_treatment_options_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_route" "enum__treatment_options_v_version_route",
  	"version_regulatory_status" "enum__treatment_options_v_version_regulatory_status",
  	"version_protocol_typical_sessions" numeric,
  	"version_protocol_session_minutes" numeric,
  	"version_protocol_monitoring_minutes" numeric,
  	"version_cost_min_usd" numeric,
  	"version_cost_max_usd" numeric,
  	"version_internal_notes" varchar,
  	"version_review_status" "enum__treatment_options_v_version_review_status" DEFAULT 'draft',
  	"version_medical_reviewer_id" integer,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__treatment_options_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__treatment_options_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_treatment_options_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_approved_indications" varchar,
  	"version_protocol_dosing_note" varchar,
  	"version_onset" varchar,
  	"version_cost_insurance_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_treatment_options_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "_treatment_options_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"risk_disclosures_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "risk_disclosures_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"doi" varchar,
  	"pmid" varchar
  );
  
  CREATE TABLE "risk_disclosures_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phrase" varchar,
  	"field" varchar,
  	"locale" varchar,
  	"excerpt" varchar
  );
  
  CREATE TABLE "risk_disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"severity" "enum_risk_disclosures_severity",
  	"effective_date" timestamp(3) with time zone,
  	"internal_notes" varchar,
  	"review_status" "enum_risk_disclosures_review_status" DEFAULT 'draft',
  	"medical_reviewer_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_risk_disclosures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "risk_disclosures_locales" (
  	"title" varchar,
  	"frequency" varchar,
  	"description" jsonb,
  	"mitigation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "risk_disclosures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_risk_disclosures_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"doi" varchar,
  	"pmid" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_risk_disclosures_v_version_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phrase" varchar,
  	"field" varchar,
  	"locale" varchar,
  	"excerpt" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_risk_disclosures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_severity" "enum__risk_disclosures_v_version_severity",
  	"version_effective_date" timestamp(3) with time zone,
  	"version_internal_notes" varchar,
  	"version_review_status" "enum__risk_disclosures_v_version_review_status" DEFAULT 'draft',
  	"version_medical_reviewer_id" integer,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__risk_disclosures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__risk_disclosures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_risk_disclosures_v_locales" (
  	"version_title" varchar,
  	"version_frequency" varchar,
  	"version_description" jsonb,
  	"version_mitigation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_risk_disclosures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "clinic_locations_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_clinic_locations_hours_day",
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "clinic_locations_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_clinic_locations_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "clinic_locations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"address_street" varchar,
  	"address_city" varchar,
  	"address_state" varchar,
  	"address_postal_code" varchar,
  	"address_country" varchar DEFAULT 'US',
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"phone" varchar,
  	"email" varchar,
  	"booking_url" varchar,
  	"timezone" varchar DEFAULT 'America/Los_Angeles',
  	"medical_director_id" integer,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_clinic_locations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "clinic_locations_locales" (
  	"name" varchar,
  	"insurance_note" varchar,
  	"accessibility_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "clinic_locations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatment_options_id" integer,
  	"conditions_id" integer
  );
  
  CREATE TABLE "_clinic_locations_v_version_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__clinic_locations_v_version_hours_day",
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clinic_locations_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__clinic_locations_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_clinic_locations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_address_street" varchar,
  	"version_address_city" varchar,
  	"version_address_state" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_country" varchar DEFAULT 'US',
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_booking_url" varchar,
  	"version_timezone" varchar DEFAULT 'America/Los_Angeles',
  	"version_medical_director_id" integer,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__clinic_locations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__clinic_locations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_clinic_locations_v_locales" (
  	"version_name" varchar,
  	"version_insurance_note" varchar,
  	"version_accessibility_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clinic_locations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatment_options_id" integer,
  	"conditions_id" integer
  );
  
  CREATE TABLE "conditions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conditions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conditions_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conditions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_conditions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conditions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__conditions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_conditions_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conditions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_credentials" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_credentials",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"specialty" varchar,
  	"photo_id" integer,
  	"license_number" varchar,
  	"license_state" varchar,
  	"license_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_locales" (
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "review_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_review_records_action" NOT NULL,
  	"decision" "enum_review_records_decision",
  	"target_collection" "enum_review_records_target_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"version_id" varchar,
  	"content_hash" varchar NOT NULL,
  	"comment" varchar,
  	"note" varchar,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"actor_credentials" varchar,
  	"actor_roles" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks_collections" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_collections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_id" integer,
  	"delivery_id" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"attempt" numeric NOT NULL,
  	"status" numeric,
  	"ok" boolean DEFAULT false,
  	"error" varchar,
  	"duration_ms" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"treatment_options_id" integer,
  	"risk_disclosures_id" integer,
  	"clinic_locations_id" integer,
  	"conditions_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"review_records_id" integer,
  	"webhooks_id" integer,
  	"webhook_deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_references" ADD CONSTRAINT "articles_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_claim_flags" ADD CONSTRAINT "articles_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_medical_reviewer_id_users_id_fk" FOREIGN KEY ("medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_treatment_options_fk" FOREIGN KEY ("treatment_options_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_clinic_locations_fk" FOREIGN KEY ("clinic_locations_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_references" ADD CONSTRAINT "_articles_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_claim_flags" ADD CONSTRAINT "_articles_v_version_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_medical_reviewer_id_users_id_fk" FOREIGN KEY ("version_medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_treatment_options_fk" FOREIGN KEY ("treatment_options_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_clinic_locations_fk" FOREIGN KEY ("clinic_locations_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_references" ADD CONSTRAINT "treatment_options_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_claim_flags" ADD CONSTRAINT "treatment_options_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options" ADD CONSTRAINT "treatment_options_medical_reviewer_id_users_id_fk" FOREIGN KEY ("medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatment_options_locales" ADD CONSTRAINT "treatment_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_texts" ADD CONSTRAINT "treatment_options_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_rels" ADD CONSTRAINT "treatment_options_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_rels" ADD CONSTRAINT "treatment_options_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_rels" ADD CONSTRAINT "treatment_options_rels_risk_disclosures_fk" FOREIGN KEY ("risk_disclosures_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_options_rels" ADD CONSTRAINT "treatment_options_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_version_references" ADD CONSTRAINT "_treatment_options_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatment_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_version_claim_flags" ADD CONSTRAINT "_treatment_options_v_version_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatment_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v" ADD CONSTRAINT "_treatment_options_v_parent_id_treatment_options_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatment_options"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatment_options_v" ADD CONSTRAINT "_treatment_options_v_version_medical_reviewer_id_users_id_fk" FOREIGN KEY ("version_medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_locales" ADD CONSTRAINT "_treatment_options_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatment_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_texts" ADD CONSTRAINT "_treatment_options_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatment_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_rels" ADD CONSTRAINT "_treatment_options_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatment_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_rels" ADD CONSTRAINT "_treatment_options_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_rels" ADD CONSTRAINT "_treatment_options_v_rels_risk_disclosures_fk" FOREIGN KEY ("risk_disclosures_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_options_v_rels" ADD CONSTRAINT "_treatment_options_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_disclosures_references" ADD CONSTRAINT "risk_disclosures_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_disclosures_claim_flags" ADD CONSTRAINT "risk_disclosures_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_disclosures" ADD CONSTRAINT "risk_disclosures_medical_reviewer_id_users_id_fk" FOREIGN KEY ("medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_disclosures_locales" ADD CONSTRAINT "risk_disclosures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_disclosures_rels" ADD CONSTRAINT "risk_disclosures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_disclosures_rels" ADD CONSTRAINT "risk_disclosures_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v_version_references" ADD CONSTRAINT "_risk_disclosures_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v_version_claim_flags" ADD CONSTRAINT "_risk_disclosures_v_version_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v" ADD CONSTRAINT "_risk_disclosures_v_parent_id_risk_disclosures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v" ADD CONSTRAINT "_risk_disclosures_v_version_medical_reviewer_id_users_id_fk" FOREIGN KEY ("version_medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v_locales" ADD CONSTRAINT "_risk_disclosures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v_rels" ADD CONSTRAINT "_risk_disclosures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_risk_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_disclosures_v_rels" ADD CONSTRAINT "_risk_disclosures_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_locations_hours" ADD CONSTRAINT "clinic_locations_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_locations_languages" ADD CONSTRAINT "clinic_locations_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_locations" ADD CONSTRAINT "clinic_locations_medical_director_id_users_id_fk" FOREIGN KEY ("medical_director_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_locations_locales" ADD CONSTRAINT "clinic_locations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_locations_rels" ADD CONSTRAINT "clinic_locations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_locations_rels" ADD CONSTRAINT "clinic_locations_rels_treatment_options_fk" FOREIGN KEY ("treatment_options_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_locations_rels" ADD CONSTRAINT "clinic_locations_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v_version_hours" ADD CONSTRAINT "_clinic_locations_v_version_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clinic_locations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v_version_languages" ADD CONSTRAINT "_clinic_locations_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_clinic_locations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v" ADD CONSTRAINT "_clinic_locations_v_parent_id_clinic_locations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v" ADD CONSTRAINT "_clinic_locations_v_version_medical_director_id_users_id_fk" FOREIGN KEY ("version_medical_director_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v_locales" ADD CONSTRAINT "_clinic_locations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clinic_locations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v_rels" ADD CONSTRAINT "_clinic_locations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_clinic_locations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v_rels" ADD CONSTRAINT "_clinic_locations_v_rels_treatment_options_fk" FOREIGN KEY ("treatment_options_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_locations_v_rels" ADD CONSTRAINT "_clinic_locations_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_locales" ADD CONSTRAINT "conditions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_texts" ADD CONSTRAINT "conditions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_locales" ADD CONSTRAINT "_conditions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_texts" ADD CONSTRAINT "_conditions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_credentials" ADD CONSTRAINT "users_credentials_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_locales" ADD CONSTRAINT "users_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_records" ADD CONSTRAINT "review_records_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhooks_events" ADD CONSTRAINT "webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_collections" ADD CONSTRAINT "webhooks_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_treatment_options_fk" FOREIGN KEY ("treatment_options_id") REFERENCES "public"."treatment_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risk_disclosures_fk" FOREIGN KEY ("risk_disclosures_id") REFERENCES "public"."risk_disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clinic_locations_fk" FOREIGN KEY ("clinic_locations_id") REFERENCES "public"."clinic_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_records_fk" FOREIGN KEY ("review_records_id") REFERENCES "public"."review_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_references_order_idx" ON "articles_references" USING btree ("_order");
  CREATE INDEX "articles_references_parent_id_idx" ON "articles_references" USING btree ("_parent_id");
  CREATE INDEX "articles_claim_flags_order_idx" ON "articles_claim_flags" USING btree ("_order");
  CREATE INDEX "articles_claim_flags_parent_id_idx" ON "articles_claim_flags" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_seo_seo_image_idx" ON "articles" USING btree ("seo_image_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_review_status_idx" ON "articles" USING btree ("review_status");
  CREATE INDEX "articles_medical_reviewer_idx" ON "articles" USING btree ("medical_reviewer_id");
  CREATE INDEX "articles_next_review_due_idx" ON "articles" USING btree ("next_review_due");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_locales_parent_id_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_conditions_id_idx" ON "articles_rels" USING btree ("conditions_id");
  CREATE INDEX "articles_rels_treatment_options_id_idx" ON "articles_rels" USING btree ("treatment_options_id");
  CREATE INDEX "articles_rels_clinic_locations_id_idx" ON "articles_rels" USING btree ("clinic_locations_id");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_version_references_order_idx" ON "_articles_v_version_references" USING btree ("_order");
  CREATE INDEX "_articles_v_version_references_parent_id_idx" ON "_articles_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_claim_flags_order_idx" ON "_articles_v_version_claim_flags" USING btree ("_order");
  CREATE INDEX "_articles_v_version_claim_flags_parent_id_idx" ON "_articles_v_version_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_seo_version_seo_image_idx" ON "_articles_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_review_status_idx" ON "_articles_v" USING btree ("version_review_status");
  CREATE INDEX "_articles_v_version_version_medical_reviewer_idx" ON "_articles_v" USING btree ("version_medical_reviewer_id");
  CREATE INDEX "_articles_v_version_version_next_review_due_idx" ON "_articles_v" USING btree ("version_next_review_due");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_locales_parent_id_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_conditions_id_idx" ON "_articles_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_articles_v_rels_treatment_options_id_idx" ON "_articles_v_rels" USING btree ("treatment_options_id");
  CREATE INDEX "_articles_v_rels_clinic_locations_id_idx" ON "_articles_v_rels" USING btree ("clinic_locations_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "treatment_options_references_order_idx" ON "treatment_options_references" USING btree ("_order");
  CREATE INDEX "treatment_options_references_parent_id_idx" ON "treatment_options_references" USING btree ("_parent_id");
  CREATE INDEX "treatment_options_claim_flags_order_idx" ON "treatment_options_claim_flags" USING btree ("_order");
  CREATE INDEX "treatment_options_claim_flags_parent_id_idx" ON "treatment_options_claim_flags" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "treatment_options_slug_idx" ON "treatment_options" USING btree ("slug");
  CREATE INDEX "treatment_options_review_status_idx" ON "treatment_options" USING btree ("review_status");
  CREATE INDEX "treatment_options_medical_reviewer_idx" ON "treatment_options" USING btree ("medical_reviewer_id");
  CREATE INDEX "treatment_options_next_review_due_idx" ON "treatment_options" USING btree ("next_review_due");
  CREATE INDEX "treatment_options_updated_at_idx" ON "treatment_options" USING btree ("updated_at");
  CREATE INDEX "treatment_options_created_at_idx" ON "treatment_options" USING btree ("created_at");
  CREATE INDEX "treatment_options__status_idx" ON "treatment_options" USING btree ("_status");
  CREATE UNIQUE INDEX "treatment_options_locales_locale_parent_id_unique" ON "treatment_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "treatment_options_locales_parent_id_idx" ON "treatment_options_locales" USING btree ("_parent_id");
  CREATE INDEX "treatment_options_texts_order_parent" ON "treatment_options_texts" USING btree ("order","parent_id");
  CREATE INDEX "treatment_options_texts_locale_parent" ON "treatment_options_texts" USING btree ("locale","parent_id");
  CREATE INDEX "treatment_options_rels_order_idx" ON "treatment_options_rels" USING btree ("order");
  CREATE INDEX "treatment_options_rels_parent_idx" ON "treatment_options_rels" USING btree ("parent_id");
  CREATE INDEX "treatment_options_rels_path_idx" ON "treatment_options_rels" USING btree ("path");
  CREATE INDEX "treatment_options_rels_conditions_id_idx" ON "treatment_options_rels" USING btree ("conditions_id");
  CREATE INDEX "treatment_options_rels_risk_disclosures_id_idx" ON "treatment_options_rels" USING btree ("risk_disclosures_id");
  CREATE INDEX "treatment_options_rels_users_id_idx" ON "treatment_options_rels" USING btree ("users_id");
  CREATE INDEX "_treatment_options_v_version_references_order_idx" ON "_treatment_options_v_version_references" USING btree ("_order");
  CREATE INDEX "_treatment_options_v_version_references_parent_id_idx" ON "_treatment_options_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_treatment_options_v_version_claim_flags_order_idx" ON "_treatment_options_v_version_claim_flags" USING btree ("_order");
  CREATE INDEX "_treatment_options_v_version_claim_flags_parent_id_idx" ON "_treatment_options_v_version_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "_treatment_options_v_parent_idx" ON "_treatment_options_v" USING btree ("parent_id");
  CREATE INDEX "_treatment_options_v_version_version_slug_idx" ON "_treatment_options_v" USING btree ("version_slug");
  CREATE INDEX "_treatment_options_v_version_version_review_status_idx" ON "_treatment_options_v" USING btree ("version_review_status");
  CREATE INDEX "_treatment_options_v_version_version_medical_reviewer_idx" ON "_treatment_options_v" USING btree ("version_medical_reviewer_id");
  CREATE INDEX "_treatment_options_v_version_version_next_review_due_idx" ON "_treatment_options_v" USING btree ("version_next_review_due");
  CREATE INDEX "_treatment_options_v_version_version_updated_at_idx" ON "_treatment_options_v" USING btree ("version_updated_at");
  CREATE INDEX "_treatment_options_v_version_version_created_at_idx" ON "_treatment_options_v" USING btree ("version_created_at");
  CREATE INDEX "_treatment_options_v_version_version__status_idx" ON "_treatment_options_v" USING btree ("version__status");
  CREATE INDEX "_treatment_options_v_created_at_idx" ON "_treatment_options_v" USING btree ("created_at");
  CREATE INDEX "_treatment_options_v_updated_at_idx" ON "_treatment_options_v" USING btree ("updated_at");
  CREATE INDEX "_treatment_options_v_snapshot_idx" ON "_treatment_options_v" USING btree ("snapshot");
  CREATE INDEX "_treatment_options_v_published_locale_idx" ON "_treatment_options_v" USING btree ("published_locale");
  CREATE INDEX "_treatment_options_v_latest_idx" ON "_treatment_options_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_treatment_options_v_locales_locale_parent_id_unique" ON "_treatment_options_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_treatment_options_v_locales_parent_id_idx" ON "_treatment_options_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_treatment_options_v_texts_order_parent" ON "_treatment_options_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_treatment_options_v_texts_locale_parent" ON "_treatment_options_v_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_treatment_options_v_rels_order_idx" ON "_treatment_options_v_rels" USING btree ("order");
  CREATE INDEX "_treatment_options_v_rels_parent_idx" ON "_treatment_options_v_rels" USING btree ("parent_id");
  CREATE INDEX "_treatment_options_v_rels_path_idx" ON "_treatment_options_v_rels" USING btree ("path");
  CREATE INDEX "_treatment_options_v_rels_conditions_id_idx" ON "_treatment_options_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_treatment_options_v_rels_risk_disclosures_id_idx" ON "_treatment_options_v_rels" USING btree ("risk_disclosures_id");
  CREATE INDEX "_treatment_options_v_rels_users_id_idx" ON "_treatment_options_v_rels" USING btree ("users_id");
  CREATE INDEX "risk_disclosures_references_order_idx" ON "risk_disclosures_references" USING btree ("_order");
  CREATE INDEX "risk_disclosures_references_parent_id_idx" ON "risk_disclosures_references" USING btree ("_parent_id");
  CREATE INDEX "risk_disclosures_claim_flags_order_idx" ON "risk_disclosures_claim_flags" USING btree ("_order");
  CREATE INDEX "risk_disclosures_claim_flags_parent_id_idx" ON "risk_disclosures_claim_flags" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "risk_disclosures_slug_idx" ON "risk_disclosures" USING btree ("slug");
  CREATE INDEX "risk_disclosures_review_status_idx" ON "risk_disclosures" USING btree ("review_status");
  CREATE INDEX "risk_disclosures_medical_reviewer_idx" ON "risk_disclosures" USING btree ("medical_reviewer_id");
  CREATE INDEX "risk_disclosures_next_review_due_idx" ON "risk_disclosures" USING btree ("next_review_due");
  CREATE INDEX "risk_disclosures_updated_at_idx" ON "risk_disclosures" USING btree ("updated_at");
  CREATE INDEX "risk_disclosures_created_at_idx" ON "risk_disclosures" USING btree ("created_at");
  CREATE INDEX "risk_disclosures__status_idx" ON "risk_disclosures" USING btree ("_status");
  CREATE UNIQUE INDEX "risk_disclosures_locales_locale_parent_id_unique" ON "risk_disclosures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "risk_disclosures_locales_parent_id_idx" ON "risk_disclosures_locales" USING btree ("_parent_id");
  CREATE INDEX "risk_disclosures_rels_order_idx" ON "risk_disclosures_rels" USING btree ("order");
  CREATE INDEX "risk_disclosures_rels_parent_idx" ON "risk_disclosures_rels" USING btree ("parent_id");
  CREATE INDEX "risk_disclosures_rels_path_idx" ON "risk_disclosures_rels" USING btree ("path");
  CREATE INDEX "risk_disclosures_rels_users_id_idx" ON "risk_disclosures_rels" USING btree ("users_id");
  CREATE INDEX "_risk_disclosures_v_version_references_order_idx" ON "_risk_disclosures_v_version_references" USING btree ("_order");
  CREATE INDEX "_risk_disclosures_v_version_references_parent_id_idx" ON "_risk_disclosures_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_risk_disclosures_v_version_claim_flags_order_idx" ON "_risk_disclosures_v_version_claim_flags" USING btree ("_order");
  CREATE INDEX "_risk_disclosures_v_version_claim_flags_parent_id_idx" ON "_risk_disclosures_v_version_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "_risk_disclosures_v_parent_idx" ON "_risk_disclosures_v" USING btree ("parent_id");
  CREATE INDEX "_risk_disclosures_v_version_version_slug_idx" ON "_risk_disclosures_v" USING btree ("version_slug");
  CREATE INDEX "_risk_disclosures_v_version_version_review_status_idx" ON "_risk_disclosures_v" USING btree ("version_review_status");
  CREATE INDEX "_risk_disclosures_v_version_version_medical_reviewer_idx" ON "_risk_disclosures_v" USING btree ("version_medical_reviewer_id");
  CREATE INDEX "_risk_disclosures_v_version_version_next_review_due_idx" ON "_risk_disclosures_v" USING btree ("version_next_review_due");
  CREATE INDEX "_risk_disclosures_v_version_version_updated_at_idx" ON "_risk_disclosures_v" USING btree ("version_updated_at");
  CREATE INDEX "_risk_disclosures_v_version_version_created_at_idx" ON "_risk_disclosures_v" USING btree ("version_created_at");
  CREATE INDEX "_risk_disclosures_v_version_version__status_idx" ON "_risk_disclosures_v" USING btree ("version__status");
  CREATE INDEX "_risk_disclosures_v_created_at_idx" ON "_risk_disclosures_v" USING btree ("created_at");
  CREATE INDEX "_risk_disclosures_v_updated_at_idx" ON "_risk_disclosures_v" USING btree ("updated_at");
  CREATE INDEX "_risk_disclosures_v_snapshot_idx" ON "_risk_disclosures_v" USING btree ("snapshot");
  CREATE INDEX "_risk_disclosures_v_published_locale_idx" ON "_risk_disclosures_v" USING btree ("published_locale");
  CREATE INDEX "_risk_disclosures_v_latest_idx" ON "_risk_disclosures_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_risk_disclosures_v_locales_locale_parent_id_unique" ON "_risk_disclosures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_risk_disclosures_v_locales_parent_id_idx" ON "_risk_disclosures_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_risk_disclosures_v_rels_order_idx" ON "_risk_disclosures_v_rels" USING btree ("order");
  CREATE INDEX "_risk_disclosures_v_rels_parent_idx" ON "_risk_disclosures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_risk_disclosures_v_rels_path_idx" ON "_risk_disclosures_v_rels" USING btree ("path");
  CREATE INDEX "_risk_disclosures_v_rels_users_id_idx" ON "_risk_disclosures_v_rels" USING btree ("users_id");
  CREATE INDEX "clinic_locations_hours_order_idx" ON "clinic_locations_hours" USING btree ("_order");
  CREATE INDEX "clinic_locations_hours_parent_id_idx" ON "clinic_locations_hours" USING btree ("_parent_id");
  CREATE INDEX "clinic_locations_languages_order_idx" ON "clinic_locations_languages" USING btree ("order");
  CREATE INDEX "clinic_locations_languages_parent_idx" ON "clinic_locations_languages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "clinic_locations_slug_idx" ON "clinic_locations" USING btree ("slug");
  CREATE INDEX "clinic_locations_address_address_city_idx" ON "clinic_locations" USING btree ("address_city");
  CREATE INDEX "clinic_locations_location_location_lat_idx" ON "clinic_locations" USING btree ("location_lat");
  CREATE INDEX "clinic_locations_location_location_lng_idx" ON "clinic_locations" USING btree ("location_lng");
  CREATE INDEX "clinic_locations_medical_director_idx" ON "clinic_locations" USING btree ("medical_director_id");
  CREATE INDEX "clinic_locations_updated_at_idx" ON "clinic_locations" USING btree ("updated_at");
  CREATE INDEX "clinic_locations_created_at_idx" ON "clinic_locations" USING btree ("created_at");
  CREATE INDEX "clinic_locations__status_idx" ON "clinic_locations" USING btree ("_status");
  CREATE UNIQUE INDEX "clinic_locations_locales_locale_parent_id_unique" ON "clinic_locations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clinic_locations_locales_parent_id_idx" ON "clinic_locations_locales" USING btree ("_parent_id");
  CREATE INDEX "clinic_locations_rels_order_idx" ON "clinic_locations_rels" USING btree ("order");
  CREATE INDEX "clinic_locations_rels_parent_idx" ON "clinic_locations_rels" USING btree ("parent_id");
  CREATE INDEX "clinic_locations_rels_path_idx" ON "clinic_locations_rels" USING btree ("path");
  CREATE INDEX "clinic_locations_rels_treatment_options_id_idx" ON "clinic_locations_rels" USING btree ("treatment_options_id");
  CREATE INDEX "clinic_locations_rels_conditions_id_idx" ON "clinic_locations_rels" USING btree ("conditions_id");
  CREATE INDEX "_clinic_locations_v_version_hours_order_idx" ON "_clinic_locations_v_version_hours" USING btree ("_order");
  CREATE INDEX "_clinic_locations_v_version_hours_parent_id_idx" ON "_clinic_locations_v_version_hours" USING btree ("_parent_id");
  CREATE INDEX "_clinic_locations_v_version_languages_order_idx" ON "_clinic_locations_v_version_languages" USING btree ("order");
  CREATE INDEX "_clinic_locations_v_version_languages_parent_idx" ON "_clinic_locations_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_clinic_locations_v_parent_idx" ON "_clinic_locations_v" USING btree ("parent_id");
  CREATE INDEX "_clinic_locations_v_version_version_slug_idx" ON "_clinic_locations_v" USING btree ("version_slug");
  CREATE INDEX "_clinic_locations_v_version_address_version_address_city_idx" ON "_clinic_locations_v" USING btree ("version_address_city");
  CREATE INDEX "_clinic_locations_v_version_location_version_location_la_idx" ON "_clinic_locations_v" USING btree ("version_location_lat");
  CREATE INDEX "_clinic_locations_v_version_location_version_location_ln_idx" ON "_clinic_locations_v" USING btree ("version_location_lng");
  CREATE INDEX "_clinic_locations_v_version_version_medical_director_idx" ON "_clinic_locations_v" USING btree ("version_medical_director_id");
  CREATE INDEX "_clinic_locations_v_version_version_updated_at_idx" ON "_clinic_locations_v" USING btree ("version_updated_at");
  CREATE INDEX "_clinic_locations_v_version_version_created_at_idx" ON "_clinic_locations_v" USING btree ("version_created_at");
  CREATE INDEX "_clinic_locations_v_version_version__status_idx" ON "_clinic_locations_v" USING btree ("version__status");
  CREATE INDEX "_clinic_locations_v_created_at_idx" ON "_clinic_locations_v" USING btree ("created_at");
  CREATE INDEX "_clinic_locations_v_updated_at_idx" ON "_clinic_locations_v" USING btree ("updated_at");
  CREATE INDEX "_clinic_locations_v_snapshot_idx" ON "_clinic_locations_v" USING btree ("snapshot");
  CREATE INDEX "_clinic_locations_v_published_locale_idx" ON "_clinic_locations_v" USING btree ("published_locale");
  CREATE INDEX "_clinic_locations_v_latest_idx" ON "_clinic_locations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_clinic_locations_v_locales_locale_parent_id_unique" ON "_clinic_locations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clinic_locations_v_locales_parent_id_idx" ON "_clinic_locations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_clinic_locations_v_rels_order_idx" ON "_clinic_locations_v_rels" USING btree ("order");
  CREATE INDEX "_clinic_locations_v_rels_parent_idx" ON "_clinic_locations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_clinic_locations_v_rels_path_idx" ON "_clinic_locations_v_rels" USING btree ("path");
  CREATE INDEX "_clinic_locations_v_rels_treatment_options_id_idx" ON "_clinic_locations_v_rels" USING btree ("treatment_options_id");
  CREATE INDEX "_clinic_locations_v_rels_conditions_id_idx" ON "_clinic_locations_v_rels" USING btree ("conditions_id");
  CREATE UNIQUE INDEX "conditions_slug_idx" ON "conditions" USING btree ("slug");
  CREATE INDEX "conditions_updated_at_idx" ON "conditions" USING btree ("updated_at");
  CREATE INDEX "conditions_created_at_idx" ON "conditions" USING btree ("created_at");
  CREATE INDEX "conditions__status_idx" ON "conditions" USING btree ("_status");
  CREATE UNIQUE INDEX "conditions_locales_locale_parent_id_unique" ON "conditions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conditions_locales_parent_id_idx" ON "conditions_locales" USING btree ("_parent_id");
  CREATE INDEX "conditions_texts_order_parent" ON "conditions_texts" USING btree ("order","parent_id");
  CREATE INDEX "_conditions_v_parent_idx" ON "_conditions_v" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_version_slug_idx" ON "_conditions_v" USING btree ("version_slug");
  CREATE INDEX "_conditions_v_version_version_updated_at_idx" ON "_conditions_v" USING btree ("version_updated_at");
  CREATE INDEX "_conditions_v_version_version_created_at_idx" ON "_conditions_v" USING btree ("version_created_at");
  CREATE INDEX "_conditions_v_version_version__status_idx" ON "_conditions_v" USING btree ("version__status");
  CREATE INDEX "_conditions_v_created_at_idx" ON "_conditions_v" USING btree ("created_at");
  CREATE INDEX "_conditions_v_updated_at_idx" ON "_conditions_v" USING btree ("updated_at");
  CREATE INDEX "_conditions_v_snapshot_idx" ON "_conditions_v" USING btree ("snapshot");
  CREATE INDEX "_conditions_v_published_locale_idx" ON "_conditions_v" USING btree ("published_locale");
  CREATE INDEX "_conditions_v_latest_idx" ON "_conditions_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_conditions_v_locales_locale_parent_id_unique" ON "_conditions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conditions_v_locales_parent_id_idx" ON "_conditions_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_texts_order_parent" ON "_conditions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_credentials_order_idx" ON "users_credentials" USING btree ("order");
  CREATE INDEX "users_credentials_parent_idx" ON "users_credentials" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_photo_idx" ON "users" USING btree ("photo_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "users_locales_locale_parent_id_unique" ON "users_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_locales_parent_id_idx" ON "users_locales" USING btree ("_parent_id");
  CREATE INDEX "review_records_action_idx" ON "review_records" USING btree ("action");
  CREATE INDEX "review_records_target_collection_idx" ON "review_records" USING btree ("target_collection");
  CREATE INDEX "review_records_document_id_idx" ON "review_records" USING btree ("document_id");
  CREATE INDEX "review_records_actor_idx" ON "review_records" USING btree ("actor_id");
  CREATE INDEX "review_records_updated_at_idx" ON "review_records" USING btree ("updated_at");
  CREATE INDEX "review_records_created_at_idx" ON "review_records" USING btree ("created_at");
  CREATE INDEX "webhooks_events_order_idx" ON "webhooks_events" USING btree ("order");
  CREATE INDEX "webhooks_events_parent_idx" ON "webhooks_events" USING btree ("parent_id");
  CREATE INDEX "webhooks_collections_order_idx" ON "webhooks_collections" USING btree ("order");
  CREATE INDEX "webhooks_collections_parent_idx" ON "webhooks_collections" USING btree ("parent_id");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_delivery_id_idx" ON "webhook_deliveries" USING btree ("delivery_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_treatment_options_id_idx" ON "payload_locked_documents_rels" USING btree ("treatment_options_id");
  CREATE INDEX "payload_locked_documents_rels_risk_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("risk_disclosures_id");
  CREATE INDEX "payload_locked_documents_rels_clinic_locations_id_idx" ON "payload_locked_documents_rels" USING btree ("clinic_locations_id");
  CREATE INDEX "payload_locked_documents_rels_conditions_id_idx" ON "payload_locked_documents_rels" USING btree ("conditions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_review_records_id_idx" ON "payload_locked_documents_rels" USING btree ("review_records_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_references" CASCADE;
  DROP TABLE "articles_claim_flags" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_references" CASCADE;
  DROP TABLE "_articles_v_version_claim_flags" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "treatment_options_references" CASCADE;
  DROP TABLE "treatment_options_claim_flags" CASCADE;
  DROP TABLE "treatment_options" CASCADE;
  DROP TABLE "treatment_options_locales" CASCADE;
  DROP TABLE "treatment_options_texts" CASCADE;
  DROP TABLE "treatment_options_rels" CASCADE;
  DROP TABLE "_treatment_options_v_version_references" CASCADE;
  DROP TABLE "_treatment_options_v_version_claim_flags" CASCADE;
  DROP TABLE "_treatment_options_v" CASCADE;
  DROP TABLE "_treatment_options_v_locales" CASCADE;
  DROP TABLE "_treatment_options_v_texts" CASCADE;
  DROP TABLE "_treatment_options_v_rels" CASCADE;
  DROP TABLE "risk_disclosures_references" CASCADE;
  DROP TABLE "risk_disclosures_claim_flags" CASCADE;
  DROP TABLE "risk_disclosures" CASCADE;
  DROP TABLE "risk_disclosures_locales" CASCADE;
  DROP TABLE "risk_disclosures_rels" CASCADE;
  DROP TABLE "_risk_disclosures_v_version_references" CASCADE;
  DROP TABLE "_risk_disclosures_v_version_claim_flags" CASCADE;
  DROP TABLE "_risk_disclosures_v" CASCADE;
  DROP TABLE "_risk_disclosures_v_locales" CASCADE;
  DROP TABLE "_risk_disclosures_v_rels" CASCADE;
  DROP TABLE "clinic_locations_hours" CASCADE;
  DROP TABLE "clinic_locations_languages" CASCADE;
  DROP TABLE "clinic_locations" CASCADE;
  DROP TABLE "clinic_locations_locales" CASCADE;
  DROP TABLE "clinic_locations_rels" CASCADE;
  DROP TABLE "_clinic_locations_v_version_hours" CASCADE;
  DROP TABLE "_clinic_locations_v_version_languages" CASCADE;
  DROP TABLE "_clinic_locations_v" CASCADE;
  DROP TABLE "_clinic_locations_v_locales" CASCADE;
  DROP TABLE "_clinic_locations_v_rels" CASCADE;
  DROP TABLE "conditions" CASCADE;
  DROP TABLE "conditions_locales" CASCADE;
  DROP TABLE "conditions_texts" CASCADE;
  DROP TABLE "_conditions_v" CASCADE;
  DROP TABLE "_conditions_v_locales" CASCADE;
  DROP TABLE "_conditions_v_texts" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_credentials" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_locales" CASCADE;
  DROP TABLE "review_records" CASCADE;
  DROP TABLE "webhooks_events" CASCADE;
  DROP TABLE "webhooks_collections" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_review_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_review_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_treatment_options_route";
  DROP TYPE "public"."enum_treatment_options_regulatory_status";
  DROP TYPE "public"."enum_treatment_options_review_status";
  DROP TYPE "public"."enum_treatment_options_status";
  DROP TYPE "public"."enum__treatment_options_v_version_route";
  DROP TYPE "public"."enum__treatment_options_v_version_regulatory_status";
  DROP TYPE "public"."enum__treatment_options_v_version_review_status";
  DROP TYPE "public"."enum__treatment_options_v_version_status";
  DROP TYPE "public"."enum__treatment_options_v_published_locale";
  DROP TYPE "public"."enum_risk_disclosures_severity";
  DROP TYPE "public"."enum_risk_disclosures_review_status";
  DROP TYPE "public"."enum_risk_disclosures_status";
  DROP TYPE "public"."enum__risk_disclosures_v_version_severity";
  DROP TYPE "public"."enum__risk_disclosures_v_version_review_status";
  DROP TYPE "public"."enum__risk_disclosures_v_version_status";
  DROP TYPE "public"."enum__risk_disclosures_v_published_locale";
  DROP TYPE "public"."enum_clinic_locations_hours_day";
  DROP TYPE "public"."enum_clinic_locations_languages";
  DROP TYPE "public"."enum_clinic_locations_status";
  DROP TYPE "public"."enum__clinic_locations_v_version_hours_day";
  DROP TYPE "public"."enum__clinic_locations_v_version_languages";
  DROP TYPE "public"."enum__clinic_locations_v_version_status";
  DROP TYPE "public"."enum__clinic_locations_v_published_locale";
  DROP TYPE "public"."enum_conditions_status";
  DROP TYPE "public"."enum__conditions_v_version_status";
  DROP TYPE "public"."enum__conditions_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_credentials";
  DROP TYPE "public"."enum_review_records_action";
  DROP TYPE "public"."enum_review_records_decision";
  DROP TYPE "public"."enum_review_records_target_collection";
  DROP TYPE "public"."enum_webhooks_events";
  DROP TYPE "public"."enum_webhooks_collections";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`doi\` text,
  	\`pmid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_references_order_idx\` ON \`articles_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_references_parent_id_idx\` ON \`articles_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	\`field\` text,
  	\`locale\` text,
  	\`excerpt\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_claim_flags_order_idx\` ON \`articles_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_claim_flags_parent_id_idx\` ON \`articles_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hero_image_id\` integer,
  	\`seo_image_id\` integer,
  	\`published_at\` text,
  	\`internal_notes\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`medical_reviewer_id\` integer,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_seo_seo_image_idx\` ON \`articles\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_medical_reviewer_idx\` ON \`articles\` (\`medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_next_review_due_idx\` ON \`articles\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`seo_meta_title\` text,
  	\`seo_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_id_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`treatment_options_id\` integer,
  	\`clinic_locations_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatment_options_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinic_locations_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_conditions_id_idx\` ON \`articles_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_treatment_options_id_idx\` ON \`articles_rels\` (\`treatment_options_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_clinic_locations_id_idx\` ON \`articles_rels\` (\`clinic_locations_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`doi\` text,
  	\`pmid\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_references_order_idx\` ON \`_articles_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_references_parent_id_idx\` ON \`_articles_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	\`field\` text,
  	\`locale\` text,
  	\`excerpt\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_claim_flags_order_idx\` ON \`_articles_v_version_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_claim_flags_parent_id_idx\` ON \`_articles_v_version_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hero_image_id\` integer,
  	\`version_seo_image_id\` integer,
  	\`version_published_at\` text,
  	\`version_internal_notes\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_medical_reviewer_id\` integer,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_seo_version_seo_image_idx\` ON \`_articles_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_medical_reviewer_idx\` ON \`_articles_v\` (\`version_medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_next_review_due_idx\` ON \`_articles_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_seo_meta_title\` text,
  	\`version_seo_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_id_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`treatment_options_id\` integer,
  	\`clinic_locations_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatment_options_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinic_locations_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_conditions_id_idx\` ON \`_articles_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_treatment_options_id_idx\` ON \`_articles_v_rels\` (\`treatment_options_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_clinic_locations_id_idx\` ON \`_articles_v_rels\` (\`clinic_locations_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`doi\` text,
  	\`pmid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatment_options_references_order_idx\` ON \`treatment_options_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_references_parent_id_idx\` ON \`treatment_options_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	\`field\` text,
  	\`locale\` text,
  	\`excerpt\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatment_options_claim_flags_order_idx\` ON \`treatment_options_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_claim_flags_parent_id_idx\` ON \`treatment_options_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`route\` text,
  	\`regulatory_status\` text,
  	\`protocol_typical_sessions\` numeric,
  	\`protocol_session_minutes\` numeric,
  	\`protocol_monitoring_minutes\` numeric,
  	\`cost_min_usd\` numeric,
  	\`cost_max_usd\` numeric,
  	\`internal_notes\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`medical_reviewer_id\` integer,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`treatment_options_slug_idx\` ON \`treatment_options\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_review_status_idx\` ON \`treatment_options\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_medical_reviewer_idx\` ON \`treatment_options\` (\`medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_next_review_due_idx\` ON \`treatment_options\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_updated_at_idx\` ON \`treatment_options\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_created_at_idx\` ON \`treatment_options\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options__status_idx\` ON \`treatment_options\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`approved_indications\` text,
  	\`protocol_dosing_note\` text,
  	\`onset\` text,
  	\`cost_insurance_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`treatment_options_locales_locale_parent_id_unique\` ON \`treatment_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_locales_parent_id_idx\` ON \`treatment_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatment_options_texts_order_parent\` ON \`treatment_options_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_texts_locale_parent\` ON \`treatment_options_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`risk_disclosures_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risk_disclosures_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatment_options_rels_order_idx\` ON \`treatment_options_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_rels_parent_idx\` ON \`treatment_options_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_rels_path_idx\` ON \`treatment_options_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_rels_conditions_id_idx\` ON \`treatment_options_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_rels_risk_disclosures_id_idx\` ON \`treatment_options_rels\` (\`risk_disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_rels_users_id_idx\` ON \`treatment_options_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`doi\` text,
  	\`pmid\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_treatment_options_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_references_order_idx\` ON \`_treatment_options_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_references_parent_id_idx\` ON \`_treatment_options_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v_version_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	\`field\` text,
  	\`locale\` text,
  	\`excerpt\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_treatment_options_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_claim_flags_order_idx\` ON \`_treatment_options_v_version_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_claim_flags_parent_id_idx\` ON \`_treatment_options_v_version_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_route\` text,
  	\`version_regulatory_status\` text,
  	\`version_protocol_typical_sessions\` numeric,
  	\`version_protocol_session_minutes\` numeric,
  	\`version_protocol_monitoring_minutes\` numeric,
  	\`version_cost_min_usd\` numeric,
  	\`version_cost_max_usd\` numeric,
  	\`version_internal_notes\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_medical_reviewer_id\` integer,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_parent_idx\` ON \`_treatment_options_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_slug_idx\` ON \`_treatment_options_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_review_status_idx\` ON \`_treatment_options_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_medical_reviewer_idx\` ON \`_treatment_options_v\` (\`version_medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_next_review_due_idx\` ON \`_treatment_options_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_updated_at_idx\` ON \`_treatment_options_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_created_at_idx\` ON \`_treatment_options_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version__status_idx\` ON \`_treatment_options_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_created_at_idx\` ON \`_treatment_options_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_updated_at_idx\` ON \`_treatment_options_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_snapshot_idx\` ON \`_treatment_options_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_published_locale_idx\` ON \`_treatment_options_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_latest_idx\` ON \`_treatment_options_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_approved_indications\` text,
  	\`version_protocol_dosing_note\` text,
  	\`version_onset\` text,
  	\`version_cost_insurance_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_treatment_options_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_treatment_options_v_locales_locale_parent_id_unique\` ON \`_treatment_options_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_locales_parent_id_idx\` ON \`_treatment_options_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_treatment_options_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_texts_order_parent\` ON \`_treatment_options_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_texts_locale_parent\` ON \`_treatment_options_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`risk_disclosures_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_treatment_options_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risk_disclosures_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_rels_order_idx\` ON \`_treatment_options_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_rels_parent_idx\` ON \`_treatment_options_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_rels_path_idx\` ON \`_treatment_options_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_rels_conditions_id_idx\` ON \`_treatment_options_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_rels_risk_disclosures_id_idx\` ON \`_treatment_options_v_rels\` (\`risk_disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_rels_users_id_idx\` ON \`_treatment_options_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_disclosures_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`doi\` text,
  	\`pmid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_disclosures_references_order_idx\` ON \`risk_disclosures_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_references_parent_id_idx\` ON \`risk_disclosures_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_disclosures_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	\`field\` text,
  	\`locale\` text,
  	\`excerpt\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_disclosures_claim_flags_order_idx\` ON \`risk_disclosures_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_claim_flags_parent_id_idx\` ON \`risk_disclosures_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`severity\` text,
  	\`effective_date\` text,
  	\`internal_notes\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`medical_reviewer_id\` integer,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`risk_disclosures_slug_idx\` ON \`risk_disclosures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_review_status_idx\` ON \`risk_disclosures\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_medical_reviewer_idx\` ON \`risk_disclosures\` (\`medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_next_review_due_idx\` ON \`risk_disclosures\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_updated_at_idx\` ON \`risk_disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_created_at_idx\` ON \`risk_disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures__status_idx\` ON \`risk_disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`risk_disclosures_locales\` (
  	\`title\` text,
  	\`frequency\` text,
  	\`description\` text,
  	\`mitigation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`risk_disclosures_locales_locale_parent_id_unique\` ON \`risk_disclosures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_locales_parent_id_idx\` ON \`risk_disclosures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_disclosures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_disclosures_rels_order_idx\` ON \`risk_disclosures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_rels_parent_idx\` ON \`risk_disclosures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_rels_path_idx\` ON \`risk_disclosures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_rels_users_id_idx\` ON \`risk_disclosures_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_risk_disclosures_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`doi\` text,
  	\`pmid\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_risk_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_references_order_idx\` ON \`_risk_disclosures_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_references_parent_id_idx\` ON \`_risk_disclosures_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_risk_disclosures_v_version_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	\`field\` text,
  	\`locale\` text,
  	\`excerpt\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_risk_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_claim_flags_order_idx\` ON \`_risk_disclosures_v_version_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_claim_flags_parent_id_idx\` ON \`_risk_disclosures_v_version_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_risk_disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_severity\` text,
  	\`version_effective_date\` text,
  	\`version_internal_notes\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_medical_reviewer_id\` integer,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_parent_idx\` ON \`_risk_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_slug_idx\` ON \`_risk_disclosures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_review_status_idx\` ON \`_risk_disclosures_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_medical_reviewer_idx\` ON \`_risk_disclosures_v\` (\`version_medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_next_review_due_idx\` ON \`_risk_disclosures_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_updated_at_idx\` ON \`_risk_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_created_at_idx\` ON \`_risk_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version__status_idx\` ON \`_risk_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_created_at_idx\` ON \`_risk_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_updated_at_idx\` ON \`_risk_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_snapshot_idx\` ON \`_risk_disclosures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_published_locale_idx\` ON \`_risk_disclosures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_latest_idx\` ON \`_risk_disclosures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_risk_disclosures_v_locales\` (
  	\`version_title\` text,
  	\`version_frequency\` text,
  	\`version_description\` text,
  	\`version_mitigation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_risk_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_risk_disclosures_v_locales_locale_parent_id_unique\` ON \`_risk_disclosures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_locales_parent_id_idx\` ON \`_risk_disclosures_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_risk_disclosures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_risk_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_rels_order_idx\` ON \`_risk_disclosures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_rels_parent_idx\` ON \`_risk_disclosures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_rels_path_idx\` ON \`_risk_disclosures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_rels_users_id_idx\` ON \`_risk_disclosures_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_locations_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_locations_hours_order_idx\` ON \`clinic_locations_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_hours_parent_id_idx\` ON \`clinic_locations_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_locations_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_locations_languages_order_idx\` ON \`clinic_locations_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_languages_parent_idx\` ON \`clinic_locations_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_locations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`address_street\` text,
  	\`address_city\` text,
  	\`address_state\` text,
  	\`address_postal_code\` text,
  	\`address_country\` text DEFAULT 'US',
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`phone\` text,
  	\`email\` text,
  	\`booking_url\` text,
  	\`timezone\` text DEFAULT 'America/Los_Angeles',
  	\`medical_director_id\` integer,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`medical_director_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`clinic_locations_slug_idx\` ON \`clinic_locations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_address_address_city_idx\` ON \`clinic_locations\` (\`address_city\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_location_location_lat_idx\` ON \`clinic_locations\` (\`location_lat\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_location_location_lng_idx\` ON \`clinic_locations\` (\`location_lng\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_medical_director_idx\` ON \`clinic_locations\` (\`medical_director_id\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_updated_at_idx\` ON \`clinic_locations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_created_at_idx\` ON \`clinic_locations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations__status_idx\` ON \`clinic_locations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`clinic_locations_locales\` (
  	\`name\` text,
  	\`insurance_note\` text,
  	\`accessibility_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`clinic_locations_locales_locale_parent_id_unique\` ON \`clinic_locations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_locales_parent_id_idx\` ON \`clinic_locations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_locations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`treatment_options_id\` integer,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatment_options_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_locations_rels_order_idx\` ON \`clinic_locations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_rels_parent_idx\` ON \`clinic_locations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_rels_path_idx\` ON \`clinic_locations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_rels_treatment_options_id_idx\` ON \`clinic_locations_rels\` (\`treatment_options_id\`);`)
  await db.run(sql`CREATE INDEX \`clinic_locations_rels_conditions_id_idx\` ON \`clinic_locations_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_locations_v_version_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_clinic_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_hours_order_idx\` ON \`_clinic_locations_v_version_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_hours_parent_id_idx\` ON \`_clinic_locations_v_version_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_locations_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_clinic_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_languages_order_idx\` ON \`_clinic_locations_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_languages_parent_idx\` ON \`_clinic_locations_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_locations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_address_street\` text,
  	\`version_address_city\` text,
  	\`version_address_state\` text,
  	\`version_address_postal_code\` text,
  	\`version_address_country\` text DEFAULT 'US',
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_booking_url\` text,
  	\`version_timezone\` text DEFAULT 'America/Los_Angeles',
  	\`version_medical_director_id\` integer,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_medical_director_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_parent_idx\` ON \`_clinic_locations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_version_slug_idx\` ON \`_clinic_locations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_address_version_address_city_idx\` ON \`_clinic_locations_v\` (\`version_address_city\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_location_version_location_la_idx\` ON \`_clinic_locations_v\` (\`version_location_lat\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_location_version_location_ln_idx\` ON \`_clinic_locations_v\` (\`version_location_lng\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_version_medical_director_idx\` ON \`_clinic_locations_v\` (\`version_medical_director_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_version_updated_at_idx\` ON \`_clinic_locations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_version_created_at_idx\` ON \`_clinic_locations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_version_version__status_idx\` ON \`_clinic_locations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_created_at_idx\` ON \`_clinic_locations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_updated_at_idx\` ON \`_clinic_locations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_snapshot_idx\` ON \`_clinic_locations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_published_locale_idx\` ON \`_clinic_locations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_latest_idx\` ON \`_clinic_locations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_locations_v_locales\` (
  	\`version_name\` text,
  	\`version_insurance_note\` text,
  	\`version_accessibility_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_clinic_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_clinic_locations_v_locales_locale_parent_id_unique\` ON \`_clinic_locations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_locales_parent_id_idx\` ON \`_clinic_locations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_locations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`treatment_options_id\` integer,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_clinic_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatment_options_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_rels_order_idx\` ON \`_clinic_locations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_rels_parent_idx\` ON \`_clinic_locations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_rels_path_idx\` ON \`_clinic_locations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_rels_treatment_options_id_idx\` ON \`_clinic_locations_v_rels\` (\`treatment_options_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_locations_v_rels_conditions_id_idx\` ON \`_clinic_locations_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions__status_idx\` ON \`conditions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`conditions_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_locales_locale_parent_id_unique\` ON \`conditions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_locales_parent_id_idx\` ON \`conditions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_texts_order_parent\` ON \`conditions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_parent_idx\` ON \`_conditions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_slug_idx\` ON \`_conditions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_updated_at_idx\` ON \`_conditions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_created_at_idx\` ON \`_conditions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version__status_idx\` ON \`_conditions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_created_at_idx\` ON \`_conditions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_updated_at_idx\` ON \`_conditions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_snapshot_idx\` ON \`_conditions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_published_locale_idx\` ON \`_conditions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_latest_idx\` ON \`_conditions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_conditions_v_locales_locale_parent_id_unique\` ON \`_conditions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_locales_parent_id_idx\` ON \`_conditions_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_texts_order_parent\` ON \`_conditions_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_credentials\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_credentials_order_idx\` ON \`users_credentials\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_credentials_parent_idx\` ON \`users_credentials\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`specialty\` text,
  	\`photo_id\` integer,
  	\`license_number\` text,
  	\`license_state\` text,
  	\`license_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_photo_idx\` ON \`users\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_locales\` (
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`users_locales_locale_parent_id_unique\` ON \`users_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_locales_parent_id_idx\` ON \`users_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`decision\` text,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`version_id\` text,
  	\`content_hash\` text NOT NULL,
  	\`comment\` text,
  	\`note\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`actor_credentials\` text,
  	\`actor_roles\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_records_action_idx\` ON \`review_records\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`review_records_target_collection_idx\` ON \`review_records\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_records_document_id_idx\` ON \`review_records\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_records_actor_idx\` ON \`review_records\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_records_updated_at_idx\` ON \`review_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_records_created_at_idx\` ON \`review_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_events_order_idx\` ON \`webhooks_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_events_parent_idx\` ON \`webhooks_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_collections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_collections_order_idx\` ON \`webhooks_collections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_collections_parent_idx\` ON \`webhooks_collections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webhook_id\` integer,
  	\`delivery_id\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`attempt\` numeric NOT NULL,
  	\`status\` numeric,
  	\`ok\` integer DEFAULT false,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_delivery_id_idx\` ON \`webhook_deliveries\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`treatment_options_id\` integer,
  	\`risk_disclosures_id\` integer,
  	\`clinic_locations_id\` integer,
  	\`conditions_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`review_records_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatment_options_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risk_disclosures_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinic_locations_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_records_id\`) REFERENCES \`review_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_treatment_options_id_idx\` ON \`payload_locked_documents_rels\` (\`treatment_options_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_risk_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`risk_disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clinic_locations_id_idx\` ON \`payload_locked_documents_rels\` (\`clinic_locations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_records_id_idx\` ON \`payload_locked_documents_rels\` (\`review_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_references\`;`)
  await db.run(sql`DROP TABLE \`articles_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`treatment_options_references\`;`)
  await db.run(sql`DROP TABLE \`treatment_options_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`treatment_options\`;`)
  await db.run(sql`DROP TABLE \`treatment_options_locales\`;`)
  await db.run(sql`DROP TABLE \`treatment_options_texts\`;`)
  await db.run(sql`DROP TABLE \`treatment_options_rels\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v_version_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v_rels\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures_references\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures_locales\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures_rels\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v_version_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`clinic_locations_hours\`;`)
  await db.run(sql`DROP TABLE \`clinic_locations_languages\`;`)
  await db.run(sql`DROP TABLE \`clinic_locations\`;`)
  await db.run(sql`DROP TABLE \`clinic_locations_locales\`;`)
  await db.run(sql`DROP TABLE \`clinic_locations_rels\`;`)
  await db.run(sql`DROP TABLE \`_clinic_locations_v_version_hours\`;`)
  await db.run(sql`DROP TABLE \`_clinic_locations_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_clinic_locations_v\`;`)
  await db.run(sql`DROP TABLE \`_clinic_locations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_clinic_locations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions_locales\`;`)
  await db.run(sql`DROP TABLE \`conditions_texts\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_credentials\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_locales\`;`)
  await db.run(sql`DROP TABLE \`review_records\`;`)
  await db.run(sql`DROP TABLE \`webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks_collections\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_approved_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_approved_locales_order_idx\` ON \`articles_approved_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_approved_locales_parent_idx\` ON \`articles_approved_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_missing_translations_order_idx\` ON \`articles_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_missing_translations_parent_idx\` ON \`articles_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_approved_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approved_locales_order_idx\` ON \`_articles_v_version_approved_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approved_locales_parent_idx\` ON \`_articles_v_version_approved_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_missing_translations_order_idx\` ON \`_articles_v_version_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_missing_translations_parent_idx\` ON \`_articles_v_version_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options_approved_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatment_options_approved_locales_order_idx\` ON \`treatment_options_approved_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_approved_locales_parent_idx\` ON \`treatment_options_approved_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`treatment_options_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatment_options_missing_translations_order_idx\` ON \`treatment_options_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_missing_translations_parent_idx\` ON \`treatment_options_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v_version_approved_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_treatment_options_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_approved_locales_order_idx\` ON \`_treatment_options_v_version_approved_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_approved_locales_parent_idx\` ON \`_treatment_options_v_version_approved_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatment_options_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_treatment_options_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_missing_translations_order_idx\` ON \`_treatment_options_v_version_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_missing_translations_parent_idx\` ON \`_treatment_options_v_version_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_disclosures_approved_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_disclosures_approved_locales_order_idx\` ON \`risk_disclosures_approved_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_approved_locales_parent_idx\` ON \`risk_disclosures_approved_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_disclosures_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_disclosures_missing_translations_order_idx\` ON \`risk_disclosures_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_missing_translations_parent_idx\` ON \`risk_disclosures_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_risk_disclosures_v_version_approved_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_risk_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_approved_locales_order_idx\` ON \`_risk_disclosures_v_version_approved_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_approved_locales_parent_idx\` ON \`_risk_disclosures_v_version_approved_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_risk_disclosures_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_risk_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_missing_translations_order_idx\` ON \`_risk_disclosures_v_version_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_missing_translations_parent_idx\` ON \`_risk_disclosures_v_version_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_records_approved_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_records_approved_locales_order_idx\` ON \`review_records_approved_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_records_approved_locales_parent_idx\` ON \`review_records_approved_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`releases_members_pinned_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases_members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_members_pinned_locales_order_idx\` ON \`releases_members_pinned_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`releases_members_pinned_locales_parent_idx\` ON \`releases_members_pinned_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`releases_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text DEFAULT 'publish' NOT NULL,
  	\`content_hash\` text,
  	\`document_key\` text,
  	\`pinned_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_members_order_idx\` ON \`releases_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`releases_members_parent_id_idx\` ON \`releases_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`releases_last_run_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`rule\` text,
  	\`message\` text,
  	\`field\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_last_run_problems_order_idx\` ON \`releases_last_run_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`releases_last_run_problems_parent_id_idx\` ON \`releases_last_run_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`status\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`scheduled_by_id\` integer,
  	\`scheduled_job\` text,
  	\`published_at\` text,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_status_idx\` ON \`releases\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`releases_publish_at_idx\` ON \`releases\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_scheduled_by_idx\` ON \`releases\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_published_by_idx\` ON \`releases\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_updated_at_idx\` ON \`releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_created_at_idx\` ON \`releases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`risk_disclosures_id\` integer,
  	\`treatment_options_id\` integer,
  	\`articles_id\` integer,
  	\`clinic_locations_id\` integer,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risk_disclosures_id\`) REFERENCES \`risk_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatment_options_id\`) REFERENCES \`treatment_options\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinic_locations_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_rels_order_idx\` ON \`releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_parent_idx\` ON \`releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_path_idx\` ON \`releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_risk_disclosures_id_idx\` ON \`releases_rels\` (\`risk_disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_treatment_options_id_idx\` ON \`releases_rels\` (\`treatment_options_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_articles_id_idx\` ON \`releases_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_clinic_locations_id_idx\` ON \`releases_rels\` (\`clinic_locations_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_conditions_id_idx\` ON \`releases_rels\` (\`conditions_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`assigned_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_assigned_reviewer_idx\` ON \`articles\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_due_at_idx\` ON \`articles\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_saved_by_idx\` ON \`articles\` (\`last_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_assigned_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_assigned_reviewer_idx\` ON \`_articles_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_due_at_idx\` ON \`_articles_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_saved_by_idx\` ON \`_articles_v\` (\`version_last_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`treatment_options\` ADD \`assigned_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`treatment_options\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`treatment_options\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`treatment_options\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`treatment_options\` ADD \`last_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`treatment_options_assigned_reviewer_idx\` ON \`treatment_options\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_review_due_at_idx\` ON \`treatment_options\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_submitted_by_idx\` ON \`treatment_options\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_last_saved_by_idx\` ON \`treatment_options\` (\`last_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_treatment_options_v\` ADD \`version_assigned_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_treatment_options_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_treatment_options_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_treatment_options_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_treatment_options_v\` ADD \`version_last_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_assigned_reviewer_idx\` ON \`_treatment_options_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_review_due_at_idx\` ON \`_treatment_options_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_submitted_by_idx\` ON \`_treatment_options_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_last_saved_by_idx\` ON \`_treatment_options_v\` (\`version_last_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`risk_disclosures\` ADD \`assigned_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`risk_disclosures\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`risk_disclosures\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`risk_disclosures\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`risk_disclosures\` ADD \`last_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_assigned_reviewer_idx\` ON \`risk_disclosures\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_review_due_at_idx\` ON \`risk_disclosures\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_submitted_by_idx\` ON \`risk_disclosures\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_last_saved_by_idx\` ON \`risk_disclosures\` (\`last_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_risk_disclosures_v\` ADD \`version_assigned_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_risk_disclosures_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_risk_disclosures_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_risk_disclosures_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_risk_disclosures_v\` ADD \`version_last_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_assigned_reviewer_idx\` ON \`_risk_disclosures_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_review_due_at_idx\` ON \`_risk_disclosures_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_submitted_by_idx\` ON \`_risk_disclosures_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_last_saved_by_idx\` ON \`_risk_disclosures_v\` (\`version_last_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`due_at\` text;`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`reminder\` text;`)
  await db.run(sql`CREATE INDEX \`review_records_assignee_idx\` ON \`review_records\` (\`assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`releases_id\` integer REFERENCES releases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_approved_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_approved_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`treatment_options_approved_locales\`;`)
  await db.run(sql`DROP TABLE \`treatment_options_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v_version_approved_locales\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures_approved_locales\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v_version_approved_locales\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`review_records_approved_locales\`;`)
  await db.run(sql`DROP TABLE \`releases_members_pinned_locales\`;`)
  await db.run(sql`DROP TABLE \`releases_members\`;`)
  await db.run(sql`DROP TABLE \`releases_last_run_problems\`;`)
  await db.run(sql`DROP TABLE \`releases\`;`)
  await db.run(sql`DROP TABLE \`releases_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hero_image_id\` integer,
  	\`seo_image_id\` integer,
  	\`published_at\` text,
  	\`internal_notes\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`medical_reviewer_id\` integer,
  	\`document_key\` text,
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
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "slug", "hero_image_id", "seo_image_id", "published_at", "internal_notes", "review_status", "medical_reviewer_id", "document_key", "last_reviewed_at", "next_review_due", "updated_at", "created_at", "_status") SELECT "id", "slug", "hero_image_id", "seo_image_id", "published_at", "internal_notes", "review_status", "medical_reviewer_id", "document_key", "last_reviewed_at", "next_review_due", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_seo_seo_image_idx\` ON \`articles\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_medical_reviewer_idx\` ON \`articles\` (\`medical_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_document_key_idx\` ON \`articles\` (\`document_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_next_review_due_idx\` ON \`articles\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hero_image_id\` integer,
  	\`version_seo_image_id\` integer,
  	\`version_published_at\` text,
  	\`version_internal_notes\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_medical_reviewer_id\` integer,
  	\`version_document_key\` text,
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
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_hero_image_id", "version_seo_image_id", "version_published_at", "version_internal_notes", "version_review_status", "version_medical_reviewer_id", "version_document_key", "version_last_reviewed_at", "version_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_hero_image_id", "version_seo_image_id", "version_published_at", "version_internal_notes", "version_review_status", "version_medical_reviewer_id", "version_document_key", "version_last_reviewed_at", "version_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_seo_version_seo_image_idx\` ON \`_articles_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_medical_reviewer_idx\` ON \`_articles_v\` (\`version_medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_document_key_idx\` ON \`_articles_v\` (\`version_document_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_next_review_due_idx\` ON \`_articles_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_treatment_options\` (
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
  	\`document_key\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_treatment_options\`("id", "slug", "route", "regulatory_status", "protocol_typical_sessions", "protocol_session_minutes", "protocol_monitoring_minutes", "cost_min_usd", "cost_max_usd", "internal_notes", "review_status", "medical_reviewer_id", "document_key", "last_reviewed_at", "next_review_due", "updated_at", "created_at", "_status") SELECT "id", "slug", "route", "regulatory_status", "protocol_typical_sessions", "protocol_session_minutes", "protocol_monitoring_minutes", "cost_min_usd", "cost_max_usd", "internal_notes", "review_status", "medical_reviewer_id", "document_key", "last_reviewed_at", "next_review_due", "updated_at", "created_at", "_status" FROM \`treatment_options\`;`)
  await db.run(sql`DROP TABLE \`treatment_options\`;`)
  await db.run(sql`ALTER TABLE \`__new_treatment_options\` RENAME TO \`treatment_options\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`treatment_options_slug_idx\` ON \`treatment_options\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_review_status_idx\` ON \`treatment_options\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_medical_reviewer_idx\` ON \`treatment_options\` (\`medical_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`treatment_options_document_key_idx\` ON \`treatment_options\` (\`document_key\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_next_review_due_idx\` ON \`treatment_options\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_updated_at_idx\` ON \`treatment_options\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options_created_at_idx\` ON \`treatment_options\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`treatment_options__status_idx\` ON \`treatment_options\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__treatment_options_v\` (
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
  	\`version_document_key\` text,
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
  await db.run(sql`INSERT INTO \`__new__treatment_options_v\`("id", "parent_id", "version_slug", "version_route", "version_regulatory_status", "version_protocol_typical_sessions", "version_protocol_session_minutes", "version_protocol_monitoring_minutes", "version_cost_min_usd", "version_cost_max_usd", "version_internal_notes", "version_review_status", "version_medical_reviewer_id", "version_document_key", "version_last_reviewed_at", "version_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_route", "version_regulatory_status", "version_protocol_typical_sessions", "version_protocol_session_minutes", "version_protocol_monitoring_minutes", "version_cost_min_usd", "version_cost_max_usd", "version_internal_notes", "version_review_status", "version_medical_reviewer_id", "version_document_key", "version_last_reviewed_at", "version_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_treatment_options_v\`;`)
  await db.run(sql`DROP TABLE \`_treatment_options_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__treatment_options_v\` RENAME TO \`_treatment_options_v\`;`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_parent_idx\` ON \`_treatment_options_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_slug_idx\` ON \`_treatment_options_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_review_status_idx\` ON \`_treatment_options_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_medical_reviewer_idx\` ON \`_treatment_options_v\` (\`version_medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_document_key_idx\` ON \`_treatment_options_v\` (\`version_document_key\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_next_review_due_idx\` ON \`_treatment_options_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_updated_at_idx\` ON \`_treatment_options_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_created_at_idx\` ON \`_treatment_options_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version__status_idx\` ON \`_treatment_options_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_created_at_idx\` ON \`_treatment_options_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_updated_at_idx\` ON \`_treatment_options_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_snapshot_idx\` ON \`_treatment_options_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_published_locale_idx\` ON \`_treatment_options_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_latest_idx\` ON \`_treatment_options_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_risk_disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`severity\` text,
  	\`effective_date\` text,
  	\`internal_notes\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`medical_reviewer_id\` integer,
  	\`document_key\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`medical_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_risk_disclosures\`("id", "slug", "severity", "effective_date", "internal_notes", "review_status", "medical_reviewer_id", "document_key", "last_reviewed_at", "next_review_due", "updated_at", "created_at", "_status") SELECT "id", "slug", "severity", "effective_date", "internal_notes", "review_status", "medical_reviewer_id", "document_key", "last_reviewed_at", "next_review_due", "updated_at", "created_at", "_status" FROM \`risk_disclosures\`;`)
  await db.run(sql`DROP TABLE \`risk_disclosures\`;`)
  await db.run(sql`ALTER TABLE \`__new_risk_disclosures\` RENAME TO \`risk_disclosures\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`risk_disclosures_slug_idx\` ON \`risk_disclosures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_review_status_idx\` ON \`risk_disclosures\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_medical_reviewer_idx\` ON \`risk_disclosures\` (\`medical_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`risk_disclosures_document_key_idx\` ON \`risk_disclosures\` (\`document_key\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_next_review_due_idx\` ON \`risk_disclosures\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_updated_at_idx\` ON \`risk_disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures_created_at_idx\` ON \`risk_disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_disclosures__status_idx\` ON \`risk_disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__risk_disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_severity\` text,
  	\`version_effective_date\` text,
  	\`version_internal_notes\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_medical_reviewer_id\` integer,
  	\`version_document_key\` text,
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
  await db.run(sql`INSERT INTO \`__new__risk_disclosures_v\`("id", "parent_id", "version_slug", "version_severity", "version_effective_date", "version_internal_notes", "version_review_status", "version_medical_reviewer_id", "version_document_key", "version_last_reviewed_at", "version_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_severity", "version_effective_date", "version_internal_notes", "version_review_status", "version_medical_reviewer_id", "version_document_key", "version_last_reviewed_at", "version_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_risk_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_risk_disclosures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__risk_disclosures_v\` RENAME TO \`_risk_disclosures_v\`;`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_parent_idx\` ON \`_risk_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_slug_idx\` ON \`_risk_disclosures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_review_status_idx\` ON \`_risk_disclosures_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_medical_reviewer_idx\` ON \`_risk_disclosures_v\` (\`version_medical_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_document_key_idx\` ON \`_risk_disclosures_v\` (\`version_document_key\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_next_review_due_idx\` ON \`_risk_disclosures_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_updated_at_idx\` ON \`_risk_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_created_at_idx\` ON \`_risk_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version__status_idx\` ON \`_risk_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_created_at_idx\` ON \`_risk_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_updated_at_idx\` ON \`_risk_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_snapshot_idx\` ON \`_risk_disclosures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_published_locale_idx\` ON \`_risk_disclosures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_latest_idx\` ON \`_risk_disclosures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_review_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`decision\` text,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_key\` text,
  	\`document_title\` text,
  	\`version_id\` text,
  	\`content_hash\` text NOT NULL,
  	\`comment\` text,
  	\`note\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`actor_credentials\` text,
  	\`actor_roles\` text,
  	\`reviewer_license_number\` text,
  	\`reviewer_license_state\` text,
  	\`reviewer_license_expires_at\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_records\`("id", "action", "decision", "target_collection", "document_id", "document_key", "document_title", "version_id", "content_hash", "comment", "note", "actor_id", "actor_name", "actor_credentials", "actor_roles", "reviewer_license_number", "reviewer_license_state", "reviewer_license_expires_at", "summary", "updated_at", "created_at") SELECT "id", "action", "decision", "target_collection", "document_id", "document_key", "document_title", "version_id", "content_hash", "comment", "note", "actor_id", "actor_name", "actor_credentials", "actor_roles", "reviewer_license_number", "reviewer_license_state", "reviewer_license_expires_at", "summary", "updated_at", "created_at" FROM \`review_records\`;`)
  await db.run(sql`DROP TABLE \`review_records\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_records\` RENAME TO \`review_records\`;`)
  await db.run(sql`CREATE INDEX \`review_records_action_idx\` ON \`review_records\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`review_records_target_collection_idx\` ON \`review_records\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_records_document_id_idx\` ON \`review_records\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_records_document_key_idx\` ON \`review_records\` (\`document_key\`);`)
  await db.run(sql`CREATE INDEX \`review_records_actor_idx\` ON \`review_records\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_records_updated_at_idx\` ON \`review_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_records_created_at_idx\` ON \`review_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`clinic_locations_id\` integer,
  	\`conditions_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`review_records_id\` integer,
  	\`account_audit_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinic_locations_id\`) REFERENCES \`clinic_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_records_id\`) REFERENCES \`review_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`account_audit_id\`) REFERENCES \`account_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "clinic_locations_id", "conditions_id", "media_id", "users_id", "review_records_id", "account_audit_id", "webhooks_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "clinic_locations_id", "conditions_id", "media_id", "users_id", "review_records_id", "account_audit_id", "webhooks_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clinic_locations_id_idx\` ON \`payload_locked_documents_rels\` (\`clinic_locations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_records_id_idx\` ON \`payload_locked_documents_rels\` (\`review_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_account_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`account_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}

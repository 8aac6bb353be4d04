import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`account_audit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`user_id\` text NOT NULL,
  	\`user_name\` text,
  	\`field\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`account_audit_user_id_idx\` ON \`account_audit\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`account_audit_actor_idx\` ON \`account_audit\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`account_audit_updated_at_idx\` ON \`account_audit\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`account_audit_created_at_idx\` ON \`account_audit\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`document_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_document_key_idx\` ON \`articles\` (\`document_key\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_document_key\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_document_key_idx\` ON \`_articles_v\` (\`version_document_key\`);`)
  await db.run(sql`ALTER TABLE \`treatment_options\` ADD \`document_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`treatment_options_document_key_idx\` ON \`treatment_options\` (\`document_key\`);`)
  await db.run(sql`ALTER TABLE \`_treatment_options_v\` ADD \`version_document_key\` text;`)
  await db.run(sql`CREATE INDEX \`_treatment_options_v_version_version_document_key_idx\` ON \`_treatment_options_v\` (\`version_document_key\`);`)
  await db.run(sql`ALTER TABLE \`risk_disclosures\` ADD \`document_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`risk_disclosures_document_key_idx\` ON \`risk_disclosures\` (\`document_key\`);`)
  await db.run(sql`ALTER TABLE \`_risk_disclosures_v\` ADD \`version_document_key\` text;`)
  await db.run(sql`CREATE INDEX \`_risk_disclosures_v_version_version_document_key_idx\` ON \`_risk_disclosures_v\` (\`version_document_key\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`document_key\` text;`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`document_title\` text;`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`reviewer_license_number\` text;`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`reviewer_license_state\` text;`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`reviewer_license_expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`review_records_document_key_idx\` ON \`review_records\` (\`document_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`account_audit_id\` integer REFERENCES account_audit(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_account_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`account_audit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`account_audit\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "treatment_options_id", "risk_disclosures_id", "clinic_locations_id", "conditions_id", "media_id", "users_id", "review_records_id", "webhooks_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "treatment_options_id", "risk_disclosures_id", "clinic_locations_id", "conditions_id", "media_id", "users_id", "review_records_id", "webhooks_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`DROP INDEX \`articles_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`document_key\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_document_key\`;`)
  await db.run(sql`DROP INDEX \`treatment_options_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`treatment_options\` DROP COLUMN \`document_key\`;`)
  await db.run(sql`DROP INDEX \`_treatment_options_v_version_version_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_treatment_options_v\` DROP COLUMN \`version_document_key\`;`)
  await db.run(sql`DROP INDEX \`risk_disclosures_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`risk_disclosures\` DROP COLUMN \`document_key\`;`)
  await db.run(sql`DROP INDEX \`_risk_disclosures_v_version_version_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_risk_disclosures_v\` DROP COLUMN \`version_document_key\`;`)
  await db.run(sql`DROP INDEX \`review_records_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`review_records\` DROP COLUMN \`document_key\`;`)
  await db.run(sql`ALTER TABLE \`review_records\` DROP COLUMN \`document_title\`;`)
  await db.run(sql`ALTER TABLE \`review_records\` DROP COLUMN \`reviewer_license_number\`;`)
  await db.run(sql`ALTER TABLE \`review_records\` DROP COLUMN \`reviewer_license_state\`;`)
  await db.run(sql`ALTER TABLE \`review_records\` DROP COLUMN \`reviewer_license_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}

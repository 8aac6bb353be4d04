/**
 * `npm run restore -- <directory>`: restores a backup into the database DATABASE_URI names,
 * which must be new: a SQLite file that does not exist yet, or an empty PostgreSQL database
 * (created if the user may). The PostgreSQL schema is built by the committed migrations first.
 */
import 'dotenv/config'

import { getPayload } from 'payload'

import { buildAppConfig } from '../src/config'
import { closePayload } from '../src/db/close'
import { assertEmptyTarget, readManifest, restoreDatabase } from '../src/db/backup'
import { loadEnv } from '../src/env'
import {
  assertEmptyMediaStore,
  configuredMediaStore,
  describeStore,
  readMediaManifest,
  restoreMedia,
} from '../src/storage/mediaBackup'
import { migrations } from '../src/migrations/postgres'

async function main(): Promise<void> {
  const directory = process.argv[2]
  if (!directory) throw new Error('Usage: npm run restore -- <directory>')
  const manifest = readManifest(directory)
  // Build the schema from the migrations, never by pushing the dev schema.
  process.env.PAYLOAD_MIGRATING = 'true'
  const env = loadEnv({ ...process.env, SEED_DEMO: 'false', JOBS_AUTORUN: 'false' })
  await assertEmptyTarget(env.database)
  const mediaStore = configuredMediaStore()
  const media = readMediaManifest(directory)
  if (media) await assertEmptyMediaStore(mediaStore)
  if (manifest.database === 'postgres' && env.database.kind === 'postgres') {
    const payload = await getPayload({ config: buildAppConfig(env) })
    try {
      await payload.db.migrate({ migrations: migrations as never })
    } finally {
      await closePayload(payload)
    }
  }
  const started = Date.now()
  await restoreDatabase(env.database, directory)
  const files = media
    ? `, and ${await restoreMedia(mediaStore, directory, media)} media files into ${describeStore(mediaStore)}`
    : ' (the backup holds no media files)'
  console.log(
    `Restored the ${manifest.database} backup of ${manifest.createdAt}${files}, in ${Date.now() - started} ms.`,
  )
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})

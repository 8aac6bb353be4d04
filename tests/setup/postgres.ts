import { randomBytes } from 'node:crypto'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres, type PostgresServer } from '../../scripts/lib/embeddedPostgres'
import { withPgClient } from '../../src/db/pgClient'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
    postgresRunPrefix: string
  }
}

/**
 * Gives the PostgreSQL project a server for this run: the one in TEST_POSTGRES_URL, or an
 * embedded one started here. Every database the run creates starts with a run prefix and is
 * dropped at the end, so runs never see each other's data.
 */
export default async function setup(project: TestProject) {
  const prefix = `cms_test_${randomBytes(4).toString('hex')}`
  let embedded: PostgresServer | undefined
  let adminUrl = process.env.TEST_POSTGRES_URL
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres()
    adminUrl = embedded.adminUrl
  }
  project.provide('postgresAdminUrl', adminUrl)
  project.provide('postgresRunPrefix', prefix)

  return async () => {
    if (embedded) {
      await embedded.stop()
      return
    }
    await withPgClient(adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`${prefix}%`],
      )
      for (const { datname } of rows)
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    })
  }
}

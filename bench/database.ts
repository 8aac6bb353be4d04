import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createDatabase, startEmbeddedPostgres } from '../scripts/lib/embeddedPostgres'

export type BenchDatabaseKind = 'postgres' | 'sqlite'

export interface BenchDatabase {
  kind: BenchDatabaseKind
  /** `DATABASE_URI` for the CMS and the baseline. */
  uri: string
  /** A scratch directory for this run (the SQLite file, uploads); removed by `remove`. */
  workDir: string
  /** Stops the database server, if any, and deletes every file of the run. */
  remove: () => Promise<void>
  /** Another database on the same server, for a peer CMS (PostgreSQL only). */
  createSibling?: (name: string) => Promise<string>
}

/** A fresh, empty database: a new SQLite file, or a new database on a throwaway embedded PostgreSQL. */
export async function createBenchDatabase(kind: BenchDatabaseKind): Promise<BenchDatabase> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bench-'))
  const removeDir = () => fs.rmSync(workDir, { recursive: true, force: true })
  if (kind === 'sqlite') {
    return {
      kind,
      uri: `file:${path.join(workDir, 'bench.db')}`,
      workDir,
      remove: async () => removeDir(),
    }
  }
  const server = await startEmbeddedPostgres()
  try {
    const uri = await createDatabase(server.adminUrl, 'cms_bench')
    return {
      kind,
      uri,
      workDir,
      remove: async () => {
        await server.stop()
        removeDir()
      },
      createSibling: (name) => createDatabase(server.adminUrl, name),
    }
  } catch (error) {
    await server.stop()
    removeDir()
    throw error
  }
}

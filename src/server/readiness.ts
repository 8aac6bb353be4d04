import fs from 'node:fs/promises'

import type { Payload } from 'payload'

import type { DatabaseTarget } from '../env'
import { adapterInternals } from '../lib/adapterInternals'

export interface Readiness {
  ready: boolean
  database: DatabaseTarget['kind']
  reason?: string
}

const READY_TIMEOUT_MS = 2000

async function ping(payload: Payload, target: DatabaseTarget): Promise<void> {
  const db = adapterInternals(payload.db)
  switch (target.kind) {
    case 'sqlite':
      // An open connection keeps answering after its file is deleted; the file is the database.
      if (target.sqlitePath) await fs.access(target.sqlitePath)
      await db.client?.execute('select 1')
      return
    case 'postgres':
      await db.pool?.query('select 1')
      return
    case 'mongodb':
      if (!db.connection?.db) throw new Error('not connected')
      await db.connection.db.admin().ping()
      return
  }
}

/** Whether the database answers a trivial query within two seconds. */
export async function checkReadiness(payload: Payload, target: DatabaseTarget): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      ping(payload, target),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)),
          READY_TIMEOUT_MS,
        )
      }),
    ])
    return { ready: true, database: target.kind }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ready: false, database: target.kind, reason: `database unavailable: ${reason}` }
  } finally {
    clearTimeout(timer)
  }
}

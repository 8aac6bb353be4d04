import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { adapterInternals, type PoolClient } from '../lib/adapterInternals'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readIfPresent(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw error
  }
}

/**
 * A lock file next to the SQLite database, holding the owner's pid. A file left behind by a
 * process that died (kill -9) is taken over, since its owner can no longer release it.
 */
async function withLockFile<T>(
  file: string,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readIfPresent(file).trim())
      // An empty file is one being written right now; only a dead owner's file is stale.
      if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) fs.rmSync(file, { force: true })
      else if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${file}`)
      else await sleep(200)
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(file, { force: true })
  }
}

/** A session-level PostgreSQL advisory lock on its own connection: released on unlock or when the connection ends. */
async function withAdvisoryLock<T>(
  pool: { connect: () => Promise<PoolClient> },
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name])
    }
  } finally {
    client.release()
  }
}

/**
 * Runs `work` while no other run of `name` is in progress, in this process or any other on the
 * same database: for jobs made of many check-then-create steps in separate transactions (the
 * demo seed), which two concurrent runs would otherwise both perform. MongoDB has no such lock;
 * there the unique indexes are the only guard.
 */
export async function runExclusively<T>(
  payload: Payload,
  name: string,
  work: () => Promise<T>,
  timeoutMs = 10 * 60_000,
): Promise<T> {
  const db = adapterInternals(payload.db)
  if (db.name === 'postgres' && db.pool) return withAdvisoryLock(db.pool, `cms:${name}`, work)
  const url = db.clientConfig?.url
  if (db.name === 'sqlite' && url?.startsWith('file:')) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length)
    return withLockFile(`${file}.${name}.lock`, timeoutMs, work)
  }
  return work()
}

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { ApiClient } from '../helpers/api'
import { createCrashWorkload, generator, KINDS, openVerifier } from '../helpers/crashWorkload'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { PASSWORD } from '../helpers/fixtures'
import { queryFor, staleCount } from '../../src/readModel/store'
import { untilNothingStale } from '../helpers/invariant'
import { startServerProcess, type ServerProcess } from '../helpers/process'

/**
 * Crash consistency: the production server runs as its own process and is killed with SIGKILL
 * at a random moment while several clients create, edit, submit, review and publish medical
 * documents over HTTP (tests/helpers/crashWorkload.ts). After each restart on the same
 * database, everything the server acknowledged with a 2xx must be there exactly as sent, every
 * stored version must be explained by a write some client made (nothing half-written, nothing
 * refused), and no published medical content may lack an approval of exactly that content.
 *
 * CRASH_KILLS (default 20) and CRASH_SEED (random, printed) reproduce a run.
 */

const KILLS = Number(process.env.CRASH_KILLS ?? 20)
const WORKERS = 5
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))

const random = generator(SEED)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let database: TestDatabase
let mediaDir: string
let verifier: Payload
let server: ServerProcess | undefined
let serverEnv: Record<string, string> & { PORT: string }
const tokens = { editor: '', reviewer: '' }

beforeAll(async () => {
  database = await createTestDatabase()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
  const port = String(await getPort())
  serverEnv = {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'crash-consistency-secret-0123456789abcdef0123456789',
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: port,
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATABASE_URI: database.uri,
    MEDIA_DIR: mediaDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANON_PER_MINUTE: '0',
    RATE_LIMIT_AUTH_PER_MINUTE: '0',
    RATE_LIMIT_LOGIN_PER_15_MIN: '0',
  }
  // The first production start applies the committed migrations; then the team is added with
  // the Local API while no server runs, and logs in over HTTP once it is back.
  const first = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
  expect(await first.stop('SIGTERM'), first.output()).toBe(0)
  verifier = await openVerifier(
    {
      DATABASE_URI: database.uri,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: serverEnv.PAYLOAD_SECRET,
      SERVER_URL: serverEnv.SERVER_URL,
    },
    `crash-verifier-${database.name}`,
  )
  const future = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString()
  for (const [email, data] of [
    ['admin@example.com', { name: 'Ada Admin', roles: ['admin'] }],
    ['editor@example.com', { name: 'Eli Editor', roles: ['editor'] }],
    [
      'reviewer@example.com',
      {
        name: 'Dr. Rosa Reyes',
        roles: ['medical-reviewer'],
        credentials: ['MD'],
        licenseNumber: 'A123456',
        licenseState: 'CA',
        licenseExpiresAt: future,
      },
    ],
  ] as const) {
    await verifier.create({
      collection: 'users',
      data: { email, password: PASSWORD, ...data } as never,
      overrideAccess: true,
    })
  }
  server = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
  const api = new ApiClient(server.url)
  tokens.editor = await api.login('editor@example.com', PASSWORD)
  tokens.reviewer = await api.login('reviewer@example.com', PASSWORD)
})

afterAll(async () => {
  await server?.stop('SIGKILL')
  if (verifier) await closePayload(verifier)
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe(`kill -9 during concurrent writes (${process.env.TEST_DB ?? 'sqlite'})`, () => {
  it(`keeps every acknowledged write and the sign-off invariant through ${KILLS} crashes`, async () => {
    console.log(
      `crash run: seed ${SEED}, ${KILLS} kills, ${WORKERS} clients (CRASH_SEED=${SEED} repeats it)`,
    )
    const started = Date.now()
    const workload = createCrashWorkload({ random, verifier, tokens })
    let kills = 0
    let staleAfterKills = 0

    for (let epoch = 1; epoch <= KILLS; epoch += 1) {
      const api = new ApiClient(server!.url)
      let stopped = false
      const clients = Array.from({ length: WORKERS }, () =>
        workload.client(api, epoch, () => stopped),
      )
      // Killed at a random moment while the clients are busy; they start nothing new from then on.
      await sleep(random.int(2000, 6000))
      stopped = true
      const inFlight = workload.attempts.filter(
        (attempt) => attempt.status === undefined && attempt.error === undefined,
      ).length
      expect(await server!.stop('SIGKILL')).toBe('SIGKILL')
      kills += 1
      await Promise.all(clients)
      server = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      staleAfterKills += await staleCount(await queryFor(verifier))
      const problems = await workload.verify(`after kill ${epoch}`)
      expect(
        problems,
        `after kill ${epoch} (seed ${SEED}), ${inFlight} requests in flight`,
      ).toEqual([])
      expect(workload.serverErrors).toEqual([])
    }

    // What the kills left marked stale is rebuilt by the restarted server; then no snapshot is exempt from the comparison.
    await untilNothingStale(verifier)
    expect(await workload.verify('once nothing is marked stale')).toEqual([])

    const summary = {
      database: database.kind,
      seed: SEED,
      kills,
      staleAfterKills,
      ...workload.summary(),
      seconds: Math.round((Date.now() - started) / 1000),
    }
    console.log(`crash summary: ${JSON.stringify(summary)}`)
    // The run exercised what it claims to: writes of every kind were acknowledged and crashes hit requests in flight.
    for (const kind of KINDS) expect(summary.acknowledgedByKind[kind], kind).toBeGreaterThan(0)
    expect(summary.unknownOutcome).toBeGreaterThan(0)

    const { expected, found } = await workload.damageAndVerify()
    for (const problem of expected)
      expect(
        found.some((line) => line.startsWith(problem)),
        `${problem} in ${found.join('\n')}`,
      ).toBe(true)
    expect(kills).toBeGreaterThanOrEqual(20)
  })
})

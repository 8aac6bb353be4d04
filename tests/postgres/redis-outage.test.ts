import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '../../src/config'
import { closePayload } from '../../src/db/close'
import { loadEnv } from '../../src/env'
import { ApiClient } from '../helpers/api'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { clinicLocationData, createTeam, type Team } from '../helpers/fixtures'
import { startServerProcess, type ServerProcess } from '../helpers/process'
import { startRedis, type RedisServer } from '../helpers/redis'

/**
 * Two server processes sharing rate limits and cache invalidation through a real Redis, which
 * is stopped mid-run: the API keeps answering, anonymous limits fail open and sign-ins fail
 * closed (as the README says), no acknowledged write is lost, and once Redis is back the limits
 * and invalidation work again without a restart.
 */

const ANON_PER_MINUTE = 20
const LOGIN_PER_15_MINUTES = 30

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: any
}

/** A request from a chosen loopback address, so each step is its own client to the per-address limits. */
function requestFrom(
  from: string,
  url: string,
  method = 'GET',
  json?: unknown,
  token?: string,
): Promise<Answer> {
  const body = json === undefined ? undefined : JSON.stringify(json)
  const headers: Record<string, string | number> = body
    ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
    : {}
  if (token) headers.authorization = `JWT ${token}`
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, localAddress: from, headers }, (res) => {
      let text = ''
      res.on('data', (chunk) => (text += String(chunk)))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body:
            (res.headers['content-type'] ?? '').includes('json') && text ? JSON.parse(text) : text,
        }),
      )
    })
    request.on('error', reject)
    request.end(body)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let database: TestDatabase
let redis: RedisServer
let mediaDir: string
let payload: Payload
let servers: ServerProcess[] = []
let team: Team

beforeAll(async () => {
  database = await createTestDatabase()
  redis = await startRedis()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
  const env = {
    NODE_ENV: 'test',
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'redis-outage-test-secret-0123456789abcdef',
    MEDIA_DIR: mediaDir,
    LOG_LEVEL: 'warn',
    REDIS_URL: redis.url,
    RESPONSE_CACHE: 'true',
    RATE_LIMIT_ANON_PER_MINUTE: String(ANON_PER_MINUTE),
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_15_MIN: String(LOGIN_PER_15_MINUTES),
  }
  payload = await getPayload({ config: buildAppConfig(loadEnv({ ...env, JOBS_AUTORUN: 'false' })) })
  servers = await Promise.all(
    [0, 1].map(async () => {
      const port = String(await getPort())
      return startServerProcess(
        { ...env, PORT: port, SERVER_URL: `http://127.0.0.1:${port}` },
        120_000,
      )
    }),
  )
  team = await createTeam(payload, new ApiClient(servers[0].url))
})

afterAll(async () => {
  const codes = await Promise.all(servers.map((server) => server.stop('SIGTERM')))
  if (payload) await closePayload(payload)
  await redis?.close()
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
  expect(codes).toEqual(servers.map(() => 0))
})

let readsSent = 0

/** `count` anonymous reads from `client`, alternating between the processes; each a page not read before, since cache hits are not counted. */
async function anonymousReads(client: string, count: number): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < count; i++)
    statuses.push(
      (
        await requestFrom(
          client,
          `${servers[i % 2].url}/api/conditions?limit=1&page=${(readsSent += 1)}`,
        )
      ).status,
    )
  return statuses
}

/** A published clinic's phone changed through B, then read anonymously through A: the answer A gives. */
async function phoneSeenOnA(reader: string, clinicId: string, phone: string): Promise<string> {
  const [a, b] = servers
  const url = `${a.url}/api/clinic-locations/${clinicId}`
  await requestFrom(reader, url)
  const changed = await requestFrom(
    '127.0.0.1',
    `${b.url}/api/clinic-locations/${clinicId}`,
    'PATCH',
    { phone },
    team.editor.token,
  )
  expect(changed.status, JSON.stringify(changed.body)).toBe(200)
  return (await requestFrom(reader, url)).body.phone
}

describe('a Redis outage', () => {
  it('keeps the API answering, fails open for reads and closed for sign-ins, loses nothing, and recovers by itself', async () => {
    const [a, b] = servers
    const clinic = await requestFrom(
      '127.0.0.1',
      `${b.url}/api/clinic-locations`,
      'POST',
      { ...clinicLocationData({ name: 'Outage clinic' }), _status: 'published' },
      team.editor.token,
    )
    expect(clinic.status).toBe(201)
    const clinicId = String(clinic.body.doc.id)

    // Before: one shared limit, and a change through B is seen at once on A.
    expect(await anonymousReads('127.0.0.30', ANON_PER_MINUTE + 4)).toEqual([
      ...Array(ANON_PER_MINUTE).fill(200),
      429,
      429,
      429,
      429,
    ])
    expect(await phoneSeenOnA('127.0.0.40', clinicId, '+16195550001')).toBe('+16195550001')

    await redis.stop()
    const outageStarted = Date.now()
    const during = {
      reads: [] as number[],
      logins: [] as number[],
      writes: [] as number[],
      freshOnA: [] as boolean[],
      loginBodies: [] as unknown[],
    }
    const acknowledged: string[] = []
    for (let round = 0; round < 6; round++) {
      during.reads.push(...(await anonymousReads('127.0.0.31', 6)))
      const login = await requestFrom(
        '127.0.0.32',
        `${servers[round % 2].url}/api/users/login`,
        'POST',
        { email: team.editor.email, password: 'wrong password, never checked' },
      )
      during.logins.push(login.status)
      during.loginBodies.push(login.body)
      const name = `Opened during the outage ${round}`
      const created = await requestFrom(
        '127.0.0.1',
        `${servers[round % 2].url}/api/clinic-locations`,
        'POST',
        { ...clinicLocationData({ name }), _status: 'published' },
        team.editor.token,
      )
      during.writes.push(created.status)
      if (created.status === 201) acknowledged.push(String(created.body.doc.id))
      const phone = `+1619555${String(2000 + round)}`
      during.freshOnA.push((await phoneSeenOnA('127.0.0.41', clinicId, phone)) === phone)
    }
    const outageMs = Date.now() - outageStarted
    await redis.start()
    const recoveryStarted = Date.now()

    // After: limits are counted in Redis again, and invalidation reaches A again, without a restart.
    let recovered: number[] = []
    for (let attempt = 0; attempt < 50; attempt++) {
      recovered = await anonymousReads(`127.0.0.${50 + attempt}`, ANON_PER_MINUTE + 1)
      if (recovered.at(-1) === 429) break
      await sleep(200)
    }
    const recoveryMs = Date.now() - recoveryStarted
    expect(recovered).toEqual([...Array(ANON_PER_MINUTE).fill(200), 429])
    expect(await phoneSeenOnA('127.0.0.42', clinicId, '+16195559999')).toBe('+16195559999')
    const login = await requestFrom('127.0.0.33', `${a.url}/api/users/login`, 'POST', {
      email: team.editor.email,
      password: 'correct horse battery staple',
    })
    expect(login.status).toBe(200)

    // Nothing acknowledged during the outage is lost.
    const stored = await payload.find({
      collection: 'clinic-locations',
      where: { id: { in: acknowledged } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const summary = {
      outageMs,
      recoveryMs,
      reads: during.reads.length,
      readStatuses: [...new Set(during.reads)],
      logins: during.logins,
      writes: during.writes.length,
      acknowledgedWrites: acknowledged.length,
      acknowledgedFound: stored.docs.length,
      freshOnA: during.freshOnA,
    }
    console.log(`redis outage: ${JSON.stringify(summary)}`)
    // Reads pass uncounted (more than the limit from one address); writes are answered.
    expect(during.reads.every((status) => status === 200)).toBe(true)
    expect(during.reads.length).toBeGreaterThan(ANON_PER_MINUTE)
    expect(during.writes.every((status) => status === 201)).toBe(true)
    expect(stored.docs).toHaveLength(acknowledged.length)
    // Sign-ins are refused with a JSON 503, since their limit is what stops password guessing.
    expect(
      during.logins.every((status) => status === 503),
      JSON.stringify(during.loginBodies),
    ).toBe(true)
    expect(during.loginBodies[0]).toMatchObject({
      errors: [{ data: { rule: 'rate-limit-unavailable' } }],
    })
    // A publish on B is never served stale by A, outage or not.
    expect(during.freshOnA.every(Boolean)).toBe(true)
  })
})

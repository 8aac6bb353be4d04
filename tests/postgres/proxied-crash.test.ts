import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { MEDICAL_COLLECTIONS } from '../../src/workflow/reviewedFields'
import { ApiClient, type ApiResponse, type RequestOptions } from '../helpers/api'
import {
  createCrashWorkload,
  generator,
  is2xx,
  KINDS,
  openVerifier,
} from '../helpers/crashWorkload'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { createTeam, PASSWORD, type Team } from '../helpers/fixtures'
import { startObjectStore, type ObjectStore } from '../helpers/objectStore'
import { startServerProcess, startWorkerProcess, type ServerProcess } from '../helpers/process'
import { startProxy, type Proxy } from '../helpers/proxy'
import { startReceiver, type Receiver } from '../helpers/receiver'
import { startRedis, type RedisServer } from '../helpers/redis'

/**
 * A deployment as "Running in production" describes it, on one machine: three API processes
 * (`npm start`, JOBS_AUTORUN=false) and one job worker (`npm run worker`) on one PostgreSQL,
 * one Redis (rate limits, cache invalidation) and one S3-compatible bucket (uploads), behind
 * Debian's nginx running deploy/nginx.conf. Under mixed load through the proxy (the crash
 * workload's writes, anonymous REST and GraphQL reads, uploads, sign-ins and sign-outs) one
 * process at a time, chosen at random, is killed with SIGKILL and started again. After each
 * restart: every acknowledged write is re-checked and the sign-off invariant holds; every 5xx
 * the clients saw is the proxy's 502 for a write that was in flight on the killed process (a
 * read is retried on another process; anything else fails); every session is valid, and every
 * signed-out one refused, on every process; every acknowledged upload is read back from every
 * process; every acknowledged publish is served by every process.
 *
 * PROXY_CRASH_KILLS (default 10) and PROXY_CRASH_SEED (random, printed) reproduce a run.
 */

const KILLS = Number(process.env.PROXY_CRASH_KILLS ?? 10)
const SEED = Number(process.env.PROXY_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))
const WRITERS = 4
const READERS = 2
const BUCKET = 'cms-media'
/** nginx stamps its log with the time of its event loop's last wake-up, which can trail the clock a little. */
const CLOCK_SLACK_MS = 50
/** The methods nginx never sends twice (`proxy_next_upstream` without `non_idempotent`). */
const NON_IDEMPOTENT = new Set(['POST', 'PATCH', 'LOCK'])

const random = generator(SEED)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One request sent through the proxy. */
interface Sent {
  id: string
  round: number
  method: string
  path: string
  status?: number
}

const journal: Sent[] = []
let round = 0

function sent(method: string, path: string): Sent {
  const entry = { id: `r${journal.length + 1}`, round, method, path }
  journal.push(entry)
  return entry
}

/** A client of the proxy that tags every request with an `x-request-id` and keeps it in the journal, to be found in nginx's log. */
class ProxiedApi extends ApiClient {
  override async request<T = any>(
    method: string,
    path: string,
    json?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const entry = sent(method, path)
    const response = await super.request<T>(method, path, json, {
      ...options,
      headers: { ...options.headers, 'x-request-id': entry.id },
    })
    entry.status = response.status
    return response
  }

  /** A file's bytes. */
  async bytes(path: string): Promise<{ status: number; body: Buffer }> {
    const entry = sent('GET', path)
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: { 'x-request-id': entry.id },
    })
    entry.status = response.status
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
  }
}

type Worker = Omit<ServerProcess, 'url'>

let database: TestDatabase
let redis: RedisServer
let store: ObjectStore
let receiver: Receiver
let mediaDir: string
let proxy: Proxy
let verifier: Payload
let api: ProxiedApi
let team: Team
let env: Record<string, string>
const ports: string[] = []
const servers: Array<ServerProcess | undefined> = []
let worker: Worker | undefined
/** A process being started again, so that a failing run still stops it. */
let restarting: Promise<void> | undefined

const startApi = (index: number) =>
  startServerProcess({ ...env, PORT: ports[index] }, 120_000, { conditions: 'production' })
const startWorker = () =>
  // Every queue every second (instead of every minute), so deliveries follow the publishes closely.
  startWorkerProcess({ ...env, LOG_LEVEL: 'info', JOBS_AUTORUN_CRON: '* * * * * *' }, 120_000, {
    conditions: 'production',
  })

// Four processes start here on two cores, beside another test file: more time than the usual hook's.
beforeAll(async () => {
  database = await createTestDatabase()
  ;[redis, store, receiver] = await Promise.all([startRedis(), startObjectStore(), startReceiver()])
  await store.createBucket(BUCKET)
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-unused-'))
  for (let index = 0; index < 3; index += 1) ports.push(String(await getPort()))
  proxy = await startProxy(ports.map((port) => `127.0.0.1:${port}`))
  env = {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'proxied-crash-secret-0123456789abcdef0123456789',
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    SERVER_URL: proxy.url,
    DATABASE_URI: database.uri,
    REDIS_URL: redis.url,
    ...store.env(BUCKET),
    MEDIA_DIR: mediaDir,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    // On, so every request is counted in Redis, but far away: all load comes from one address.
    RATE_LIMIT_ANON_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
    RATE_LIMIT_LOGIN_PER_15_MIN: '100000',
  }
  // As the README says for a new version: one process first (it applies the migrations), then the rest.
  servers[0] = await startApi(0)
  ;[servers[1], servers[2], worker] = await Promise.all([startApi(1), startApi(2), startWorker()])
  verifier = await openVerifier(
    {
      DATABASE_URI: database.uri,
      MEDIA_DIR: mediaDir,
      ...store.env(BUCKET),
      PAYLOAD_SECRET: env.PAYLOAD_SECRET,
      SERVER_URL: env.SERVER_URL,
    },
    `proxied-crash-verifier-${database.name}`,
  )
  api = new ProxiedApi(proxy.url)
  team = await createTeam(verifier, api)
  const webhook = await api.post(
    '/api/webhooks',
    {
      name: 'Website',
      url: receiver.url,
      events: ['publish'],
      collections: [...MEDICAL_COLLECTIONS],
      secret: 'a-shared-secret-for-the-frontend',
    },
    { token: team.admin.token },
  )
  expect(webhook.status, JSON.stringify(webhook.body)).toBe(201)
}, 300_000)

afterAll(async () => {
  await restarting?.catch(() => undefined)
  const running = [...servers, worker].filter((proc): proc is Worker => proc !== undefined)
  const codes = await Promise.all(running.map((proc) => proc.stop('SIGTERM')))
  await proxy?.close()
  if (verifier) await closePayload(verifier)
  await Promise.all([redis?.close(), store?.close(), receiver?.close()])
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
  // A process that crashed or hung on the way out would hide here otherwise.
  expect(codes).toEqual(running.map(() => 0))
})

interface Upload {
  id: string
  filename: string
  thumbnail: string
  bytes: Buffer
}

describe('three API processes and a worker behind nginx', () => {
  it(`keep every acknowledged write, session and upload, with no 5xx but the killed process's in-flight writes, through ${KILLS} kills`, async () => {
    console.log(
      `proxied crash run: seed ${SEED}, ${KILLS} kills (PROXY_CRASH_SEED=${SEED} repeats it)`,
    )
    const started = Date.now()
    // Fewer new documents than the crash suite's longer run makes, so that some reach publication.
    const workload = createCrashWorkload({
      random,
      verifier,
      tokens: { editor: team.editor.token, reviewer: team.reviewer.token },
      createShare: 0.1,
    })
    const names = ['api1', 'api2', 'api3', 'worker']
    /** Wrong answers other than 5xx, seen under load. */
    const loadProblems: string[] = []
    const uploads: Upload[] = []
    const sessions = { active: [] as string[], signedOut: [] as string[] }
    const checks = {
      sessions: [0, 0, 0],
      uploadReads: [0, 0, 0],
      publishedReads: [0, 0, 0],
      uploadsRechecked: 0,
    }
    const kills: Array<{
      target: string
      exitMs: number
      downMs: number
      inFlight: number
      retried: number
      failed: number
      refusedThenRetried: number
    }> = []

    const wrong = (what: string, answer: { status: number; body?: unknown }) =>
      loadProblems.push(
        `round ${round}: ${what} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`,
      )
    /** A 5xx is judged against the proxy's log after the round; anything else but `expected` is wrong now. */
    const judge = (what: string, answer: { status: number; body?: unknown }, expected: number) => {
      if (answer.status !== expected && answer.status < 500) wrong(what, answer)
      return answer.status === expected
    }

    async function reader(stop: () => boolean) {
      while (!stop()) {
        const choice = random.int(0, 3)
        if (choice === 0) {
          const collection = random.pick(MEDICAL_COLLECTIONS)
          judge(`list ${collection}`, await api.get(`/api/${collection}?limit=10&depth=1`), 200)
        } else if (choice === 1) {
          const answer = await api.get(
            `/api/graphql?query=${encodeURIComponent('{ Articles(limit: 5) { docs { id title } } }')}`,
          )
          if (judge('GraphQL GET', answer, 200) && answer.body.errors) wrong('GraphQL GET', answer)
        } else if (choice === 2) {
          const answer = await api.get('/api/users/me', { token: team.editor.token })
          if (judge('the editor session', answer, 200) && answer.body.user?.id !== team.editor.id)
            wrong('the editor session', answer)
        } else if (uploads.length > 0) {
          const upload = random.pick(uploads)
          const answer = await api.bytes(`/api/media/file/${upload.filename}`)
          if (judge(`upload ${upload.filename}`, answer, 200) && !answer.body.equals(upload.bytes))
            wrong(`upload ${upload.filename} (other bytes)`, answer)
        }
      }
    }

    let uploadCount = 0
    async function uploader(stop: () => boolean) {
      while (!stop()) {
        const n = (uploadCount += 1)
        // A colour of its own, so every upload is a different file.
        const bytes = await sharp({
          create: {
            width: 320,
            height: 320,
            channels: 3,
            background: { r: n % 256, g: Math.floor(n / 256) % 256, b: random.int(0, 255) },
          },
        })
          .png()
          .toBuffer()
        const form = new FormData()
        form.append(
          'file',
          new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
          `upload-${n}.png`,
        )
        form.append('_payload', JSON.stringify({ alt: `Upload ${n}` }))
        const answer = await api.request('POST', '/api/media', undefined, {
          token: team.editor.token,
          rawBody: form,
        })
        if (judge(`upload ${n}`, answer, 201)) {
          const doc = answer.body.doc
          uploads.push({
            id: String(doc.id),
            filename: doc.filename,
            thumbnail: doc.sizes.thumbnail.filename,
            bytes,
          })
        }
        await sleep(300)
      }
    }

    /** Signs in and out through the proxy, one request after another (a session is a row of its user: concurrent sign-ins of one user are not this test's subject). */
    async function signer(stop: () => boolean) {
      while (!stop()) {
        const login = await api.post('/api/users/login', {
          email: team.author.email,
          password: PASSWORD,
        })
        if (judge('sign-in', login, 200)) {
          const me = await api.get('/api/users/me', { token: login.body.token })
          if (judge('a new session', me, 200) && me.body.user?.id !== team.author.id)
            wrong('a new session', me)
          sessions.active.push(login.body.token)
        }
        if (sessions.active.length > 3 && random.chance(0.5)) {
          const token = sessions.active.shift()!
          const logout = await api.post('/api/users/logout', undefined, { token })
          // A sign-out without an answer may or may not have ended the session: it is checked no further.
          if (judge('sign-out', logout, 200)) sessions.signedOut.push(token)
        }
        await sleep(500)
      }
    }

    /**
     * Every 5xx of the round, against nginx's log: only a write in flight on the killed process
     * may have one. In flight: nginx received it before the process was gone (the kernel closes
     * a killed process's sockets only once it has torn the process down, `goneAt`; a connection
     * it accepts until then is reset), passed it to that process and got no answer.
     */
    function account(killed: string | undefined, killAt: number, goneAt: number) {
      const logged = new Map(proxy.log().map((entry) => [entry.id, entry]))
      const problems: string[] = []
      const counts = { inFlight: 0, retried: 0, failed: 0, refusedThenRetried: 0 }
      for (const request of journal.filter((entry) => entry.round === round)) {
        const line = logged.get(request.id)
        if (!line) {
          problems.push(`${request.id} ${request.method} ${request.path}: not in the proxy's log`)
          continue
        }
        const brokeOnKilled =
          killed !== undefined && line.upstreams[0] === killed && line.upstreamStatuses[0] === '502'
        const inFlight = brokeOnKilled && line.startedAt <= goneAt + CLOCK_SLACK_MS
        if (inFlight) counts.inFlight += 1
        if (inFlight && line.status < 500) counts.retried += 1
        if (brokeOnKilled && !inFlight) counts.refusedThenRetried += 1
        if (line.status >= 500 || (request.status ?? 500) >= 500) {
          const expected =
            inFlight &&
            line.status === 502 &&
            request.status === 502 &&
            line.upstreams.length === 1 &&
            NON_IDEMPOTENT.has(request.method)
          if (expected) counts.failed += 1
          else {
            problems.push(
              `${request.id} ${request.method} ${request.path}: ${request.status ?? 'no answer'} (upstreams ${line.upstreams.join(', ') || 'none'}: ${line.upstreamStatuses.join(', ')}; ` +
                `received ${line.startedAt - killAt} ms after the kill of ${killed ?? 'no API process'}, ${goneAt - killAt} ms after which it was gone)`,
            )
          }
        }
      }
      return { counts, problems }
    }

    /** Sessions, uploads and published content, from each API process directly. */
    async function checkEveryProcess(): Promise<string[]> {
      const problems: string[] = []
      const published = new Map<string, Set<string>>()
      for (const attempt of workload.attempts.filter(
        (a) => a.kind === 'publish' && is2xx(a.status),
      )) {
        published.set(
          attempt.collection,
          (published.get(attempt.collection) ?? new Set()).add(String(attempt.id)),
        )
      }
      const stored = await verifier.find({
        collection: 'media',
        where: { id: { in: uploads.map((upload) => upload.id) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const storedIds = new Set(stored.docs.map((doc) => String(doc.id)))
      for (const upload of uploads)
        if (!storedIds.has(upload.id))
          problems.push(`acknowledged upload ${upload.filename}: no media document`)
      checks.uploadsRechecked += uploads.length
      for (const [index, server] of servers.entries()) {
        const direct = new ApiClient(server!.url)
        const who = names[index]
        const expectations: Array<[string, string | number | undefined]> = [
          [team.editor.token, team.editor.id],
          [team.reviewer.token, team.reviewer.id],
          ...sessions.active.map((token): [string, number | string] => [token, team.author.id]),
          ...sessions.signedOut.map((token): [string, undefined] => [token, undefined]),
        ]
        for (const [token, id] of expectations) {
          const me = await direct.get('/api/users/me', { token })
          checks.sessions[index] += 1
          if (me.status !== 200 || me.body.user?.id !== id)
            problems.push(
              `${who}: a session of ${id ?? 'a signed-out user'} answered ${me.status} ${JSON.stringify(me.body.user?.id ?? null)}`,
            )
        }
        for (const upload of uploads) {
          for (const [name, bytes] of [
            [upload.filename, upload.bytes],
            [upload.thumbnail, undefined],
          ] as const) {
            const file = await fetch(`${server!.url}/api/media/file/${name}`)
            const body = Buffer.from(await file.arrayBuffer())
            checks.uploadReads[index] += 1
            if (
              file.status !== 200 ||
              (bytes ? !body.equals(bytes) : (await sharp(body).metadata()).width !== 300)
            )
              problems.push(
                `${who}: ${name} answered ${file.status} with ${body.length} bytes, not the upload`,
              )
          }
        }
        for (const collection of MEDICAL_COLLECTIONS) {
          const list = await direct.get(`/api/${collection}?limit=1000&depth=0`)
          checks.publishedReads[index] += 1
          const served = new Set<string>(
            (list.body.docs ?? []).map((doc: { id: number }) => String(doc.id)),
          )
          const missing = [...(published.get(collection) ?? [])].filter((id) => !served.has(id))
          if (missing.length > 0)
            problems.push(
              `${who}: ${collection} ${missing.join(', ')} acknowledged as published but not served (x-cache ${list.headers.get('x-cache')})`,
            )
        }
      }
      return problems
    }

    // Every process is killed at least twice; the last kills go to any of them; the order is random.
    const schedule = [0, 1, 2, 3, 0, 1, 2, 3].slice(0, KILLS)
    while (schedule.length < KILLS) schedule.push(random.int(0, 3))
    for (let index = schedule.length - 1; index > 0; index -= 1) {
      const other = random.int(0, index)
      ;[schedule[index], schedule[other]] = [schedule[other], schedule[index]]
    }

    const setup = account(undefined, 0, 0)
    expect(setup.problems, 'setup').toEqual([])
    for (let kill = 1; kill <= KILLS; kill += 1) {
      round = kill
      let stopped = false
      const stop = () => stopped
      const clients = [
        ...Array.from({ length: WRITERS }, () => workload.client(api, kill, stop)),
        ...Array.from({ length: READERS }, () => reader(stop)),
        uploader(stop),
        signer(stop),
      ]
      await sleep(random.int(1000, 3000))
      const target = schedule[kill - 1]
      const killAt = Date.now()
      const victim = target === 3 ? worker! : servers[target]!
      expect(await victim.stop('SIGKILL')).toBe('SIGKILL')
      const goneAt = Date.now()
      // Started again at once, as an orchestrator would; meanwhile the load goes on a little through
      // the proxy (connections refused by the dead process are retried elsewhere), then stops, and
      // the database is checked. Sessions, uploads and content are checked once the process is back.
      restarting =
        target === 3
          ? startWorker().then((started) => void (worker = started))
          : startApi(target).then((started) => void (servers[target] = started))
      await sleep(random.int(300, 1000))
      stopped = true
      await Promise.all(clients)
      const writeProblems = await workload.verify(`after kill ${kill}`)
      await restarting
      const downMs = Date.now() - killAt

      const { counts, problems } = account(
        target === 3 ? undefined : `127.0.0.1:${ports[target]}`,
        killAt,
        goneAt,
      )
      kills.push({ target: names[target], exitMs: goneAt - killAt, downMs, ...counts })
      if (problems.length > 0) console.log(proxy.errors().split('\n').slice(-40).join('\n'))
      console.log(`kill ${kill}: ${JSON.stringify(kills.at(-1))}`)
      expect(
        problems,
        `5xx beyond the in-flight requests of ${names[target]} (kill ${kill}, seed ${SEED})`,
      ).toEqual([])
      expect(loadProblems, `wrong answers under load (seed ${SEED})`).toEqual([])
      expect(writeProblems, `acknowledged writes after kill ${kill} (seed ${SEED})`).toEqual([])
      expect(await checkEveryProcess(), `every process after kill ${kill} (seed ${SEED})`).toEqual(
        [],
      )
    }

    // The worker delivered every acknowledged publish's event, except a job it was killed in
    // the middle of: Payload 3.90 leaves that one marked as processing (README, known limits).
    const events = new Set(
      [...workload.attempts]
        .filter((a) => a.kind === 'publish' && is2xx(a.status))
        .map((a) => `${a.collection}:${a.id}`),
    )
    const undelivered = async () => {
      const delivered = new Set(
        receiver.received
          .map((request) => JSON.parse(request.body))
          .map(
            (body: { collection: string; documentId: string }) =>
              `${body.collection}:${body.documentId}`,
          ),
      )
      const stuck = (
        await verifier.find({
          collection: 'payload-jobs',
          where: {
            and: [{ taskSlug: { equals: 'deliverWebhook' } }, { processing: { equals: true } }],
          },
          pagination: false,
          depth: 0,
        })
      ).docs
      const stuckEvents = new Set(
        stuck.map(
          (job) =>
            `${(job.input as { collection: string }).collection}:${(job.input as { documentId: string }).documentId}`,
        ),
      )
      return {
        missing: [...events].filter((event) => !delivered.has(event) && !stuckEvents.has(event)),
        stuck: stuck.length,
      }
    }
    let webhooks = await undelivered()
    for (let wait = 0; wait < 60 && webhooks.missing.length > 0; wait += 1) {
      await sleep(500)
      webhooks = await undelivered()
    }

    const load = workload.summary()
    const summary = {
      seed: SEED,
      kills: kills.length,
      killed: Object.fromEntries(
        names.map((name) => [name, kills.filter((k) => k.target === name).length]),
      ),
      requestsThroughProxy: journal.length,
      writes: load.requests,
      acknowledgedWrites: load.acknowledged,
      acknowledgedByKind: load.acknowledgedByKind,
      acknowledgedWritesRechecked: load.ackVerifications,
      versionTransitionsChecked: load.versionTransitionsChecked,
      publishedContentChecked: load.publishedContentChecked,
      unknownOutcome: load.unknownOutcome,
      inFlightOnKilled: kills.reduce((sum, k) => sum + k.inFlight, 0),
      inFlightReadsRetried: kills.reduce((sum, k) => sum + k.retried, 0),
      fiveXx: journal.filter((request) => (request.status ?? 0) >= 500).length,
      refusedConnectionsRetried: kills.reduce((sum, k) => sum + k.refusedThenRetried, 0),
      uploadsAcknowledged: uploads.length,
      uploadsRechecked: checks.uploadsRechecked,
      sessionChecksPerProcess: checks.sessions,
      uploadReadsPerProcess: checks.uploadReads,
      publishedListsPerProcess: checks.publishedReads,
      sessions: {
        signedIn: sessions.active.length + sessions.signedOut.length,
        signedOut: sessions.signedOut.length,
      },
      webhookEvents: events.size,
      webhookDeliveries: receiver.received.length,
      webhookJobsLeftProcessing: webhooks.stuck,
      downMs: kills.map((k) => k.downMs),
      seconds: Math.round((Date.now() - started) / 1000),
    }
    console.log(`proxied crash summary: ${JSON.stringify(summary)}`)

    expect(
      webhooks.missing,
      'publish events neither delivered nor left processing by a killed worker',
    ).toEqual([])
    if (!kills.some((k) => k.target === 'worker')) expect(webhooks.stuck).toBe(0)
    // Nothing went to the local disk: the processes share the bucket.
    expect(fs.readdirSync(mediaDir)).toEqual([])
    // The run exercised what it claims to: every kind of write was acknowledged, uploads too, and kills caught requests in flight.
    for (const kind of KINDS) expect(load.acknowledgedByKind[kind], kind).toBeGreaterThan(0)
    expect(uploads.length).toBeGreaterThan(0)
    expect(sessions.signedOut.length).toBeGreaterThan(0)
    expect(summary.inFlightOnKilled).toBeGreaterThan(0)
    expect(summary.fiveXx).toBe(kills.reduce((sum, k) => sum + k.failed, 0))

    // And the write checks are not blind here either.
    const { expected, found } = await workload.damageAndVerify()
    for (const problem of expected)
      expect(
        found.some((line) => line.startsWith(problem)),
        `${problem} in ${found.join('\n')}`,
      ).toBe(true)
    expect(kills).toHaveLength(KILLS)
  }, 900_000)
})

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
import { ApiClient, type ApiResponse, type RequestOptions } from '../helpers/api'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import {
  articleData,
  clinicLocationData,
  conditionData,
  createTeam,
  disclosureData,
  publishApproved,
  type Team,
} from '../helpers/fixtures'
import { startMailCatcher, type MailCatcher } from '../helpers/mail'
import { startServerProcess, type ServerProcess } from '../helpers/process'
import { startReceiver, type Receiver } from '../helpers/receiver'
import { startRedis, type RedisServer } from '../helpers/redis'

/**
 * Two real server processes on one PostgreSQL database, as a deployment behind a load balancer
 * runs them: caches are per process, so is memory, and each process runs the job queues.
 * They share rate limits and cache invalidation through PostgreSQL, or through a real Redis
 * when MULTI_PROCESS_SHARED_STORE=redis (tests/postgres/multi-process-redis.test.ts).
 */
const SHARED_STORE = process.env.MULTI_PROCESS_SHARED_STORE === 'redis' ? 'redis' : 'postgres'

const ANON_PER_MINUTE = 30
const LOGIN_PER_15_MINUTES = 12

/** Alternates requests between the processes, as a round-robin load balancer does. */
class RoundRobinApi extends ApiClient {
  private turn = 0
  constructor(private readonly clients: ApiClient[]) {
    super(clients[0].baseUrl)
  }

  override request<T = any>(
    method: string,
    path: string,
    json?: unknown,
    options?: RequestOptions,
  ): Promise<ApiResponse<T>> {
    const client = this.clients[this.turn++ % this.clients.length]
    return client.request<T>(method, path, json, options)
  }
}

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: any
}

/**
 * An HTTP request from a chosen loopback address (127.0.0.0/8 all reaches the server), so that
 * each part of this file is its own client to the per-address rate limits.
 */
function requestFrom(from: string, url: string, method = 'GET', json?: unknown): Promise<Answer> {
  const body = json === undefined ? undefined : JSON.stringify(json)
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        localAddress: from,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += String(chunk)))
        res.on('end', () => {
          const parsed: unknown =
            (res.headers['content-type'] ?? '').includes('json') && text ? JSON.parse(text) : text
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed })
        })
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(200)
  }
}

let database: TestDatabase
let mail: MailCatcher
let receiver: Receiver
let mediaDir: string
let redis: RedisServer | undefined
/** A Local API on the same database, for setting up users and looking at what the processes did. */
let payload: Payload
let servers: ServerProcess[] = []
let a: ServerProcess
let b: ServerProcess
let api: RoundRobinApi
let team: Team

beforeAll(async () => {
  database = await createTestDatabase()
  mail = await startMailCatcher()
  receiver = await startReceiver()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
  if (SHARED_STORE === 'redis') redis = await startRedis()
  const env = {
    ...(redis ? { REDIS_URL: redis.url } : {}),
    NODE_ENV: 'test',
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'multi-process-test-secret-0123456789abcdef',
    MEDIA_DIR: mediaDir,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    LOG_LEVEL: 'warn',
    RESPONSE_CACHE: 'true',
    RATE_LIMIT_ANON_PER_MINUTE: String(ANON_PER_MINUTE),
    // Staff requests in this file come from one address; the limit is on, but far away.
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_15_MIN: String(LOGIN_PER_15_MINUTES),
    // Both processes run every queue every second (instead of every minute), and the re-review
    // check is due every two seconds (instead of daily), so their crons race each other often.
    JOBS_AUTORUN: 'true',
    JOBS_AUTORUN_CRON: '* * * * * *',
    REVIEW_OVERDUE_CRON: '*/2 * * * * *',
  }
  // Pushes the schema once, before the processes start, so they do not push it concurrently.
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
  ;[a, b] = servers
  api = new RoundRobinApi(servers.map((server) => new ApiClient(server.url)))
  // Seven logins from 127.0.0.1, within its login limit.
  team = await createTeam(payload, api)
})

afterAll(async () => {
  const codes = await Promise.all(servers.map((server) => server.stop('SIGTERM')))
  if (payload) await closePayload(payload)
  await mail?.close()
  await receiver?.close()
  await redis?.close()
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
  // A process that crashed or hung on the way out would hide here otherwise.
  expect(codes).toEqual(servers.map(() => 0))
})

describe('response cache across processes', () => {
  it('drops what process A cached when content is published, edited or unpublished through process B', async () => {
    const reader = '127.0.0.2'
    const list = `${a.url}/api/articles?limit=50&sort=title`
    const titles = (answer: Answer) => answer.body.docs.map((doc: { title: string }) => doc.title)
    const graphql = async () =>
      requestFrom(reader, `${a.url}/api/graphql`, 'POST', {
        query: '{ Articles(limit: 50, sort: "title") { docs { title } } }',
      })
    const cachedOnA = async (read: () => Promise<Answer>) => {
      await read()
      const again = await read()
      expect(
        again.headers['x-cache'],
        'the read is cached on A, so a stale answer is possible',
      ).toBe('HIT')
      return again
    }

    // Publish: the list cached on A gains the article.
    const beforePublish = await cachedOnA(() => requestFrom(reader, list))
    expect(titles(beforePublish)).not.toContain('Cached elsewhere')
    expect((await cachedOnA(graphql)).body.data.Articles.docs).toEqual([])
    const created = await new ApiClient(b.url).post(
      '/api/articles',
      articleData({ title: 'Cached elsewhere' }),
      { token: team.editor.token },
    )
    expect(created.status).toBe(201)
    const articleId = created.body.doc.id
    const bApi = new ApiClient(b.url)
    const submitted = await bApi.post(
      `/api/articles/${articleId}/submit-for-review`,
      {},
      { token: team.editor.token },
    )
    await bApi.post(
      `/api/articles/${articleId}/review`,
      { decision: 'approve', comment: 'Accurate.', contentHash: submitted.body.contentHash },
      { token: team.reviewer.token },
    )
    const published = await bApi.patch(
      `/api/articles/${articleId}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(published.status).toBe(200)
    const afterPublish = await requestFrom(reader, list)
    expect(afterPublish.headers['x-cache']).toBe('MISS')
    expect(titles(afterPublish)).toContain('Cached elsewhere')
    expect((await graphql()).body.data.Articles.docs).toEqual([{ title: 'Cached elsewhere' }])

    // Edit: a published condition renamed through B is renamed on A.
    const condition = await bApi.post(
      '/api/conditions',
      { ...conditionData({ name: 'Treatment-resistant depression' }), _status: 'published' },
      { token: team.editor.token },
    )
    expect(condition.status).toBe(201)
    const conditionUrl = `${a.url}/api/conditions/${condition.body.doc.id}`
    expect((await cachedOnA(() => requestFrom(reader, conditionUrl))).body.name).toBe(
      'Treatment-resistant depression',
    )
    const renamed = await bApi.patch(
      `/api/conditions/${condition.body.doc.id}`,
      { name: 'Treatment-resistant depression (TRD)' },
      { token: team.editor.token },
    )
    expect(renamed.status).toBe(200)
    const afterEdit = await requestFrom(reader, conditionUrl)
    expect(afterEdit.body.name, `x-cache ${afterEdit.headers['x-cache']}`).toBe(
      'Treatment-resistant depression (TRD)',
    )

    // Unpublish: the article cached on A by id and in the list disappears.
    const articleUrl = `${a.url}/api/articles/${articleId}`
    expect((await cachedOnA(() => requestFrom(reader, articleUrl))).body.title).toBe(
      'Cached elsewhere',
    )
    await cachedOnA(() => requestFrom(reader, list))
    const unpublished = await bApi.patch(
      `/api/articles/${articleId}`,
      { _status: 'draft' },
      { token: team.editor.token },
    )
    expect(unpublished.status).toBe(200)
    expect((await requestFrom(reader, articleUrl)).status).toBe(404)
    expect(titles(await requestFrom(reader, list))).not.toContain('Cached elsewhere')
  })

  it('never serves a stale answer on A right after a write through B returns, many times over', async () => {
    const reader = '127.0.0.3'
    const bApi = new ApiClient(b.url)
    const clinic = await bApi.post(
      '/api/clinic-locations',
      { ...clinicLocationData({ name: 'Harbor Clinic Race' }), _status: 'published' },
      { token: team.editor.token },
    )
    expect(clinic.status).toBe(201)
    const url = `${a.url}/api/clinic-locations/${clinic.body.doc.id}`
    // Two reads per round against a limit of 30 per minute for this address.
    for (let round = 0; round < 12; round++) {
      const phone = `+1619555${String(1000 + round)}`
      await requestFrom(reader, url)
      const changed = await bApi.patch(
        `/api/clinic-locations/${clinic.body.doc.id}`,
        { phone },
        { token: team.editor.token },
      )
      expect(changed.status).toBe(200)
      const read = await requestFrom(reader, url)
      expect(read.body.phone, `round ${round} (x-cache ${read.headers['x-cache']})`).toBe(phone)
    }
  })
})

describe('rate limits across processes', () => {
  it('allows the configured number of anonymous requests per minute in total, not per process', async () => {
    const client = '127.0.0.20'
    const answers: Answer[] = []
    // A different page each time: cache hits are not counted, so every read must make the server work.
    for (let i = 0; i < ANON_PER_MINUTE * 2; i++)
      answers.push(
        await requestFrom(client, `${servers[i % 2].url}/api/conditions?limit=1&page=${i + 1}`),
      )
    const allowed = answers.filter((answer) => answer.status === 200)
    const refused = answers.filter((answer) => answer.status === 429)
    expect(allowed).toHaveLength(ANON_PER_MINUTE)
    expect(refused).toHaveLength(ANON_PER_MINUTE)
    expect(answers.slice(0, ANON_PER_MINUTE).every((answer) => answer.status === 200)).toBe(true)
    // One counter: the remaining allowance falls by one per request, whichever process answers.
    const remaining = allowed.map((answer) =>
      Number(/remaining=(\d+)/.exec(String(answer.headers.ratelimit))?.[1]),
    )
    expect(remaining).toEqual(
      Array.from({ length: ANON_PER_MINUTE }, (_, i) => ANON_PER_MINUTE - 1 - i),
    )
    for (const answer of refused) {
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0)
      expect(answer.body.errors[0].data.rule).toBe('rate-limit')
    }
    // Another client is not affected.
    expect((await requestFrom('127.0.0.21', `${b.url}/api/conditions?limit=1`)).status).toBe(200)
  })

  it('allows the configured number of sign-in attempts in total, not per process', async () => {
    const client = '127.0.0.22'
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_PER_15_MINUTES * 2; i++) {
      const answer = await requestFrom(client, `${servers[i % 2].url}/api/users/login`, 'POST', {
        email: 'nobody@example.com',
        password: `guess ${i}`,
      })
      statuses.push(answer.status)
    }
    expect(statuses.slice(0, LOGIN_PER_15_MINUTES).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(LOGIN_PER_15_MINUTES)).toEqual(Array(LOGIN_PER_15_MINUTES).fill(429))
  })
})

describe('jobs across processes', () => {
  it('delivers each queued webhook event exactly once, retries included', async () => {
    const webhook = await api.post(
      '/api/webhooks',
      {
        name: 'Website',
        url: receiver.url,
        events: ['publish'],
        collections: ['clinic-locations'],
        secret: 'a-shared-secret-for-the-frontend',
      },
      { token: team.admin.token },
    )
    expect(webhook.status).toBe(201)
    const events = 8
    receiver.received.length = 0
    // Every first attempt fails, so each delivery is retried by the processes' job runners,
    // whose crons fire in the same second: both see the same due job.
    receiver.failFirstAttempts()
    const ids: string[] = []
    for (let i = 0; i < events; i++) {
      const created = await api.post(
        '/api/clinic-locations',
        { ...clinicLocationData({ name: `Harbor Clinic ${i}` }), _status: 'published' },
        { token: team.editor.token },
      )
      expect(created.status).toBe(201)
      ids.push(String(created.body.doc.id))
    }
    const delivered = (request: Receiver['received'][number]) => request.status === 200
    await waitFor(
      `${events} deliveries`,
      async () => (receiver.received.filter(delivered).length >= events ? true : undefined),
      60_000,
    )
    // Time for a second runner to deliver an event again, if it were going to.
    await sleep(4000)
    receiver.failFirstAttempts(false)

    const byDelivery = new Map<string, number[]>()
    for (const request of receiver.received) {
      const id = String(request.headers['x-cms-delivery'])
      byDelivery.set(id, [...(byDelivery.get(id) ?? []), request.status])
    }
    expect(
      new Set(receiver.received.map((request) => JSON.parse(request.body).documentId)),
    ).toEqual(new Set(ids))
    expect(byDelivery.size).toBe(events)
    expect(receiver.received.filter((request) => request.status === 500)).toHaveLength(events)
    // Delivered once: one success, after which nothing more arrives.
    for (const [id, statuses] of byDelivery) {
      expect(
        statuses.filter((status) => status === 200),
        `delivery ${id}: ${statuses}`,
      ).toHaveLength(1)
      expect(statuses.at(-1), `delivery ${id}: ${statuses}`).toBe(200)
    }
    // Every request the receiver saw is one recorded attempt, numbered without repeats.
    const attempts = await payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: webhook.body.doc.id } },
      pagination: false,
      depth: 0,
    })
    const expected = [...byDelivery].flatMap(([id, statuses]) =>
      statuses.map((_, index) => `${id} #${index + 1}`),
    )
    expect(attempts.docs.map((doc) => `${doc.deliveryId} #${doc.attempt}`).sort()).toEqual(
      expected.sort(),
    )
    await api.patch(
      `/api/webhooks/${webhook.body.doc.id}`,
      { active: false },
      { token: team.admin.token },
    )
  })

  it('queues each scheduled re-review check once and marks each overdue document once', async () => {
    const ids = []
    for (const title of ['Overdue one', 'Overdue two', 'Overdue three'])
      ids.push(await publishApproved(api, team, 'risk-disclosures', disclosureData({ title })))
    mail.clear()

    // Watch the queue. Once queued, a scheduled check is the only one until it has run, so two
    // pending at once means that both processes queued the same run.
    const seen = new Set<string>()
    let mostAtOnce = 0
    let watching = true
    const watcher = (async () => {
      while (watching) {
        const { docs } = await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'markReviewOverdue' } },
          pagination: false,
          depth: 0,
        })
        docs.forEach((job) => seen.add(String(job.id)))
        mostAtOnce = Math.max(mostAtOnce, docs.length)
        await sleep(50)
      }
    })()

    // One statement makes all three overdue at once, so one run sees all of them.
    const pool = (
      payload.db as unknown as {
        pool: { query: (text: string, values: unknown[]) => Promise<unknown> }
      }
    ).pool
    await pool.query('UPDATE risk_disclosures SET next_review_due = $1 WHERE id = ANY($2)', [
      new Date(Date.now() - 864e5).toISOString(),
      ids,
    ])

    const overdueRecords = async () =>
      (
        await payload.find({
          collection: 'review-records',
          where: { action: { equals: 'overdue' } },
          pagination: false,
          depth: 0,
        })
      ).docs
    await waitFor(
      'the re-review check to mark the documents',
      async () => ((await overdueRecords()).length >= ids.length ? true : undefined),
      30_000,
    )
    // Several more scheduled runs, in which nothing may be marked again.
    await sleep(6000)
    watching = false
    await watcher

    const records = await overdueRecords()
    expect(records.map((record) => String(record.documentId)).sort()).toEqual(
      ids.map(String).sort(),
    )
    const emails = mail.messages.filter(
      (message) =>
        message.to.includes(team.reviewer.email) && message.subject.startsWith('Re-review overdue'),
    )
    expect(emails).toHaveLength(1)
    for (const title of ['Overdue one', 'Overdue two', 'Overdue three'])
      expect(emails[0].text).toContain(title)
    // The schedule really ran during the wait (every two seconds), each run queued by one process only.
    expect(seen.size).toBeGreaterThanOrEqual(3)
    expect(mostAtOnce).toBe(1)
  })
})

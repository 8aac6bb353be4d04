import fs from 'node:fs'
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
import { startServerProcess, startWorkerProcess, type ServerProcess } from '../helpers/process'
import { startReceiver, type Receiver } from '../helpers/receiver'

/**
 * Job workers (`npm run worker`) beside an API server that runs no jobs (JOBS_AUTORUN=false),
 * all on one PostgreSQL database: the API only queues, two workers share the queues without
 * running a job twice, and a worker told to stop finishes the job it is running first.
 */

type Worker = Omit<ServerProcess, 'url'>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(100)
  }
}

let database: TestDatabase
let receiver: Receiver
let mediaDir: string
let payload: Payload
let server: ServerProcess
let workers: Worker[] = []
let api: ApiClient
let team: Team
let baseEnv: Record<string, string>

const startWorker = () =>
  startWorkerProcess({
    ...baseEnv,
    // Every queue every second, the re-review check due every two: the workers' crons race often.
    JOBS_AUTORUN_CRON: '* * * * * *',
    REVIEW_OVERDUE_CRON: '*/2 * * * * *',
  })

async function publishClinic(name: string): Promise<string> {
  const created = await api.post(
    '/api/clinic-locations',
    { ...clinicLocationData({ name }), _status: 'published' },
    { token: team.editor.token },
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return String(created.body.doc.id)
}

const jobsOf = async (task: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: task } },
      pagination: false,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  database = await createTestDatabase()
  receiver = await startReceiver()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
  baseEnv = {
    NODE_ENV: 'test',
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'worker-test-secret-0123456789abcdef0123',
    MEDIA_DIR: mediaDir,
    LOG_LEVEL: 'info',
    RATE_LIMIT_ANON_PER_MINUTE: '0',
    RATE_LIMIT_AUTH_PER_MINUTE: '0',
    RATE_LIMIT_LOGIN_PER_15_MIN: '0',
  }
  // The schema is pushed once, before any process starts.
  payload = await getPayload({
    config: buildAppConfig(loadEnv({ ...baseEnv, LOG_LEVEL: 'warn', JOBS_AUTORUN: 'false' })),
  })
  const port = String(await getPort())
  server = await startServerProcess(
    {
      ...baseEnv,
      PORT: port,
      SERVER_URL: `http://127.0.0.1:${port}`,
      JOBS_AUTORUN: 'false',
      JOBS_AUTORUN_CRON: '* * * * * *',
    },
    120_000,
  )
  api = new ApiClient(server.url)
  team = await createTeam(payload, api)
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
})

afterAll(async () => {
  const codes = await Promise.all(
    [server, ...workers].filter(Boolean).map((proc) => proc.stop('SIGTERM')),
  )
  if (payload) await closePayload(payload)
  await receiver?.close()
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
  expect(codes.every((code) => code === 0)).toBe(true)
})

describe('job workers', () => {
  it('the API server only queues jobs; a worker runs them', async () => {
    const id = await publishClinic('Queued while no worker runs')
    // The API server's crons fire every second, were it running jobs.
    await sleep(3000)
    expect(receiver.received).toEqual([])
    const [job] = await jobsOf('deliverWebhook')
    expect(job).toMatchObject({ processing: false, hasError: false })
    expect(job.completedAt ?? null).toBeNull()

    workers = await Promise.all([startWorker(), startWorker()])
    await waitFor('the delivery', () => (receiver.received.length > 0 ? true : undefined))
    expect(JSON.parse(receiver.received[0].body).documentId).toBe(id)
    expect(server.output()).not.toMatch(/Worker running/)
  })

  it('two workers deliver each event exactly once, retries included, and queue each scheduled check once', async () => {
    const events = 8
    receiver.received.length = 0
    // Every first attempt fails, so each delivery is retried by whichever worker's cron comes first.
    receiver.failFirstAttempts()
    let mostAtOnce = 0
    const scheduled = new Set<string>()
    let watching = true
    const watcher = (async () => {
      while (watching) {
        const pending = await jobsOf('markReviewOverdue')
        pending.forEach((job) => scheduled.add(String(job.id)))
        mostAtOnce = Math.max(mostAtOnce, pending.length)
        await sleep(50)
      }
    })()
    const ids: string[] = []
    for (let i = 0; i < events; i++) ids.push(await publishClinic(`Harbor Clinic ${i}`))
    await waitFor(
      `${events} deliveries`,
      () =>
        receiver.received.filter((request) => request.status === 200).length >= events
          ? true
          : undefined,
      60_000,
    )
    // Time for a second worker to deliver an event again, if it were going to.
    await sleep(4000)
    watching = false
    await watcher
    receiver.failFirstAttempts(false)

    const byDelivery = new Map<string, number[]>()
    for (const request of receiver.received) {
      const delivery = String(request.headers['x-cms-delivery'])
      byDelivery.set(delivery, [...(byDelivery.get(delivery) ?? []), request.status])
    }
    expect(
      new Set(receiver.received.map((request) => JSON.parse(request.body).documentId)),
    ).toEqual(new Set(ids))
    expect(byDelivery.size).toBe(events)
    for (const [delivery, statuses] of byDelivery) expect(statuses, delivery).toEqual([500, 200])
    const attempts = await payload.find({
      collection: 'webhook-deliveries',
      where: { deliveryId: { in: [...byDelivery.keys()] } },
      pagination: false,
      depth: 0,
    })
    expect(attempts.docs.map((doc) => `${doc.deliveryId} #${doc.attempt}`).sort()).toEqual(
      [...byDelivery.keys()].flatMap((delivery) => [`${delivery} #1`, `${delivery} #2`]).sort(),
    )
    // The re-review check was scheduled every two seconds during the run, by one worker each time.
    expect(scheduled.size).toBeGreaterThanOrEqual(3)
    expect(mostAtOnce).toBe(1)
  })

  it('a worker told to stop finishes the delivery it is making, then exits; nothing is left processing', async () => {
    // One worker left, so it is the one holding the job when it is told to stop.
    expect(await workers[1].stop('SIGTERM')).toBe(0)
    receiver.received.length = 0
    const slowMs = 3000
    receiver.answerAfter(slowMs)
    const arrivedBefore = receiver.arrived()
    await publishClinic('Delivered while stopping')
    await waitFor('the delivery to reach the receiver', () =>
      receiver.arrived() > arrivedBefore ? true : undefined,
    )
    const signalled = Date.now()
    const code = await workers[0].stop('SIGTERM')
    const stoppedAfter = Date.now() - signalled
    receiver.answerAfter(0)

    expect(code).toBe(0)
    expect(receiver.received.map((request) => request.status)).toEqual([200])
    // It waited for the receiver's answer (less the time the request had already been waiting).
    expect(stoppedAfter).toBeGreaterThan(slowMs / 2)
    const deliveryId = String(receiver.received[0].headers['x-cms-delivery'])
    // Payload deletes a job once it has completed; one cut off would still be there, processing.
    const jobs = (await jobsOf('deliverWebhook')).filter(
      (job) => (job.input as { deliveryId?: string }).deliveryId === deliveryId,
    )
    expect(jobs).toEqual([])
    const recorded = await payload.find({
      collection: 'webhook-deliveries',
      where: { deliveryId: { equals: deliveryId } },
      depth: 0,
    })
    expect(recorded.docs.map((doc) => [doc.attempt, doc.ok])).toEqual([[1, true]])
    expect(
      await payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } } }),
    ).toMatchObject({ totalDocs: 0 })
    expect(workers[0].output()).toMatch(/SIGTERM received: letting the job runs in progress finish/)
  })
})

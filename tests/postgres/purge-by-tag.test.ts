import getPort from 'get-port'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/api'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { clinicLocationData, PASSWORD } from '../helpers/fixtures'
import { startServerProcess, type ServerProcess } from '../helpers/process'
import { startRedis, type RedisServer } from '../helpers/redis'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * Purges by cache tag across processes: a change made through one process drops, in another,
 * only the cached answers that contain the changed document (PostgreSQL LISTEN/NOTIFY carries
 * the tags, or Redis with PURGE_SHARED_STORE=redis: purge-by-tag-redis.test.ts); the others
 * stay cached.
 */
const SHARED_STORE = process.env.PURGE_SHARED_STORE === 'redis' ? 'redis' : 'postgres'

let database: TestDatabase
let reader: TestServer
let writer: ServerProcess
let writerApi: ApiClient
let token: string
let redis: RedisServer | undefined

beforeAll(async () => {
  database = await createTestDatabase()
  redis = SHARED_STORE === 'redis' ? await startRedis() : undefined
  const shared: Record<string, string> = redis ? { REDIS_URL: redis.url } : {}
  // This process reads (and pushes the schema first); the writer is a process of its own.
  reader = await startTestServer({ database, env: shared })
  await reader.payload.create({
    collection: 'users',
    data: {
      email: 'admin@example.com',
      password: PASSWORD,
      name: 'Ada Admin',
      roles: ['admin'],
    } as never,
    overrideAccess: true,
  })
  await reader.payload.create({
    collection: 'users',
    data: {
      email: 'editor@example.com',
      password: PASSWORD,
      name: 'Eli Editor',
      roles: ['editor'],
    } as never,
    overrideAccess: true,
  })
  const port = String(await getPort())
  writer = await startServerProcess({
    NODE_ENV: 'test',
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: port,
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATABASE_URI: database.uri,
    MEDIA_DIR: reader.env.mediaDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANON_PER_MINUTE: '0',
    RATE_LIMIT_AUTH_PER_MINUTE: '0',
    RATE_LIMIT_LOGIN_PER_15_MIN: '0',
    ...shared,
  })
  writerApi = new ApiClient(writer.url)
  token = await writerApi.login('editor@example.com', PASSWORD)
}, 180_000)

afterAll(async () => {
  await writer?.stop('SIGTERM')
  await reader?.close()
  await redis?.close()
  await database?.drop()
})

describe(`purge by tag across processes (${SHARED_STORE})`, () => {
  it('drops only the answers containing what changed in another process, every time', async () => {
    const publish = async (name: string) => {
      const created = await writerApi.post(
        '/api/clinic-locations',
        { ...clinicLocationData({ name }), _status: 'published' },
        { token },
      )
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      return created.body.doc.id as number
    }
    const changed = await publish('Clinic Downtown')
    const unrelated = await publish('Clinic Escondido')
    const read = (id: number) => reader.api.get(`/api/clinic-locations/${id}?depth=0`)
    for (const id of [changed, unrelated]) {
      await read(id)
      expect((await read(id)).headers.get('x-cache')).toBe('HIT')
    }
    for (let round = 0; round < 5; round += 1) {
      const phone = `+1619555${String(2000 + round)}`
      const edit = await writerApi.patch(`/api/clinic-locations/${changed}`, { phone }, { token })
      expect(edit.status, JSON.stringify(edit.body)).toBe(200)
      const after = await read(changed)
      expect([round, after.headers.get('x-cache'), after.body.phone]).toEqual([
        round,
        'MISS',
        phone,
      ])
      expect([round, (await read(unrelated)).headers.get('x-cache')]).toEqual([round, 'HIT'])
    }
  })
})

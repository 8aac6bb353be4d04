import getPort from 'get-port'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/api'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { runServerProcess, startServerProcess } from '../helpers/process'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database?.drop()
})

const baseEnv = () => ({ API_ONLY: 'true', SEED_DEMO: 'false', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URI: database.uri })

describe('the server process', () => {
  it('refuses to start in production without PAYLOAD_SECRET, in one line', async () => {
    const proc = runServerProcess({ ...baseEnv(), NODE_ENV: 'production', PORT: String(await getPort()) })
    expect(await proc.exited).not.toBe(0)
    const lines = proc.output().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/PAYLOAD_SECRET is required when NODE_ENV=production/)
  })

  it('refuses an unknown DATABASE_URI scheme, naming the accepted ones and not echoing the URI', async () => {
    const proc = runServerProcess({ ...baseEnv(), DATABASE_URI: 'mysql://root:hunter2@db/cms', PORT: String(await getPort()) })
    expect(await proc.exited).not.toBe(0)
    const output = proc.output().trim()
    expect(output.split('\n')).toHaveLength(1)
    expect(output).toMatch(/mysql: is not supported; use one of file:, postgres:\/\/, postgresql:\/\/, mongodb:\/\/, mongodb\+srv:\/\//)
    expect(output).not.toContain('hunter2')
  })

  it('finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const port = String(await getPort())
    const proc = await startServerProcess({ ...baseEnv(), LOG_LEVEL: 'info', PORT: port })
    const api = new ApiClient(proc.url)
    // Registering hashes the password (600,000 PBKDF2 rounds), so the request is still running when the signal lands.
    const inFlight = api.post('/api/users/first-register', { email: 'a@example.com', password: 'a long enough password', name: 'A' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const exit = proc.stop('SIGTERM')
    const response = await inFlight
    expect(response.status).toBe(200)
    expect(await exit).toBe(0)
    expect(proc.output()).toMatch(/SIGTERM received/)
    await expect(fetch(`${proc.url}/healthz`)).rejects.toThrow()
  })
})

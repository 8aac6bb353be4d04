import http from 'node:http'

import getPort from 'get-port'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { runServerProcess, startServerProcess } from '../helpers/process'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database?.drop()
})

const baseEnv = () => ({
  API_ONLY: 'true',
  SEED_DEMO: 'false',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DATABASE_URI: database.uri,
})

describe('the server process', () => {
  it('refuses to start in production without PAYLOAD_SECRET, in one line', async () => {
    const proc = runServerProcess({
      ...baseEnv(),
      NODE_ENV: 'production',
      PORT: String(await getPort()),
    })
    expect(await proc.exited).not.toBe(0)
    const lines = proc.output().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/PAYLOAD_SECRET is required when NODE_ENV=production/)
  })

  it('refuses an unknown DATABASE_URI scheme, naming the accepted ones and not echoing the URI', async () => {
    const proc = runServerProcess({
      ...baseEnv(),
      DATABASE_URI: 'mysql://root:hunter2@db/cms',
      PORT: String(await getPort()),
    })
    expect(await proc.exited).not.toBe(0)
    const output = proc.output().trim()
    expect(output.split('\n')).toHaveLength(1)
    expect(output).toMatch(
      /mysql: is not supported; use one of file:, postgres:\/\/, postgresql:\/\/, mongodb:\/\/, mongodb\+srv:\/\//,
    )
    expect(output).not.toContain('hunter2')
  })

  it('applies the committed migrations on a production start, and again without harm', async () => {
    const fresh = await createTestDatabase()
    try {
      const env = {
        ...baseEnv(),
        DATABASE_URI: fresh.uri,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'x'.repeat(48),
        SERVER_URL: 'http://127.0.0.1',
      }
      for (const round of [1, 2]) {
        const port = String(await getPort())
        const proc = await startServerProcess({ ...env, PORT: port })
        try {
          expect((await fetch(`${proc.url}/readyz`)).status).toBe(200)
          if (round === 1) {
            const register = await fetch(`${proc.url}/api/users/first-register`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                email: 'first@example.com',
                password: 'a long enough password',
                name: 'First',
              }),
            })
            expect(register.status).toBe(200)
          }
          const articles = await fetch(`${proc.url}/api/articles`)
          expect(articles.status).toBe(200)
        } finally {
          expect(await proc.stop('SIGTERM')).toBe(0)
        }
      }
    } finally {
      await fresh.drop()
    }
  })

  it('finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const port = String(await getPort())
    const proc = await startServerProcess({ ...baseEnv(), LOG_LEVEL: 'info', PORT: port })
    // The request body arrives in two parts, with the signal in between: the request is
    // certainly in flight when the server is told to stop.
    const body = JSON.stringify({
      email: 'a@example.com',
      password: 'a long enough password',
      name: 'A',
    })
    const request = http.request(`${proc.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    })
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (res) => {
        let text = ''
        res.on('data', (chunk) => (text += String(chunk)))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      request.on('error', reject)
    })
    request.write(body.slice(0, 10))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const exit = proc.stop('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    request.end(body.slice(10))
    const result = await response
    expect(result.status, result.text).toBe(200)
    expect(JSON.parse(result.text).user.email).toBe('a@example.com')
    expect(await exit).toBe(0)
    expect(proc.output()).toMatch(/SIGTERM received/)
    await expect(fetch(`${proc.url}/healthz`)).rejects.toThrow()
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiResponse } from '../helpers/api'
import { articleData, PASSWORD } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * Admission control over HTTP: with one request worked on at a time and no waiting room, a
 * burst of saves is partly refused with 503 `server-busy` (JSON, Retry-After, the API's
 * headers), a refused save changes nothing, and the server answers normally afterwards.
 * (The queue's order and its skipping of abandoned requests are unit-tested.)
 */

const APP_ORIGIN = 'https://app.example'
const BURST = 24

let server: TestServer
let editorToken: string

beforeAll(async () => {
  server = await startTestServer({
    env: {
      MAX_CONCURRENT_REQUESTS: '1',
      MAX_QUEUED_REQUESTS: '0',
      RESPONSE_CACHE: 'false',
      CORS_ORIGINS: APP_ORIGIN,
    },
  })
  // One login at a time: with no waiting room, the usual team's parallel logins would be refused too.
  for (const [email, roles] of [
    ['admin@example.com', ['admin']],
    ['editor@example.com', ['editor']],
  ] as const) {
    await server.payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: email, roles: [...roles] },
      overrideAccess: true,
    })
  }
  editorToken = await server.api.login('editor@example.com', PASSWORD)
  // Something to read, so each request takes long enough for the burst to overlap.
  for (let index = 0; index < 10; index += 1) {
    const created = await server.api.post(
      '/api/articles',
      articleData({ title: `Queued reading ${index}` }),
      { token: editorToken },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  }
})

afterAll(async () => {
  await server?.close()
})

function expectBusy(response: ApiResponse): void {
  expect(response.status).toBe(503)
  expect(response.headers.get('retry-after')).toBe('1')
  expect(response.headers.get('content-type')).toContain('application/json')
  expect(response.headers.get('content-security-policy')).toBe(
    "default-src 'none';frame-ancestors 'none'",
  )
  expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
  expect(response.body).toEqual({
    errors: [
      {
        message: 'The server is busy. Try again in a moment.',
        code: 'unavailable',
        rule: 'server-busy',
        data: { rule: 'server-busy' },
      },
    ],
  })
}

describe('admission control', () => {
  it('refuses what does not fit with 503 server-busy; a refused save changes nothing, and the server answers once the burst is over', async () => {
    const created = await server.api.post(
      '/api/articles',
      articleData({ title: 'Burst of saves' }),
      { token: editorToken },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number | string
    const versionsOf = async () =>
      (
        await server.payload.findVersions({
          collection: 'articles',
          where: { parent: { equals: id } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    const before = await versionsOf()

    // Logins hash the password off the event loop, so they hold the one slot for a while on any
    // database; the saves sent with them find it taken.
    const logins = Array.from({ length: 6 }, () =>
      server.api.post(
        '/api/users/login',
        { email: 'editor@example.com', password: PASSWORD },
        { headers: { origin: APP_ORIGIN } },
      ),
    )
    const titles = Array.from({ length: BURST }, (_, index) => `Burst save ${index}`)
    const saves = titles.map((title) =>
      server.api.patch(
        `/api/articles/${id}?draft=true`,
        { title },
        { token: editorToken, headers: { origin: APP_ORIGIN } },
      ),
    )
    const [loginResponses, responses] = await Promise.all([Promise.all(logins), Promise.all(saves)])
    const everything = [...loginResponses, ...responses]
    expect(
      everything
        .map((response) => response.status)
        .filter((status) => status !== 200 && status !== 503),
    ).toEqual([])
    const refused = everything.filter((response) => response.status === 503)
    expect(refused.length).toBeGreaterThanOrEqual(1)
    for (const response of refused) expectBusy(response)
    const accepted = titles.filter((_, index) => responses[index].status === 200)

    const after = await versionsOf()
    expect(after).toHaveLength(before.length + accepted.length)
    const savedTitles = after
      .filter((version) => !before.some((old) => old.id === version.id))
      .map((version) => version.version.title)
    expect(new Set(savedTitles)).toEqual(new Set(accepted))

    const list = await server.api.get('/api/articles?draft=true&depth=2&limit=50', {
      token: editorToken,
    })
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(11)
  })
})

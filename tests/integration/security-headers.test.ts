import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { conditionData, createTeam, PASSWORD, type Team } from '../helpers/fixtures'
import { startServerProcess, type ServerProcess } from '../helpers/process'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * Security headers, CORS, CSRF, login lockout and session cookies, over HTTP against the real
 * server: in test mode in this process, and in production as its own process (as `npm start`
 * runs it), where HSTS and Secure cookies are on.
 */

const APP_ORIGIN = 'https://app.example'
const EVIL_ORIGIN = 'https://evil.example'
const LOCK_MINUTES = 10

let server: TestServer
let team: Team

beforeAll(async () => {
  server = await startTestServer({ env: { CORS_ORIGINS: APP_ORIGIN } })
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await server?.close()
})

async function request(urlPath: string, init: RequestInit & { base?: string } = {}) {
  const response = await fetch(`${init.base ?? server.url}${urlPath}`, {
    redirect: 'manual',
    ...init,
  })
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

/** What every API answer carries, whatever its status (helmet, configured in src/server/security.ts). */
function expectApiHeaders(label: string, headers: Headers): void {
  expect(headers.get('content-security-policy'), label).toBe(
    "default-src 'none';frame-ancestors 'none'",
  )
  expect(headers.get('x-frame-options'), label).toBe('DENY')
  expect(headers.get('x-content-type-options'), label).toBe('nosniff')
  expect(headers.get('referrer-policy'), label).toBe('strict-origin-when-cross-origin')
  expect(headers.get('cross-origin-opener-policy'), label).toBe('same-origin')
  expect(headers.get('cross-origin-resource-policy'), label).toBe('cross-origin')
  expect(headers.get('x-permitted-cross-domain-policies'), label).toBe('none')
  expect(headers.get('x-powered-by'), label).toBeNull()
}

/** What a page of the admin UI carries: the same, but framable by its own origin and without the API's CSP. */
function expectUiHeaders(label: string, headers: Headers): void {
  expect(headers.get('x-frame-options'), label).toBe('SAMEORIGIN')
  expect(headers.get('x-content-type-options'), label).toBe('nosniff')
  expect(headers.get('referrer-policy'), label).toBe('strict-origin-when-cross-origin')
  expect(headers.get('cross-origin-opener-policy'), label).toBe('same-origin')
  expect(headers.get('x-powered-by'), label).toBeNull()
}

describe('security headers', () => {
  it('are on every API answer: reads, writes, GraphQL, files and errors of every kind', async () => {
    const upload = new FormData()
    upload.append(
      'file',
      new Blob(
        [
          new Uint8Array(
            Buffer.from(
              'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
              'base64',
            ),
          ),
        ],
        { type: 'image/png' },
      ),
      'pixel.png',
    )
    upload.append('_payload', JSON.stringify({ alt: 'Headers' }))
    const media = await request('/api/media', {
      method: 'POST',
      body: upload,
      headers: { authorization: `JWT ${team.editor.token}` },
    })
    expect(media.status, media.text).toBe(201)
    const auth = { authorization: `JWT ${team.editor.token}`, 'content-type': 'application/json' }
    const cases: Array<[string, string, RequestInit, number]> = [
      ['anonymous read', '/api/articles', {}, 200],
      ['authenticated read', '/api/articles?draft=true', { headers: auth }, 200],
      [
        'write',
        '/api/conditions',
        {
          method: 'POST',
          headers: auth,
          body: JSON.stringify(conditionData({ name: 'Headers condition' })),
        },
        201,
      ],
      [
        'GraphQL',
        '/api/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        },
        200,
      ],
      [
        'GraphQL error',
        '/api/graphql',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
          },
          body: JSON.stringify({ query: '{ nope }' }),
        },
        400,
      ],
      ['uploaded file', `/api/media/file/${media.json.doc.filename}`, {}, 200],
      [
        'validation error',
        '/api/conditions',
        { method: 'POST', headers: auth, body: JSON.stringify({ name: '' }) },
        400,
      ],
      [
        'malformed body',
        '/api/conditions',
        { method: 'POST', headers: auth, body: '{"name":' },
        400,
      ],
      ['forbidden', '/api/users', {}, 403],
      ['unknown route', '/api/nothing-here', {}, 404],
      [
        'body too large',
        '/api/conditions',
        { method: 'POST', headers: auth, body: JSON.stringify({ name: 'x'.repeat(1_100_000) }) },
        413,
      ],
    ]
    for (const [label, urlPath, init, status] of cases) {
      const answer = await request(urlPath, init)
      expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBe(status)
      expectApiHeaders(label, answer.headers)
      // Strict-Transport-Security only in production (tested below), never on plain test HTTP.
      expect(answer.headers.get('strict-transport-security'), label).toBeNull()
    }
    // Answers for someone signed in are never stored by a shared cache.
    expect(
      (await request('/api/articles?draft=true', { headers: auth })).headers.get('cache-control'),
    ).toBe('private, no-store')
  })

  it('are on admin paths too, which answer 404 in API-only mode', async () => {
    for (const urlPath of [
      '/admin',
      '/admin/login',
      '/admin/collections/articles',
      '/_next/static/chunk.js',
      '/',
    ]) {
      const answer = await request(urlPath)
      expect(answer.status, urlPath).toBe(404)
      expect(answer.json.errors[0].message, urlPath).toMatch(/API-only mode/)
      expectUiHeaders(urlPath, answer.headers)
    }
  })
})

describe('CORS', () => {
  it('lets an allowed origin read, with credentials, and tells every other origin nothing', async () => {
    for (const urlPath of [
      '/api/articles',
      '/api/users/me',
      '/api/nothing-here',
      '/api/articles?where[title][$ne]=x',
    ]) {
      const allowed = await request(urlPath, { headers: { origin: APP_ORIGIN } })
      expect(allowed.headers.get('access-control-allow-origin'), urlPath).toBe(APP_ORIGIN)
      expect(allowed.headers.get('access-control-allow-credentials'), urlPath).toBe('true')
      const refused = await request(urlPath, { headers: { origin: EVIL_ORIGIN } })
      expect(refused.headers.get('access-control-allow-origin'), urlPath).toBeNull()
      expect(refused.headers.get('access-control-allow-credentials'), urlPath).toBeNull()
    }
    // Refusals made before Payload sees the request (a body that cannot be read) carry them too,
    // or the allowed site could not read why it was refused.
    for (const [label, init] of [
      [
        'malformed body',
        { method: 'POST', body: '{"name":', headers: { 'content-type': 'application/json' } },
      ],
      [
        'body too large',
        {
          method: 'POST',
          body: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
          headers: { 'content-type': 'application/json' },
        },
      ],
    ] as const) {
      const allowed = await request('/api/conditions', {
        ...init,
        headers: { ...init.headers, origin: APP_ORIGIN },
      })
      expect(allowed.status, label).toBeGreaterThanOrEqual(400)
      expect(allowed.headers.get('access-control-allow-origin'), label).toBe(APP_ORIGIN)
      const refused = await request('/api/conditions', {
        ...init,
        headers: { ...init.headers, origin: EVIL_ORIGIN },
      })
      expect(refused.headers.get('access-control-allow-origin'), label).toBeNull()
    }
  })

  it('answers preflight requests for the allowed origin only, REST and GraphQL', async () => {
    for (const urlPath of [
      '/api/articles',
      '/api/articles/1',
      '/api/graphql',
      '/api/users/login',
    ]) {
      const preflight = (origin: string) =>
        request(urlPath, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type, authorization',
          },
        })
      const allowed = await preflight(APP_ORIGIN)
      expect(allowed.status, urlPath).toBeLessThan(300)
      expect(allowed.headers.get('access-control-allow-origin'), urlPath).toBe(APP_ORIGIN)
      expect(allowed.headers.get('access-control-allow-credentials'), urlPath).toBe('true')
      expect(allowed.headers.get('access-control-allow-methods'), urlPath).toMatch(/POST/)
      expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase(), urlPath).toMatch(
        /content-type.*authorization|authorization.*content-type/,
      )
      const refused = await preflight(EVIL_ORIGIN)
      expect(refused.headers.get('access-control-allow-origin'), urlPath).toBeNull()
      expect(refused.headers.get('access-control-allow-credentials'), urlPath).toBeNull()
    }
  })
})

describe('CSRF', () => {
  async function signIn(email: string) {
    const response = await request('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    })
    expect(response.status, response.text).toBe(200)
    const cookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    return cookie!.split(';')[0]
  }

  const count = async () =>
    (await server.payload.count({ collection: 'conditions', overrideAccess: true })).totalDocs

  it('a cookie-authenticated write from a foreign origin does not act as the user', async () => {
    const cookie = await signIn(team.editor.email)
    const write = (origin: string | undefined, name: string) =>
      request('/api/conditions', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: JSON.stringify(conditionData({ name })),
      })

    const before = await count()
    const foreign = await write(EVIL_ORIGIN, 'Written from a foreign site')
    expect(foreign.status, foreign.text).toBe(403)
    const foreignGraphQL = await request('/api/graphql', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: EVIL_ORIGIN },
      body: JSON.stringify({
        query:
          'mutation { createCondition(data: { name: "Written over GraphQL from a foreign site" }) { id } }',
      }),
    })
    expect(foreignGraphQL.json.errors?.[0]?.extensions?.statusCode, foreignGraphQL.text).toBe(403)
    const foreignMe = await request('/api/users/me', { headers: { cookie, origin: EVIL_ORIGIN } })
    expect(foreignMe.json.user).toBeNull()
    expect(await count()).toBe(before)

    // Controls: the same cookie from the CMS itself, and from the allowed app, acts as the editor.
    expect((await write(server.url, 'Written from the CMS')).status).toBe(201)
    expect((await write(APP_ORIGIN, 'Written from the app')).status).toBe(201)
    expect(await count()).toBe(before + 2)
  })

  it('a bearer token is not a cookie: it works from any origin, since a foreign site cannot read it', async () => {
    const answer = await request('/api/users/me', {
      headers: { authorization: `JWT ${team.editor.token}`, origin: EVIL_ORIGIN },
    })
    expect(answer.json.user.email).toBe(team.editor.email)
  })
})

describe('login lockout', () => {
  const attempt = (email: string, password: string) =>
    request('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })

  it('answers an unknown email and a wrong password alike, and locks an account for 10 minutes after 5 failures', async () => {
    const email = 'locked-out@example.com'
    const user = await server.payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: 'Lou Locked', roles: ['author'] } as never,
      overrideAccess: true,
    })

    const unknown = await attempt('no-such-user@example.com', 'a wrong password here')
    expect(unknown.status).toBe(401)
    const failures = []
    for (let count = 1; count <= 5; count += 1)
      failures.push(await attempt(email, `wrong password number ${count}`))
    const lockedAt = Date.now()
    for (const failure of failures) {
      // Same status and the same body: nothing tells an existing account from an unknown one.
      expect(failure.status).toBe(unknown.status)
      expect(failure.json).toEqual(unknown.json)
    }
    expect(unknown.json.errors[0].message).toMatch(/email or password provided is incorrect/i)

    // Locked: the right password is refused, and no session is handed out.
    const refused = await attempt(email, PASSWORD)
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    expect(refused.json.token).toBeUndefined()
    expect(
      refused.headers.getSetCookie().filter((cookie) => /^payload-token=[^;]/.test(cookie)),
    ).toEqual([])

    const stored = await server.payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    const lockUntil = new Date(String((stored as { lockUntil?: string }).lockUntil)).getTime()
    expect(
      Math.abs(lockUntil - lockedAt - LOCK_MINUTES * 60_000),
      `lockUntil ${String((stored as { lockUntil?: string }).lockUntil)}`,
    ).toBeLessThan(30_000)

    // Still locked a moment before the ten minutes are up; open again once they have passed.
    await server.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { lockUntil: new Date(Date.now() + 5_000).toISOString() },
    })
    expect((await attempt(email, PASSWORD)).status).toBe(refused.status)
    await server.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { lockUntil: new Date(Date.now() - 1_000).toISOString() },
    })
    const after = await attempt(email, PASSWORD)
    expect(after.status, after.text).toBe(200)
    expect(after.json.token).toEqual(expect.any(String))
  })

  it('an admin can unlock an account before the time is up', async () => {
    const email = 'unlock-me@example.com'
    await server.payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: 'Una Unlock', roles: ['author'] } as never,
      overrideAccess: true,
    })
    for (let count = 1; count <= 5; count += 1)
      await attempt(email, `wrong password number ${count}`)
    expect((await attempt(email, PASSWORD)).status).not.toBe(200)
    const byAuthor = await request('/api/users/unlock', {
      method: 'POST',
      headers: { authorization: `JWT ${team.author.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    expect(byAuthor.status).toBe(403)
    const byAdmin = await request('/api/users/unlock', {
      method: 'POST',
      headers: { authorization: `JWT ${team.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    expect(byAdmin.status, byAdmin.text).toBe(200)
    expect((await attempt(email, PASSWORD)).status).toBe(200)
  })
})

describe('session cookies', () => {
  function parseCookie(setCookie: string) {
    const [pair, ...attributes] = setCookie.split(';').map((part) => part.trim())
    const flags = new Map(
      attributes.map((attribute) => {
        const [name, ...value] = attribute.split('=')
        return [name.toLowerCase(), value.join('=')] as const
      }),
    )
    return { pair, flags }
  }

  it('are HttpOnly and SameSite=Lax, and not Secure on plain HTTP in test mode', async () => {
    const login = await request('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: team.author.email, password: PASSWORD }),
    })
    const cookie = parseCookie(
      login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))!,
    )
    expect(cookie.flags.has('httponly')).toBe(true)
    expect(cookie.flags.get('samesite')).toBe('Lax')
    expect(cookie.flags.get('path')).toBe('/')
    expect(cookie.flags.has('secure')).toBe(false)
  })

  describe('in production', () => {
    let database: TestDatabase
    let production: ServerProcess
    let mediaDir: string

    beforeAll(async () => {
      database = await createTestDatabase()
      mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-headers-media-'))
      const port = String(await getPort())
      production = await startServerProcess(
        {
          NODE_ENV: 'production',
          PAYLOAD_SECRET: randomBytes(32).toString('hex'),
          PORT: port,
          HOST: '127.0.0.1',
          // Behind a TLS-terminating proxy, as in production: the public URL is https.
          SERVER_URL: 'https://cms.example',
          CORS_ORIGINS: APP_ORIGIN,
          DATABASE_URI: database.uri,
          MEDIA_DIR: mediaDir,
          API_ONLY: 'true',
          SEED_DEMO: 'false',
          JOBS_AUTORUN: 'false',
          LOG_LEVEL: 'warn',
          RATE_LIMIT_LOGIN_PER_15_MIN: '0',
        },
        120_000,
      )
    }, 180_000)

    afterAll(async () => {
      await production?.stop('SIGTERM')
      await database?.drop()
      if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
    })

    it('session cookies are Secure, HttpOnly and SameSite=Lax; answers carry HSTS', async () => {
      const base = production.url
      const register = await request('/api/users/first-register', {
        base,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email: 'admin@example.com', password: PASSWORD, name: 'Ada Admin' }),
      })
      expect(register.status, register.text).toBe(200)
      for (const [label, urlPath, body] of [
        ['login', '/api/users/login', { email: 'admin@example.com', password: PASSWORD }],
        ['refresh', '/api/users/refresh-token', undefined],
      ] as const) {
        const token =
          label === 'refresh'
            ? (
                await request('/api/users/login', {
                  base,
                  method: 'POST',
                  headers: { 'content-type': 'application/json' },
                  body: JSON.stringify({ email: 'admin@example.com', password: PASSWORD }),
                })
              ).json.token
            : undefined
        const answer = await request(urlPath, {
          base,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-proto': 'https',
            ...(token ? { authorization: `JWT ${token}` } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        })
        expect(answer.status, `${label}: ${answer.text}`).toBe(200)
        const cookie = parseCookie(
          answer.headers.getSetCookie().find((value) => value.startsWith('payload-token='))!,
        )
        expect(cookie.flags.has('secure'), label).toBe(true)
        expect(cookie.flags.has('httponly'), label).toBe(true)
        expect(cookie.flags.get('samesite'), label).toBe('Lax')
        expectApiHeaders(label, answer.headers)
        expect(answer.headers.get('strict-transport-security'), label).toBe(
          'max-age=15552000; includeSubDomains',
        )
      }
      const logout = await request('/api/users/logout', {
        base,
        method: 'POST',
        headers: { cookie: 'payload-token=x', origin: 'https://cms.example' },
      })
      for (const setCookie of logout.headers
        .getSetCookie()
        .filter((value) => value.startsWith('payload-token='))) {
        expect(parseCookie(setCookie).flags.has('secure')).toBe(true)
      }
      const admin = await request('/admin', { base })
      expectUiHeaders('/admin in production', admin.headers)
      expect(admin.headers.get('strict-transport-security')).toBe(
        'max-age=15552000; includeSubDomains',
      )
    })
  })
})

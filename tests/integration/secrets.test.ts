import { createHmac, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withPgClient } from '../../src/db/pgClient'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { TINY_PNG } from '../helpers/fixtures'
import { startServerProcess, type ServerProcess } from '../helpers/process'

/**
 * Secrets never leave: the real server, as its own process in production mode (as `npm start`
 * runs it, with every line it writes captured), is driven through sign-in, password reset,
 * API keys, user listings, errors of every kind and a server fault. No response body or
 * header, and no line of its output, may contain a password hash or salt, a reset token, an
 * API key (as sent, as stored, or its index), PAYLOAD_SECRET or a stack trace.
 */

let database: TestDatabase
let server: ServerProcess
let mediaDir: string
const PAYLOAD_SECRET = randomBytes(32).toString('hex')
const API_KEY = randomBytes(24).toString('hex')
const PASSWORD = 'a long and correct password'
const NEW_PASSWORD = 'a new long and correct password'

interface Recorded {
  label: string
  status: number
  headers: string
  body: string
}

/** Every response of the test, checked at the end against every secret known by then. */
const responses: Recorded[] = []
/** Reset tokens seen in the database over the run (each reset clears the one before). */
const resetTokens = new Set<string>()

interface Call {
  method?: string
  body?: unknown
  rawBody?: BodyInit
  token?: string
  apiKey?: string
  cookie?: string
  headers?: Record<string, string>
}

async function call(
  label: string,
  urlPath: string,
  { method = 'GET', body, rawBody, token, apiKey, cookie, headers = {} }: Call = {},
) {
  const all: Record<string, string> = { ...headers }
  if (token) all.authorization = `JWT ${token}`
  if (apiKey) all.authorization = `users API-Key ${apiKey}`
  if (cookie) all.cookie = cookie
  if (body !== undefined) all['content-type'] ??= 'application/json'
  const response = await fetch(`${server.url}${urlPath}`, {
    method,
    headers: all,
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const text = await response.text()
  const headerText = [...response.headers.entries()]
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')
  responses.push({
    label: `${method} ${urlPath} (${label})`,
    status: response.status,
    headers: headerText,
    body: text,
  })
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, headers: response.headers }
}

const graphql = (
  label: string,
  query: string,
  variables?: Record<string, unknown>,
  auth: Pick<Call, 'apiKey' | 'token'> = {},
) => call(label, '/api/graphql', { method: 'POST', body: { query, variables }, ...auth })

interface UserRow {
  email: string
  hash: string | null
  salt: string | null
  reset_password_token: string | null
  api_key: string | null
  api_key_index: string | null
}

/** The secret columns of every user, read from the database itself (not through the API). */
async function readUserRows(): Promise<UserRow[]> {
  const sql = 'select email, hash, salt, reset_password_token, api_key, api_key_index from users'
  if (database.kind === 'postgres') {
    return (await withPgClient(database.uri, (client) => client.query<UserRow>(sql))).rows
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: database.uri })
  try {
    return (await client.execute(sql)).rows as unknown as UserRow[]
  } finally {
    client.close()
  }
}

async function rememberResetTokens(): Promise<void> {
  for (const row of await readUserRows())
    if (row.reset_password_token) resetTokens.add(row.reset_password_token)
}

/** A stack frame: "    at fn (file:line:col)", raw or inside a JSON string. */
const STACK_FRAME = /(^|\n|\\n)\s+at \S.*(:\d+:\d+\)?|\(native\)|<anonymous>)/

const tokens: Record<string, string> = {}
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  database = await createTestDatabase()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-secrets-media-'))
  const port = String(await getPort())
  // Production as `npm start` runs it, API only. No SMTP: the mail would go to the log, which
  // must then not show it. Logs at debug, so that every line the server can write is seen.
  server = await startServerProcess(
    {
      NODE_ENV: 'production',
      PAYLOAD_SECRET,
      PORT: port,
      HOST: '127.0.0.1',
      SERVER_URL: `http://127.0.0.1:${port}`,
      DATABASE_URI: database.uri,
      MEDIA_DIR: mediaDir,
      API_ONLY: 'true',
      SEED_DEMO: 'false',
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'debug',
      RATE_LIMIT_ANON_PER_MINUTE: '0',
      RATE_LIMIT_AUTH_PER_MINUTE: '0',
      RATE_LIMIT_LOGIN_PER_15_MIN: '0',
    },
    120_000,
  )
}, 180_000)

afterAll(async () => {
  await server?.stop('SIGTERM')
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe('secrets never leave the server', () => {
  it('sign-in, sign-up and accounts', async () => {
    const first = await call('first user', '/api/users/first-register', {
      method: 'POST',
      body: { email: 'admin@example.com', password: PASSWORD, name: 'Ada Admin' },
    })
    expect(first.status, first.text).toBe(200)
    const login = await call('login', '/api/users/login', {
      method: 'POST',
      body: { email: 'admin@example.com', password: PASSWORD },
    })
    expect(login.status, login.text).toBe(200)
    tokens.admin = login.json.token
    expect(login.headers.get('set-cookie')).toMatch(/payload-token=/)

    const create = async (label: string, data: Record<string, unknown>) => {
      const created = await call(label, '/api/users', {
        method: 'POST',
        body: { password: PASSWORD, ...data },
        token: tokens.admin,
      })
      expect(created.status, created.text).toBe(201)
      return created.json.doc.id as number | string
    }
    ids.editor = await create('editor', {
      email: 'editor@example.com',
      name: 'Eli Editor',
      roles: ['editor'],
    })
    ids.reviewer = await create('reviewer', {
      email: 'reviewer@example.com',
      name: 'Dr. Rosa Reyes',
      roles: ['medical-reviewer'],
      credentials: ['MD'],
      licenseNumber: 'A123456',
      licenseState: 'CA',
    })
    ids.preview = await create('API key user', {
      email: 'preview@example.com',
      name: 'Preview',
      roles: ['frontend-preview'],
      enableAPIKey: true,
      apiKey: API_KEY,
    })
    tokens.editor = (
      await call('editor login', '/api/users/login', {
        method: 'POST',
        body: { email: 'editor@example.com', password: PASSWORD },
      })
    ).json.token

    // Refusals: a wrong password, an unknown account, a duplicate, a short password, bad types.
    expect(
      (
        await call('wrong password', '/api/users/login', {
          method: 'POST',
          body: { email: 'editor@example.com', password: 'not the password at all' },
        })
      ).status,
    ).toBe(401)
    expect(
      (
        await call('unknown email', '/api/users/login', {
          method: 'POST',
          body: { email: 'nobody@example.com', password: PASSWORD },
        })
      ).status,
    ).toBe(401)
    expect(
      (
        await call('duplicate email', '/api/users', {
          method: 'POST',
          body: { email: 'editor@example.com', password: PASSWORD, name: 'Twin' },
          token: tokens.admin,
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await call('short password', '/api/users', {
          method: 'POST',
          body: { email: 'short@example.com', password: 'short', name: 'Short' },
          token: tokens.admin,
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await call('login with an object', '/api/users/login', {
          method: 'POST',
          body: { email: { $ne: null }, password: { $ne: null } },
        })
      ).status,
    ).toBe(400)

    // Who am I, by every kind of credential; and a token signed with another secret.
    for (const [label, auth] of [
      ['JWT', { token: tokens.admin }],
      ['cookie', { cookie: `payload-token=${tokens.admin}`, headers: { origin: server.url } }],
      ['API key', { apiKey: API_KEY }],
      ['anonymous', {}],
      ['forged JWT', { token: forgedToken() }],
      ['wrong API key', { apiKey: 'f'.repeat(48) }],
    ] as const) {
      const me = await call(`me by ${label}`, '/api/users/me', auth)
      expect(me.status, `${label}: ${me.text}`).toBeLessThan(500)
    }
    expect(
      (
        await call('me by cookie', '/api/users/me', {
          cookie: `payload-token=${tokens.admin}`,
          headers: { origin: server.url },
        })
      ).json.user.email,
    ).toBe('admin@example.com')
    expect(
      (await call('me by forged JWT', '/api/users/me', { token: forgedToken() })).json.user,
    ).toBeNull()

    // Listings and single users, as the admin sees them, including attempts to select secrets.
    for (const query of [
      '?depth=2&limit=100',
      '?select[hash]=true&select[salt]=true&select[apiKey]=true',
      '?showHiddenFields=true',
      '?where[email][like]=example',
    ]) {
      expect(
        (await call('users list as admin', `/api/users${query}`, { token: tokens.admin })).status,
      ).toBe(200)
    }
    for (const id of Object.values(ids))
      expect(
        (await call('user as admin', `/api/users/${id}?depth=2`, { token: tokens.admin })).status,
      ).toBe(200)
    expect(
      (await call('filter on hash', '/api/users?where[hash][exists]=true', { token: tokens.admin }))
        .status,
    ).toBe(400)
    expect(
      (await call('users as editor', '/api/users?depth=1', { token: tokens.editor })).status,
    ).toBe(200)
    expect((await call('users anonymously', '/api/users')).status).toBe(403)
    const gqlUsers = await graphql(
      'users over GraphQL',
      '{ Users(limit: 100) { docs { id email name roles enableAPIKey apiKey licenseNumber } } meUser { token user { email } } }',
      undefined,
      { token: tokens.admin },
    )
    expect(gqlUsers.status, gqlUsers.text).toBe(200)
    const gqlLogin = await graphql(
      'login over GraphQL',
      'mutation($email: String!, $password: String) { loginUser(email: $email, password: $password) { token user { email apiKey } } }',
      { email: 'preview@example.com', password: PASSWORD },
    )
    expect(gqlLogin.json.data.loginUser.token).toEqual(expect.any(String))
    // The preview key reads its own record (what `me` answers), never the key, and no other user record.
    const meByKey = await call('me by API key', '/api/users/me', { apiKey: API_KEY })
    expect(meByKey.status).toBe(200)
    expect(meByKey.json.user.email).toBe('preview@example.com')
    expect(
      (
        await graphql(
          'me by API key over GraphQL',
          '{ meUser { user { email apiKey enableAPIKey } } }',
          undefined,
          { apiKey: API_KEY },
        )
      ).json.data.meUser.user,
    ).toMatchObject({ email: 'preview@example.com', apiKey: null })
    expect((await call('users by API key', '/api/users', { apiKey: API_KEY })).status).toBe(403)
    expect(
      (await call('another user by API key', `/api/users/${ids.editor}`, { apiKey: API_KEY }))
        .status,
    ).toBe(403)
    // The API key signs in: a draft is there for it, and not for an anonymous caller.
    const draft = await call('draft article', '/api/articles', {
      method: 'POST',
      token: tokens.editor,
      body: {
        title: 'Draft for the preview key',
        references: [{ title: 'A source', url: 'https://example.org/source' }],
      },
    })
    expect(draft.status, draft.text).toBe(201)
    expect(
      (
        await call('draft by API key', `/api/articles/${draft.json.doc.id}?draft=true`, {
          apiKey: API_KEY,
        })
      ).status,
    ).toBe(200)
    expect(
      (await call('draft anonymously', `/api/articles/${draft.json.doc.id}?draft=true`)).status,
    ).toBe(404)
    expect(
      (await call('content by API key', '/api/articles?draft=true&depth=2', { apiKey: API_KEY }))
        .status,
    ).toBe(200)
    expect((await call('access', '/api/access', { token: tokens.admin })).status).toBe(200)
  })

  it('password reset', async () => {
    expect(
      (
        await call('forgot, known account', '/api/users/forgot-password', {
          method: 'POST',
          body: { email: 'editor@example.com' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await call('forgot, unknown account', '/api/users/forgot-password', {
          method: 'POST',
          body: { email: 'nobody@example.com' },
        })
      ).status,
    ).toBe(200)
    await rememberResetTokens()
    const [token] = [...resetTokens]
    expect(token, 'forgot-password stored a reset token').toEqual(
      expect.stringMatching(/^[0-9a-f]{40}$/),
    )

    expect(
      (
        await call('reset with a wrong token', '/api/users/reset-password', {
          method: 'POST',
          body: { token: 'f'.repeat(40), password: NEW_PASSWORD },
        })
      ).status,
    ).toBeGreaterThanOrEqual(400)
    const reset = await call('reset with the token', '/api/users/reset-password', {
      method: 'POST',
      body: { token, password: NEW_PASSWORD },
    })
    expect(reset.status, reset.text).toBe(200)
    expect(
      (
        await call('reset with a used token', '/api/users/reset-password', {
          method: 'POST',
          body: { token, password: PASSWORD },
        })
      ).status,
    ).toBeGreaterThanOrEqual(400)
    // A reset ends the account's sessions: sign in again with the new password.
    const again = await call('login with the new password', '/api/users/login', {
      method: 'POST',
      body: { email: 'editor@example.com', password: NEW_PASSWORD },
    })
    expect(again.status, again.text).toBe(200)
    tokens.editor = again.json.token

    // A live token for the end: asked for over GraphQL this time.
    expect(
      (
        await graphql(
          'forgot over GraphQL',
          'mutation { forgotPasswordUser(email: "reviewer@example.com") }',
        )
      ).status,
    ).toBe(200)
    await rememberResetTokens()
    expect(resetTokens.size).toBe(2)
    expect(
      (
        await call('unlock', '/api/users/unlock', {
          method: 'POST',
          body: { email: 'reviewer@example.com' },
          token: tokens.admin,
        })
      ).status,
    ).toBe(200)
  })

  it('errors of every kind, and a server fault', async () => {
    const probes: Array<[string, string, Call, number]> = [
      ['unknown route', '/api/nothing-here', {}, 404],
      ['unknown document', '/api/articles/999999', {}, 404],
      [
        'invalid JSON',
        '/api/articles',
        {
          method: 'POST',
          rawBody: '{"title": ',
          headers: { 'content-type': 'application/json' },
          token: tokens.editor,
        },
        400,
      ],
      [
        'validation error',
        '/api/articles',
        { method: 'POST', body: { title: '' }, token: tokens.editor },
        400,
      ],
      [
        'wrong type',
        '/api/articles',
        { method: 'POST', body: { title: ['x'] }, token: tokens.editor },
        400,
      ],
      ['forbidden', '/api/webhooks', { token: tokens.editor }, 403],
      ['unknown operator', '/api/articles?where[title][$ne]=x', {}, 400],
      ['hidden field filter', '/api/articles?where[internalNotes][equals]=x', {}, 400],
      [
        'body too large',
        '/api/conditions',
        {
          method: 'POST',
          rawBody: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
          headers: { 'content-type': 'application/json' },
          token: tokens.editor,
        },
        413,
      ],
      ['versions of users', '/api/users/versions', { token: tokens.admin }, 404],
      [
        'upload that is not an image',
        '/api/media',
        {
          method: 'POST',
          rawBody: upload(Buffer.from('not an image'), 'x.png'),
          token: tokens.editor,
        },
        400,
      ],
      [
        'invalid UTF-8',
        '/api/articles',
        {
          method: 'POST',
          rawBody: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
          headers: { 'content-type': 'application/json' },
          token: tokens.editor,
        },
        400,
      ],
    ]
    for (const [label, urlPath, options, status] of probes) {
      const answer = await call(label, urlPath, options)
      expect(answer.status, `${label}: ${answer.text}`).toBe(status)
      expect(answer.json?.errors?.[0]?.message, label).toEqual(expect.any(String))
    }
    // GraphQL over HTTP: 400 for a request that cannot run, 200 once it ran, with the refusal's code.
    for (const [label, query, expected, code] of [
      ['syntax error', '{ Articles { ', 400, 'graphql-parse-failed'],
      ['unknown field', '{ Articles { docs { secret } } }', 400, 'graphql-validation-failed'],
      ['missing document', '{ Article(id: 999999) { title } }', 200, 'not-found'],
      [
        'introspection (off in production)',
        '{ __schema { types { name } } }',
        400,
        'graphql-validation-failed',
      ],
      ['forbidden', '{ Webhooks { docs { id } } }', 200, 'forbidden'],
    ] as const) {
      const answer = await call(label, '/api/graphql', {
        method: 'POST',
        body: { query },
        token: tokens.editor,
        headers: { accept: 'application/graphql-response+json' },
      })
      expect(answer.status, `${label}: ${answer.text}`).toBe(expected)
      expect(answer.json.errors[0].extensions.code, label).toBe(code)
    }

    // A server fault: the media directory replaced by a file, so storing an upload fails.
    fs.rmSync(mediaDir, { recursive: true, force: true })
    fs.writeFileSync(mediaDir, 'not a directory')
    try {
      const fault = await call('server fault', '/api/media', {
        method: 'POST',
        rawBody: upload(TINY_PNG, 'pixel.png'),
        token: tokens.editor,
      })
      expect(fault.status, fault.text).toBeGreaterThanOrEqual(500)
      expect(fault.json.errors[0].message).toEqual(expect.any(String))
    } finally {
      fs.rmSync(mediaDir, { force: true })
      fs.mkdirSync(mediaDir)
    }
    expect(
      (await call('logout', '/api/users/logout', { method: 'POST', token: tokens.editor })).status,
    ).toBe(200)
  })

  it('appear in no response body or header', async () => {
    const secrets = await knownSecrets()
    expect(responses.length).toBeGreaterThan(50)
    for (const response of responses) {
      for (const [name, value] of secrets) {
        expect(
          response.body.includes(value),
          `${response.label} (${response.status}) shows ${name} in its body`,
        ).toBe(false)
        expect(
          response.headers.includes(value),
          `${response.label} (${response.status}) shows ${name} in a header`,
        ).toBe(false)
      }
      expect(
        response.body,
        `${response.label} (${response.status}) shows a stack trace`,
      ).not.toMatch(STACK_FRAME)
    }
  })

  it('appear in no line the server writes, which carries no stack trace in production', async () => {
    const secrets = await knownSecrets()
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '')
    // The log is really there and really at debug: request lines, the fault, the unsent mail.
    expect(lines.length).toBeGreaterThan(responses.length)
    expect(lines.some((line) => line.includes('"statusCode":500') || /"level":50/.test(line))).toBe(
      true,
    )
    expect(lines.some((line) => line.includes('no SMTP_HOST configured'))).toBe(true)
    for (const line of lines) {
      for (const [name, value] of secrets)
        expect(line.includes(value), `a log line shows ${name}: ${line.slice(0, 300)}`).toBe(false)
      expect(line, 'a log line with a stack trace').not.toMatch(STACK_FRAME)
    }
  })
})

/** Every secret known at the end, by name: from the database, from the run, from the settings. */
async function knownSecrets(): Promise<Array<[string, string]>> {
  await rememberResetTokens()
  const rows = await readUserRows()
  const secrets: Array<[string, string]> = [
    ['PAYLOAD_SECRET', PAYLOAD_SECRET],
    ['the API key', API_KEY],
    ...[...resetTokens].map((token): [string, string] => ['a reset token', token]),
  ]
  for (const row of rows) {
    for (const column of ['hash', 'salt', 'api_key', 'api_key_index'] as const) {
      const value = row[column]
      if (value) secrets.push([`the ${column} of ${row.email}`, value])
    }
  }
  // Every user has a hash and a salt; the API-key user's key is stored (encrypted) and indexed.
  expect(rows.length).toBe(4)
  expect(secrets.filter(([name]) => /hash|salt/.test(name))).toHaveLength(2 * rows.length)
  expect(secrets.some(([name]) => name.startsWith('the api_key_index'))).toBe(true)
  return secrets
}

/** A JWT for the admin, well formed but signed with another secret. */
function forgedToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const head = encode({ alg: 'HS256', typ: 'JWT' })
  const body = encode({
    id: 1,
    collection: 'users',
    email: 'admin@example.com',
    exp: Math.floor(Date.now() / 1000) + 3600,
  })
  const signature = createHmac('sha256', 'not-the-secret')
    .update(`${head}.${body}`)
    .digest('base64url')
  return `${head}.${body}.${signature}`
}

function upload(bytes: Buffer, filename: string): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify({ alt: 'Secret test upload' }))
  return form
}

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ApolloClient, HttpLink, InMemoryCache, gql } from 'apollo-client-3/core'
import { createPersistedQueryLink } from 'apollo-client-3/link/persisted-queries'
import { print } from 'graphql'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { conditionData, PASSWORD } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * The production-like settings a frontend meets: rate limits that count work, not cache hits,
 * behind a proxy (TRUST_PROXY); a `frontend` API key with its own limit; an allowlist of
 * persisted GraphQL operations; configured CORS; media linked through a CDN.
 */

const ANON_PER_MINUTE = 5
const FRONTEND_PER_MINUTE = 8
const FRONTEND_KEY = 'frontend-key-limits-0123456789abcdef01234'
const APP_ORIGIN = 'https://app.example'
const CDN_MEDIA = 'https://cdn.harborlight.example/media'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const LISTED = gql('query Conditions { Conditions(sort: "name") { docs { name } } }')
/** The text Apollo Client sends (its cache adds `__typename`), as Apollo's manifest generator writes it. */
const LISTED_BODY = print(new InMemoryCache().transformDocument(LISTED))

let server: TestServer
let editorToken: string
let manifestDir: string

beforeAll(async () => {
  manifestDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-manifest-'))
  const manifest = path.join(manifestDir, 'persisted-query-manifest.json')
  fs.writeFileSync(
    manifest,
    JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [
        { id: sha256(LISTED_BODY), name: 'Conditions', type: 'query', body: LISTED_BODY },
      ],
    }),
  )
  server = await startTestServer({
    env: {
      RATE_LIMIT_ANON_PER_MINUTE: String(ANON_PER_MINUTE),
      RATE_LIMIT_AUTH_PER_MINUTE: '100000',
      RATE_LIMIT_FRONTEND_PER_MINUTE: String(FRONTEND_PER_MINUTE),
      TRUST_PROXY: 'loopback',
      GRAPHQL_PERSISTED_QUERIES: 'allowlist',
      GRAPHQL_PERSISTED_QUERY_MANIFEST: manifest,
      CORS_ORIGINS: APP_ORIGIN,
      CORS_ALLOWED_HEADERS: 'content-type, authorization, x-site-variant',
      CORS_EXPOSED_HEADERS: 'etag, ratelimit',
      CORS_MAX_AGE: '60',
      MEDIA_URL: CDN_MEDIA,
    },
  })
  // Set up through the Local API: every HTTP request from this address counts against the limits under test.
  const { payload } = server
  await payload.create({
    collection: 'users',
    data: {
      email: 'admin@example.com',
      password: PASSWORD,
      name: 'Ada Admin',
      roles: ['admin'],
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'users',
    data: {
      email: 'editor@example.com',
      password: PASSWORD,
      name: 'Eli Editor',
      roles: ['editor'],
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'users',
    data: {
      email: 'website@example.com',
      password: PASSWORD,
      name: 'Website',
      roles: ['frontend'],
      enableAPIKey: true,
      apiKey: FRONTEND_KEY,
    } as never,
    overrideAccess: true,
  })
  editorToken = (
    await payload.login({
      collection: 'users',
      data: { email: 'editor@example.com', password: PASSWORD },
    })
  ).token!
  for (const name of ['Insomnia', 'Anxiety']) {
    const created = await server.api.post(
      '/api/conditions',
      { ...conditionData({ name, icd10: ['F51'] }), _status: 'published' },
      { token: editorToken },
    )
    expect(created.status).toBe(201)
  }
})

afterAll(async () => {
  await server?.close()
  fs.rmSync(manifestDir, { recursive: true, force: true })
})

const from = (address: string, headers: Record<string, string> = {}) => ({
  'x-forwarded-for': address,
  ...headers,
})
const get = (urlPath: string, headers: Record<string, string>) =>
  fetch(`${server.url}${urlPath}`, { headers })

describe('rate limits', () => {
  it('count the answers that made the server work, not cache hits or 304s, per client address behind a proxy', async () => {
    const client = from('203.0.113.1')
    const first = await get('/api/conditions?limit=1', client)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('ratelimit')).toMatch(/remaining=4/)
    const etag = first.headers.get('etag')!
    for (let i = 0; i < 20; i += 1) {
      const hit = await get(
        '/api/conditions?limit=1',
        i % 2 === 0 ? client : { ...client, 'if-none-match': etag },
      )
      expect(hit.status).toBe(i % 2 === 0 ? 200 : 304)
    }
    const misses = []
    for (let page = 1; page <= ANON_PER_MINUTE; page += 1)
      misses.push(await get(`/api/conditions?limit=1&page=${page + 1}`, client))
    expect(misses.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 429])
    const refused = misses[4]
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).errors[0]).toMatchObject({
      code: 'rate-limited',
      rule: 'rate-limit',
      data: { rule: 'rate-limit' },
    })
    // Past the limit, what is cached is still served.
    expect((await get('/api/conditions?limit=1', client)).headers.get('x-cache')).toBe('HIT')
    // Another address behind the same proxy has its own allowance.
    expect((await get('/api/conditions?limit=1&page=9', from('203.0.113.2'))).status).toBe(200)
  })

  it('give a frontend key its own limit, shared by every address its servers call from', async () => {
    const key = { authorization: `users API-Key ${FRONTEND_KEY}` }
    const statuses = []
    for (let page = 1; page <= FRONTEND_PER_MINUTE + 1; page += 1) {
      statuses.push(
        (
          await get(
            `/api/conditions?limit=1&sort=name&page=${page}`,
            from(`198.51.100.${page}`, key),
          )
        ).status,
      )
    }
    expect(statuses).toEqual([...Array(FRONTEND_PER_MINUTE).fill(200), 429])
    // Its cache hits do not count either.
    expect(
      (
        await get('/api/conditions?limit=1&sort=name&page=1', from('198.51.100.1', key))
      ).headers.get('x-cache'),
    ).toBe('HIT')
  })
})

describe('persisted query allowlist', () => {
  it('runs only the manifest operations, by hash (Apollo over GET) or by text, and refuses any other query before running it', async () => {
    const apollo = new ApolloClient({
      cache: new InMemoryCache(),
      link: createPersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
        new HttpLink({ uri: `${server.url}/api/graphql`, fetch, headers: from('203.0.113.50') }),
      ),
    })
    const listed = await apollo.query({ query: LISTED })
    expect(listed.data.Conditions.docs.map((doc: { name: string }) => doc.name)).toEqual([
      'Anxiety',
      'Insomnia',
    ])
    const post = (body: object, accept = 'application/graphql-response+json') =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: from('203.0.113.51', { 'content-type': 'application/json', accept }),
        body: JSON.stringify(body),
      })
    const byText = await post({ query: LISTED_BODY })
    expect(byText.status).toBe(200)
    const other = await post({ query: '{ Conditions { docs { name icd10 } } }' })
    expect(other.status).toBe(400)
    expect((await other.json()).errors[0].extensions.code).toBe('persisted-query-not-in-list')
    const otherAsJson = await post(
      { query: '{ Conditions { docs { name icd10 } } }' },
      'application/json',
    )
    expect(otherAsJson.status).toBe(200)
    const unknownHash = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } },
    })
    expect((await unknownHash.json()).errors[0].extensions.code).toBe('persisted-query-not-in-list')
  })
})

describe('configured CORS', () => {
  it('answers preflights with the configured headers and max-age, and exposes the configured headers', async () => {
    const preflight = await fetch(`${server.url}/api/conditions`, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-site-variant',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type, authorization, x-site-variant',
    )
    expect(preflight.headers.get('access-control-max-age')).toBe('60')
    const read = await get('/api/conditions?limit=1', from('203.0.113.60', { origin: APP_ORIGIN }))
    expect(read.headers.get('access-control-expose-headers')).toBe('etag, ratelimit')
  })
})

describe('media behind a CDN', () => {
  it('links files through MEDIA_URL, image sizes included, while the API still serves them', async () => {
    // Large enough for a thumbnail to be made.
    const png = await sharp({
      create: { width: 400, height: 400, channels: 3, background: '#0f4c5c' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'teal.png')
    form.append('_payload', JSON.stringify({ alt: 'Through the CDN' }))
    const uploaded = await server.api.request('POST', '/api/media', undefined, {
      token: editorToken,
      rawBody: form,
    })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const { filename, url, sizes } = uploaded.body.doc
    expect(url).toBe(`${CDN_MEDIA}/${filename}`)
    expect(sizes.thumbnail.url).toBe(`${CDN_MEDIA}/${sizes.thumbnail.filename}`)
    const read = await get(`/api/media/${uploaded.body.doc.id}`, from('203.0.113.70'))
    expect((await read.json()).url).toBe(`${CDN_MEDIA}/${filename}`)
    // The CDN's origin: the API's own file route.
    expect((await get(`/api/media/file/${filename}`, from('203.0.113.70'))).status).toBe(200)
  })
})

import fs from 'node:fs'
import path from 'node:path'

import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishArticlePage, type ArticlePage } from '../helpers/articlePage'
import {
  articleData,
  clinicLocationData,
  conditionData,
  createTeam,
  disclosureData,
  mediaUpload,
  PASSWORD,
  TINY_PNG,
  treatmentData,
  type Team,
} from '../helpers/fixtures'
import { schemaProblems } from '../helpers/jsonSchema'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * The OpenAPI document: valid OpenAPI 3.1 (checked by a real validator), current (what the
 * server serves is the committed file), and true: every operation it documents is called
 * against the live server and must answer with a documented status and a body of the
 * documented shape.
 */

const COMMITTED = path.resolve(import.meta.dirname, '../../src/generated/openapi.json')

let server: TestServer
let team: Team
let page: ArticlePage
let committed: any
const ids: Record<string, number | string> = {}
const throwaway: Record<string, Array<number | string>> = {}
let filename: string
let versionIds: Record<string, number | string>
/** Drafts of each medical collection, for the submission and review samples. */
const drafts: Record<string, number | string> = {}
/** A session of its own for the logout sample, so the other samples keep theirs. */
let logoutToken: string

/** Data a create accepts, per collection (writes go as the admin). */
const CREATE: Record<string, () => Record<string, unknown>> = {
  articles: () => articleData({ title: 'Sampled article' }),
  'treatment-options': () => treatmentData({ name: 'Sampled treatment' }),
  'risk-disclosures': () => disclosureData({ title: 'Sampled disclosure' }),
  'clinic-locations': () => clinicLocationData({ name: 'Sampled clinic' }),
  conditions: () => conditionData({ name: 'Sampled condition' }),
  media: () => ({ alt: 'Sampled upload' }),
  users: () => ({
    email: `sampled-${Date.now()}@example.com`,
    password: PASSWORD,
    name: 'Sampled user',
    roles: ['author'],
  }),
  'review-records': () => ({ comment: 'Written by hand' }),
  releases: () => ({ name: 'Sampled release', members: [] }),
  'account-audit': () => ({ field: 'roles', to: '["admin"]' }),
  webhooks: () => ({
    name: 'Sampled webhook',
    url: 'https://example.org/hook',
    events: ['publish'],
    collections: ['articles'],
    secret: 'a-shared-secret-for-the-sampler',
  }),
  'webhook-deliveries': () => ({
    deliveryId: 'x',
    event: 'publish',
    targetCollection: 'articles',
    documentId: '1',
    attempt: 1,
  }),
}

/** A change an update accepts, per collection. */
const UPDATE: Record<string, Record<string, unknown>> = {
  articles: { summary: 'Sampled summary' },
  'treatment-options': { onset: 'Within days' },
  'risk-disclosures': { mitigation: 'Sampled mitigation' },
  'clinic-locations': { phone: '+16195550142' },
  conditions: { description: 'Sampled description' },
  media: { caption: 'Sampled caption' },
  users: { specialty: 'Sampled specialty' },
  'review-records': { comment: 'Rewritten' },
  releases: { description: 'Sampled description' },
  'account-audit': { to: '["admin"]' },
  webhooks: { active: false },
  'webhook-deliveries': { attempt: 2 },
}

/** Writes nobody may make through an API: the workflow and the webhook runner write these. */
const NO_API_WRITES = new Set(['review-records', 'account-audit', 'webhook-deliveries'])
/** Audit trails: nobody deletes their rows, admins included. */
const APPEND_ONLY = new Set(['review-records', 'account-audit'])
/** The content hash each submission pinned, for the review that follows it. */
const submittedHash: Record<string, string> = {}

async function seedThrowaways(collection: string, count: number): Promise<void> {
  throwaway[collection] = []
  for (let index = 0; index < count; index += 1) {
    const medical = ['articles', 'treatment-options', 'risk-disclosures'].includes(collection)
    const data =
      collection === 'users'
        ? { ...CREATE.users(), email: `throwaway-${index}@example.com` }
        : { ...CREATE[collection](), ...(medical ? { authors: [team.editor.id] } : {}) }
    const created = await server.payload.create({
      collection: collection as never,
      data: data as never,
      overrideAccess: true,
      ...(collection === 'media'
        ? {
            file: {
              data: TINY_PNG,
              mimetype: 'image/png',
              name: `throwaway-${index}.png`,
              size: TINY_PNG.length,
            },
          }
        : {}),
    } as never)
    throwaway[collection].push((created as { id: number | string }).id)
  }
}

beforeAll(async () => {
  committed = JSON.parse(fs.readFileSync(COMMITTED, 'utf8'))
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  page = await publishArticlePage(server.api, team)
  Object.assign(ids, {
    articles: page.article,
    'treatment-options': page.treatment,
    'risk-disclosures': page.disclosure,
    'clinic-locations': page.clinic,
    conditions: page.condition,
    users: team.author.id,
  })
  const media = await server.api.request('POST', '/api/media', undefined, {
    token: team.editor.token,
    rawBody: mediaUpload({ alt: 'Sampled file' }),
  })
  ids.media = media.body.doc.id
  filename = media.body.doc.filename
  ids.webhooks = (
    await server.api.post('/api/webhooks', CREATE.webhooks(), { token: team.admin.token })
  ).body.doc.id
  ids.releases = (
    await server.api.post('/api/releases', CREATE.releases(), { token: team.editor.token })
  ).body.doc.id
  const records = await server.payload.find({
    collection: 'review-records',
    limit: 1,
    overrideAccess: true,
  })
  ids['review-records'] = records.docs[0].id
  const audit = await server.payload.find({
    collection: 'account-audit',
    limit: 1,
    overrideAccess: true,
  })
  ids['account-audit'] = audit.docs[0].id
  const delivery = await server.payload.create({
    collection: 'webhook-deliveries',
    data: {
      webhook: ids.webhooks,
      deliveryId: 'sampled',
      event: 'publish',
      targetCollection: 'articles',
      documentId: String(page.article),
      attempt: 1,
      ok: true,
    } as never,
    overrideAccess: true,
  })
  ids['webhook-deliveries'] = delivery.id
  for (const collection of ['articles', 'treatment-options', 'risk-disclosures']) {
    drafts[collection] = (
      await server.api.post(`/api/${collection}`, CREATE[collection](), {
        token: team.editor.token,
      })
    ).body.doc.id
  }
  logoutToken = await server.api.login('author@example.com', PASSWORD)
  for (const collection of Object.keys(CREATE).filter((slug) => !APPEND_ONLY.has(slug)))
    await seedThrowaways(collection, 2)
  versionIds = {}
  for (const collection of [
    'articles',
    'treatment-options',
    'risk-disclosures',
    'clinic-locations',
    'conditions',
  ]) {
    const versions = await server.payload.findVersions({
      collection: collection as never,
      where: { parent: { equals: ids[collection] } },
      limit: 1,
      overrideAccess: true,
    })
    versionIds[collection] = versions.docs[0].id
  }
})

afterAll(async () => {
  await server?.close()
})

interface Sample {
  url: string
  init?: RequestInit
  /** The status the call must get; otherwise any documented 2xx. */
  status?: number
}

const as = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: {
    authorization: `JWT ${token}`,
    ...(init.body && typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
    ...(init.headers as object),
  },
})
const jsonBody = (method: string, body: unknown, token = team.admin.token) =>
  as(token, { method, body: JSON.stringify(body) })

/** How to call each documented operation against the fixtures; an operation without one fails the test. */
function sampleFor(method: string, pathName: string): Sample | undefined {
  const collectionMatch = /^\/api\/([a-z-]+)(\/.*)?$/.exec(pathName)
  const collection = collectionMatch?.[1] ?? ''
  const rest = collectionMatch?.[2] ?? ''
  const id = ids[collection]
  const admin = team.admin.token
  const noWrites = NO_API_WRITES.has(collection)
  const key = `${method} ${rest}`
  const upload = collection === 'media'
  switch (pathName) {
    case '/api/graphql':
      return method === 'get'
        ? { url: `/api/graphql?query=${encodeURIComponent('{ Articles { docs { title } } }')}` }
        : {
            url: '/api/graphql',
            init: {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ Articles { docs { title } } }' }),
            },
          }
    case '/api/openapi.json':
    case '/api/sitemap':
    case '/api/sitemap.xml':
      return { url: pathName }
    case '/api/clinic-locations/near':
      return { url: `${pathName}?lat=32.7157&lng=-117.1611&radiusKm=25` }
    case '/api/users/login':
      return {
        url: pathName,
        init: jsonBody('POST', { email: 'author@example.com', password: PASSWORD }),
      }
    case '/api/users/logout':
    case '/api/users/refresh-token':
      return {
        url: pathName,
        init: as(pathName.endsWith('logout') ? logoutToken : team.author.token, { method: 'POST' }),
      }
    case '/api/users/me':
      return { url: pathName, init: as(team.author.token) }
    case '/api/users/forgot-password':
      return {
        url: pathName,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'author@example.com' }),
        },
      }
    case '/api/users/reset-password':
      return {
        url: pathName,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: 'not-a-reset-token', password: PASSWORD }),
        },
        status: 403,
      }
    case '/api/users/unlock':
      return { url: pathName, init: jsonBody('POST', { email: 'author2@example.com' }) }
    case '/api/media/file/{filename}':
      return { url: `/api/media/file/${filename}` }
    case '/api/inbox':
      return { url: pathName, init: as(team.editor.token) }
  }
  switch (key) {
    case 'get ':
      return { url: `/api/${collection}`, init: as(admin) }
    case 'get /count':
      return { url: `/api/${collection}/count`, init: as(admin) }
    case 'get /{id}':
      return { url: `/api/${collection}/${id}`, init: as(admin) }
    case 'post ':
      if (upload)
        return {
          url: `/api/${collection}`,
          init: as(admin, { method: 'POST', body: mediaUpload(CREATE.media()) }),
          status: 201,
        }
      return {
        url: `/api/${collection}`,
        init: jsonBody('POST', CREATE[collection]()),
        status: noWrites ? 403 : 201,
      }
    case 'patch /{id}':
      // A published medical document changes through a draft (publishing needs a new sign-off).
      return {
        url: `/api/${collection}/${id}${drafts[collection] ? '?draft=true' : ''}`,
        init: jsonBody('PATCH', UPDATE[collection]),
        status: noWrites ? 403 : 200,
      }
    case 'patch ':
      return {
        url: `/api/${collection}?where[id][equals]=${throwaway[collection]?.[0] ?? id}`,
        init: jsonBody('PATCH', UPDATE[collection]),
        status: noWrites ? 403 : 200,
      }
    case 'delete /{id}':
      return {
        url: `/api/${collection}/${throwaway[collection]?.[0] ?? id}`,
        init: as(admin, { method: 'DELETE' }),
        status: APPEND_ONLY.has(collection) ? 403 : 200,
      }
    case 'delete ':
      return {
        url: `/api/${collection}?where[id][equals]=${throwaway[collection]?.[1] ?? id}`,
        init: as(admin, { method: 'DELETE' }),
        status: APPEND_ONLY.has(collection) ? 403 : 200,
      }
    case 'get /versions':
      return { url: `/api/${collection}/versions`, init: as(admin) }
    case 'get /versions/{id}':
      return { url: `/api/${collection}/versions/${versionIds[collection]}`, init: as(admin) }
    case 'post /versions/{id}':
      return {
        url: `/api/${collection}/versions/${versionIds[collection]}`,
        init: as(admin, { method: 'POST' }),
      }
    case 'get /{id}/jsonld':
      return { url: `/api/${collection}/${id}/jsonld` }
    case 'post /{id}/submit-for-review':
      return {
        url: `/api/${collection}/${drafts[collection]}/submit-for-review`,
        init: jsonBody('POST', { note: 'Sampled submission' }, team.editor.token),
      }
    case 'post /{id}/review':
      return {
        url: `/api/${collection}/${drafts[collection]}/review`,
        init: jsonBody(
          'POST',
          {
            decision: 'request-changes',
            comment: 'Sampled decision',
            contentHash: submittedHash[collection],
          },
          team.reviewer.token,
        ),
      }
    case 'post /{id}/withdraw-submission':
      // After the review's request for changes there is nothing in review to take back.
      return {
        url: `/api/${collection}/${drafts[collection]}/withdraw-submission`,
        init: jsonBody('POST', {}, team.editor.token),
        status: 422,
      }
    case 'post /{id}/claim':
      return {
        url: `/api/${collection}/${id}/claim`,
        init: jsonBody('POST', {}, team.reviewer.token),
        status: 422,
      }
    case 'post /{id}/assign':
      return {
        url: `/api/${collection}/${id}/assign`,
        init: jsonBody('POST', { reviewer: null }, team.editor.token),
        status: 422,
      }
    case 'get /{id}/activity':
    case 'get /{id}/translations':
    case 'get /{id}/assignment':
    case 'get /{id}/check':
      return {
        url: `/api/${collection}/${id}${rest.slice('/{id}'.length)}`,
        init: as(team.editor.token),
      }
    // The sampled release is empty: publishing and scheduling it are refused (release-empty), unscheduling too (not scheduled).
    case 'post /{id}/publish':
      return {
        url: `/api/releases/${id}/publish`,
        init: jsonBody('POST', {}, team.editor.token),
        status: 422,
      }
    case 'post /{id}/schedule':
      return {
        url: `/api/releases/${id}/schedule`,
        init: jsonBody(
          'POST',
          { publishAt: new Date(Date.now() + 864e5).toISOString() },
          team.editor.token,
        ),
        status: 422,
      }
    case 'post /{id}/unschedule':
      return {
        url: `/api/releases/${id}/unschedule`,
        init: jsonBody('POST', {}, team.editor.token),
        status: 422,
      }
    default:
      return undefined
  }
}

/** Deletes last, so the other samples still find their documents; a review after its submission, a withdrawal after that. */
const ORDER: Record<string, number> = { delete: 3, post: 1, patch: 2, get: 0 }
const stepOf = (pathName: string): number =>
  pathName.endsWith('/withdraw-submission') ? 2 : pathName.endsWith('/review') ? 1 : 0

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator()
    const result = await validator.validate(committed)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('is current: the server serves the committed file (with its own address)', async () => {
    const served = await server.api.get('/api/openapi.json')
    expect(served.status).toBe(200)
    const { servers, ...rest } = served.body
    expect(servers).toEqual([{ url: server.url }])
    expect(rest).toEqual(committed)
  })

  it('documents the error envelope and the custom endpoints', () => {
    expect(committed.components.schemas.ApiError.properties.code.enum).toEqual(
      expect.arrayContaining([
        'validation-failed',
        'forbidden',
        'not-found',
        'rate-limited',
        'unavailable',
      ]),
    )
    for (const pathName of [
      '/api/articles/{id}/submit-for-review',
      '/api/articles/{id}/review',
      '/api/articles/{id}/claim',
      '/api/articles/{id}/assign',
      '/api/articles/{id}/activity',
      '/api/articles/{id}/translations',
      '/api/releases/{id}/publish',
      '/api/releases/{id}/schedule',
      '/api/inbox',
      '/api/clinic-locations/near',
      '/api/articles/{id}/jsonld',
      '/api/sitemap',
      '/api/sitemap.xml',
    ]) {
      expect(committed.paths[pathName], pathName).toBeDefined()
    }
  })

  it('is true: every documented operation answers a documented status with a body of the documented shape', async () => {
    const operations = Object.entries(committed.paths as Record<string, Record<string, any>>)
      .flatMap(([pathName, item]) =>
        Object.entries(item).map(([method, operation]) => ({ pathName, method, operation })),
      )
      .sort((a, b) => ORDER[a.method] - ORDER[b.method] || stepOf(a.pathName) - stepOf(b.pathName))
    const unsampled = operations
      .filter(({ method, pathName }) => !sampleFor(method, pathName))
      .map(({ method, pathName }) => `${method} ${pathName}`)
    expect(unsampled).toEqual([])
    const problems: string[] = []
    for (const { pathName, method, operation } of operations) {
      const sample = sampleFor(method, pathName)!
      const answer = await fetch(`${server.url}${sample.url}`, sample.init)
      const label = `${method.toUpperCase()} ${sample.url.slice(0, 120)} → ${answer.status}`
      const documented = operation.responses[String(answer.status)]
      const text = await answer.text()
      if (pathName.endsWith('/submit-for-review') && answer.ok)
        submittedHash[pathName.split('/')[2]] = JSON.parse(text).contentHash
      if (!documented) {
        problems.push(`${label}: status not documented (${text.slice(0, 200)})`)
        continue
      }
      if (sample.status !== undefined ? answer.status !== sample.status : answer.status >= 300) {
        problems.push(`${label}: expected ${sample.status ?? '2xx'} (${text.slice(0, 200)})`)
        continue
      }
      const response = documented.$ref
        ? committed.components.responses[documented.$ref.split('/').pop()]
        : documented
      const type = (answer.headers.get('content-type') ?? '').split(';')[0]
      const media =
        response.content?.[type] ??
        (type === 'application/json' || type === ''
          ? undefined
          : response.content?.['application/octet-stream'])
      if (response.content && !media) {
        problems.push(`${label}: content type ${type} not documented`)
        continue
      }
      if (media && /json/.test(type)) {
        for (const problem of schemaProblems(
          media.schema,
          JSON.parse(text),
          committed.components.schemas,
        ).slice(0, 5))
          problems.push(`${label}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })
})

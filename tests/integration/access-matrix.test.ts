import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiResponse, RequestOptions } from '../helpers/api'
import {
  approveDocument,
  articleData,
  clinicLocationData,
  conditionData,
  createTeam,
  disclosureData,
  mediaUpload,
  PASSWORD,
  TINY_PNG,
  treatmentData,
  type Actor,
  type Team,
} from '../helpers/fixtures'
import { CONTENT_COLLECTIONS, fingerprint } from '../helpers/fingerprint'
import { startTestServer, type TestServer } from '../helpers/server'

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The matrix: one definition, every role × collection × operation. Cases are generated from it
// below, once per API (REST and GraphQL).
// ─────────────────────────────────────────────────────────────────────────────────────────────

const ROLES = [
  'anonymous',
  'author',
  'medical-reviewer',
  'editor',
  'admin',
  'frontend-preview',
] as const
type Role = (typeof ROLES)[number]

const COLLECTIONS = [
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
  'media',
  'users',
  'review-records',
  'releases',
] as const
type Collection = (typeof COLLECTIONS)[number]

const OPERATIONS = [
  'create',
  'read published',
  'read draft',
  'update',
  'delete',
  'publish',
  'unpublish',
] as const
type Operation = (typeof OPERATIONS)[number]

const APIS = ['REST', 'GraphQL'] as const
type Api = (typeof APIS)[number]

/**
 * - `allowed` / `denied`: the role may / may not, on any document.
 * - `own`: allowed on what is the caller's own, denied otherwise. For medical content that is
 *   "a document they co-author" (update: not while in review, without dropping co-authors;
 *   delete: only while it was never published); for users, "their own profile".
 * - `{ na }`: the operation does not exist for the collection, with the reason.
 */
type Expected = 'allowed' | 'denied' | 'own' | { na: string }
type Testable = Exclude<Expected, { na: string }>

const Y = 'allowed' as const
const N = 'denied' as const
const OWN = 'own' as const
const na = (reason: string) => Array.from({ length: ROLES.length }, () => ({ na: reason }))
const every = (expected: Testable) => Array.from({ length: ROLES.length }, () => expected)

type Row = Record<Operation, readonly Expected[]>

// Columns, in ROLES order:  anonymous, author, medical-reviewer, editor, admin, frontend-preview
const MEDICAL: Row = {
  create: /*           */ [N, Y, N, Y, Y, N],
  'read published': /* */ [Y, Y, Y, Y, Y, Y],
  'read draft': /*     */ [N, Y, Y, Y, Y, Y],
  update: /*           */ [N, OWN, N, Y, Y, N],
  delete: /*           */ [N, OWN, N, Y, Y, N],
  publish: /*          */ [N, N, N, Y, Y, N],
  unpublish: /*        */ [N, N, N, Y, Y, N],
}

const EDITORIAL: Row = {
  create: /*           */ [N, N, N, Y, Y, N],
  'read published': /* */ [Y, Y, Y, Y, Y, Y],
  'read draft': /*     */ [N, Y, Y, Y, Y, Y],
  update: /*           */ [N, N, N, Y, Y, N],
  delete: /*           */ [N, N, N, Y, Y, N],
  publish: /*          */ [N, N, N, Y, Y, N],
  unpublish: /*        */ [N, N, N, Y, Y, N],
}

const MEDIA: Row = {
  create: /*           */ [N, N, N, Y, Y, N],
  'read published': /* */ every(Y),
  'read draft': na('media has no drafts: an upload is public once stored'),
  update: /*           */ [N, N, N, Y, Y, N],
  delete: /*           */ [N, N, N, Y, Y, N],
  publish: na('media has no drafts, so nothing to publish'),
  unpublish: na('media has no drafts, so nothing to unpublish'),
}

const USERS: Row = {
  create: /*           */ [N, N, N, N, Y, N],
  // Accounts have no drafts: "read published" is reading an account (colleagues, to pick authors).
  'read published': /* */ [N, Y, Y, Y, Y, N],
  'read draft': na('accounts have no drafts'),
  update: /*           */ [N, OWN, OWN, OWN, Y, N],
  delete: /*           */ [N, N, N, N, Y, N],
  publish: na('accounts are not published'),
  unpublish: na('accounts are not published'),
}

const REVIEW_RECORDS: Row = {
  // The audit trail is written by the workflow only: nobody, admins included, writes it through an API.
  create: every(N),
  'read published': /* */ [N, Y, Y, Y, Y, N],
  'read draft': na('review records have no drafts'),
  update: every(N),
  delete: every(N),
  publish: na('review records are not published'),
  unpublish: na('review records are not published'),
}

const RELEASES: Row = {
  create: /*           */ [N, N, N, Y, Y, N],
  'read published': /* */ [N, Y, Y, Y, Y, N],
  'read draft': na('releases have no drafts'),
  update: /*           */ [N, N, N, Y, Y, N],
  delete: /*           */ [N, N, N, Y, Y, N],
  publish: na(
    'a release is published through POST /api/releases/{id}/publish (tests/integration/releases.test.ts)',
  ),
  unpublish: na(
    'a release withdraws documents through its members (tests/integration/releases.test.ts)',
  ),
}

const MATRIX: Record<Collection, Row> = {
  articles: MEDICAL,
  'treatment-options': MEDICAL,
  'risk-disclosures': MEDICAL,
  'clinic-locations': EDITORIAL,
  conditions: EDITORIAL,
  media: MEDIA,
  users: USERS,
  'review-records': REVIEW_RECORDS,
  releases: RELEASES,
}

interface Cell {
  api: Api
  collection: Collection
  operation: Operation
  role: Role
  expected: Testable
}

const cells: Cell[] = []
const notApplicable: Array<Omit<Cell, 'expected'> & { reason: string }> = []
for (const api of APIS) {
  for (const collection of COLLECTIONS) {
    for (const operation of OPERATIONS) {
      ROLES.forEach((role, column) => {
        const expected = MATRIX[collection][operation][column]
        if (typeof expected === 'object')
          notApplicable.push({ api, collection, operation, role, reason: expected.na })
        else cells.push({ api, collection, operation, role, expected })
      })
    }
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Collections, their text fields and their GraphQL names
// ─────────────────────────────────────────────────────────────────────────────────────────────

const MEDICAL_COLLECTIONS = ['articles', 'treatment-options', 'risk-disclosures'] as const
type MedicalSlug = (typeof MEDICAL_COLLECTIONS)[number]
type DraftSlug = MedicalSlug | 'clinic-locations' | 'conditions'

const isMedical = (collection: Collection): collection is MedicalSlug =>
  (MEDICAL_COLLECTIONS as readonly string[]).includes(collection)
const hasDrafts = (collection: Collection): collection is DraftSlug =>
  isMedical(collection) || collection === 'clinic-locations' || collection === 'conditions'

/** The field a reader sees (and a cell checks) and the field a write changes. */
const TEXT: Record<Collection, { read: string; write: string }> = {
  articles: { read: 'title', write: 'title' },
  'treatment-options': { read: 'name', write: 'name' },
  'risk-disclosures': { read: 'title', write: 'title' },
  'clinic-locations': { read: 'name', write: 'name' },
  conditions: { read: 'name', write: 'name' },
  media: { read: 'alt', write: 'alt' },
  // Name, specialty and photo appear in public bylines and are set by admins; the bio is one's own.
  users: { read: 'name', write: 'bio' },
  'review-records': { read: 'summary', write: 'comment' },
  releases: { read: 'name', write: 'name' },
}

const GRAPHQL: Record<Collection, { one: string; many: string; versions?: string }> = {
  articles: { one: 'Article', many: 'Articles', versions: 'versionsArticles' },
  'treatment-options': {
    one: 'TreatmentOption',
    many: 'TreatmentOptions',
    versions: 'versionsTreatmentOptions',
  },
  'risk-disclosures': {
    one: 'RiskDisclosure',
    many: 'RiskDisclosures',
    versions: 'versionsRiskDisclosures',
  },
  'clinic-locations': {
    one: 'ClinicLocation',
    many: 'ClinicLocations',
    versions: 'versionsClinicLocations',
  },
  conditions: { one: 'Condition', many: 'Conditions', versions: 'versionsConditions' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
  'review-records': { one: 'ReviewRecord', many: 'ReviewRecords' },
  releases: { one: 'Release', many: 'Releases' },
}

/** Text that exists only in unpublished drafts: a response that carries it leaked a draft. */
const UNRELEASED = 'UNRELEASED'

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Server, team, fixtures
// ─────────────────────────────────────────────────────────────────────────────────────────────

let server: TestServer
let team: Team
type Id = number | string

const STAFF_ACTOR: Record<
  Exclude<Role, 'anonymous' | 'frontend-preview'>,
  keyof Omit<Team, 'preview'>
> = {
  author: 'author',
  'medical-reviewer': 'reviewer',
  editor: 'editor',
  admin: 'admin',
}

const actor = (role: Exclude<Role, 'anonymous' | 'frontend-preview'>): Actor =>
  team[STAFF_ACTOR[role]]

function auth(role: Role): RequestOptions {
  if (role === 'anonymous') return {}
  if (role === 'frontend-preview') return { apiKey: team.preview.apiKey }
  return { token: actor(role).token }
}

/** Everything a rejected write could touch: content, versions, the audit trail and the accounts. */
const snapshot = () => fingerprint(server.payload, [...CONTENT_COLLECTIONS, 'users'])

let sequence = 0
const unique = (what: string) => `${what} ${(sequence += 1)}`
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** One shared published risk disclosure, so treatments can be published. */
let sharedRisk: Id

function contentData(collection: DraftSlug, text: string): Record<string, unknown> {
  switch (collection) {
    case 'articles':
      return articleData({ title: text, slug: slugOf(text) })
    case 'treatment-options':
      return treatmentData({ name: text, slug: slugOf(text), riskDisclosures: [sharedRisk] })
    case 'risk-disclosures':
      return disclosureData({ title: text, slug: slugOf(text) })
    case 'clinic-locations':
      return clinicLocationData({ name: text, slug: slugOf(text) })
    case 'conditions':
      return conditionData({ name: text, slug: slugOf(text) })
  }
}

async function localDraft(
  collection: DraftSlug,
  text: string,
  authors: Id[] = [team.author.id],
): Promise<Id> {
  const data = { ...contentData(collection, text), ...(isMedical(collection) ? { authors } : {}) }
  const doc = await server.payload.create({
    collection,
    data: data as never,
    overrideAccess: true,
    depth: 0,
  })
  return doc.id
}

async function localApproved(
  collection: MedicalSlug,
  text: string,
  authors: Id[] = [team.author.id],
): Promise<Id> {
  const id = await localDraft(collection, text, authors)
  await approveDocument(server.api, collection, id, team.editor, team.reviewer)
  return id
}

async function localLive(
  collection: DraftSlug,
  text: string,
  authors: Id[] = [team.author.id],
): Promise<Id> {
  if (!isMedical(collection)) {
    const doc = await server.payload.create({
      collection,
      data: { ...contentData(collection, text), _status: 'published' } as never,
      overrideAccess: true,
      depth: 0,
    })
    return doc.id
  }
  const id = await localApproved(collection, text, authors)
  const published = await server.api.patch(
    `/api/${collection}/${id}`,
    { _status: 'published' },
    { token: team.editor.token },
  )
  if (published.status !== 200)
    throw new Error(
      `publish ${collection} ${id}: ${published.status} ${JSON.stringify(published.body)}`,
    )
  return id
}

async function localMedia(alt: string): Promise<Id> {
  const doc = await server.payload.create({
    collection: 'media',
    data: { alt },
    file: {
      data: TINY_PNG,
      mimetype: 'image/png',
      name: `${slugOf(alt)}.png`,
      size: TINY_PNG.length,
    },
    overrideAccess: true,
  })
  return doc.id
}

async function localRelease(name: string): Promise<Id> {
  const doc = await server.payload.create({
    collection: 'releases',
    data: { name, members: [] },
    overrideAccess: true,
  })
  return doc.id
}

async function localUser(name: string, roles: string[] = ['author']): Promise<Id> {
  const doc = await server.payload.create({
    collection: 'users',
    data: { email: `${slugOf(name)}@example.com`, password: PASSWORD, name, roles } as never,
    overrideAccess: true,
  })
  return doc.id
}

interface DraftFixtures {
  /** Published with PUBLISHED text, and a newer draft whose text is UNRELEASED. */
  published: Id
  publishedText: string
  draftText: string
  /** A draft that was never published (UNRELEASED text). */
  neverPublished: Id
  neverPublishedText: string
  /** A colleague's (author2's) draft: the target of denied updates and deletes. */
  draft: Id
  /** Live, authored by `author`: the target of denied unpublishes. */
  live: Id
  /** Medical only: approved and unpublished, authored by `author`. Editorial: an unpublished draft. */
  approved: Id
  /** Medical only, authored by `author`: submitted for review. */
  inReview?: Id
  /** Medical only, authored by `author` and `author2`. */
  coAuthored?: Id
  /** Medical only, authored by `author`: published once, then withdrawn by an editor. */
  withdrawn?: Id
}

const drafts = {} as Record<DraftSlug, DraftFixtures>
let mediaItem: { id: Id; alt: string }
let spareUser: Id
let reviewRecord: { id: Id; summary: string }
let release: { id: Id; name: string }
/** Documents for allowed writes, one per cell, since the write consumes or changes them. */
const fresh = new Map<string, Id>()
const cellKey = (cell: Omit<Cell, 'expected'>) =>
  `${cell.api}|${cell.collection}|${cell.operation}|${cell.role}`

async function prepareDraftFixtures(collection: DraftSlug): Promise<DraftFixtures> {
  const publishedText = `Published ${collection} text`
  const draftText = `${UNRELEASED} ${collection} revision`
  const published = await localLive(collection, publishedText)
  await server.payload.update({
    collection,
    id: published,
    data: { [TEXT[collection].write]: draftText } as never,
    draft: true,
    overrideAccess: true,
  })
  const neverPublishedText = `${UNRELEASED} ${collection} first draft`
  const neverPublished = await localDraft(collection, neverPublishedText)
  const fixtures: DraftFixtures = {
    published,
    publishedText,
    draftText,
    neverPublished,
    neverPublishedText,
    draft: await localDraft(collection, unique(`${UNRELEASED} colleague draft`), [team.author2.id]),
    live: await localLive(collection, unique('Live')),
    approved: isMedical(collection)
      ? await localApproved(collection, unique(`${UNRELEASED} approved`))
      : await localDraft(collection, unique(`${UNRELEASED} ready`)),
  }
  if (isMedical(collection)) {
    fixtures.inReview = await localDraft(collection, unique(`${UNRELEASED} in review`))
    const submitted = await server.api.post(
      `/api/${collection}/${fixtures.inReview}/submit-for-review`,
      {},
      { token: team.author.token },
    )
    if (submitted.status !== 200) throw new Error(`submit: ${JSON.stringify(submitted.body)}`)
    fixtures.coAuthored = await localDraft(collection, unique(`${UNRELEASED} co-authored`), [
      team.author.id,
      team.author2.id,
    ])
    fixtures.withdrawn = await localLive(collection, unique('Withdrawn'))
    const withdrawn = await server.api.patch(
      `/api/${collection}/${fixtures.withdrawn}`,
      { _status: 'draft' },
      { token: team.editor.token },
    )
    if (withdrawn.status !== 200) throw new Error(`unpublish: ${JSON.stringify(withdrawn.body)}`)
  }
  return fixtures
}

/** The document an allowed (or own) write of `cell` works on, created fresh for it. */
async function prepareFresh(cell: Cell): Promise<Id | undefined> {
  const { collection, operation } = cell
  const text = unique(
    `${hasDrafts(collection) ? UNRELEASED : 'Spare'} for ${cell.api} ${operation} by ${cell.role}`,
  )
  if (hasDrafts(collection)) {
    if (operation === 'update' || operation === 'delete') return localDraft(collection, text)
    if (operation === 'publish')
      return isMedical(collection) ? localApproved(collection, text) : localDraft(collection, text)
    if (operation === 'unpublish')
      return localLive(collection, unique(`Live for ${cell.api} unpublish by ${cell.role}`))
    return undefined
  }
  if (collection === 'media' && (operation === 'update' || operation === 'delete'))
    return localMedia(text)
  if (
    collection === 'users' &&
    cell.expected === 'allowed' &&
    (operation === 'update' || operation === 'delete')
  )
    return localUser(unique('Spare account'))
  if (collection === 'releases' && (operation === 'update' || operation === 'delete'))
    return localRelease(text)
  return undefined
}

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  sharedRisk = await localLive('risk-disclosures', 'Shared published risk', [team.editor.id])
  for (const collection of [
    'articles',
    'treatment-options',
    'risk-disclosures',
    'clinic-locations',
    'conditions',
  ] as const) {
    drafts[collection] = await prepareDraftFixtures(collection)
  }
  mediaItem = { alt: 'Shared clinic photo', id: await localMedia('Shared clinic photo') }
  spareUser = await localUser('Shared spare account')
  const { docs } = await server.payload.find({
    collection: 'review-records',
    limit: 1,
    sort: 'id',
    overrideAccess: true,
    depth: 0,
  })
  reviewRecord = { id: docs[0].id, summary: String(docs[0].summary) }
  release = { name: 'Shared release', id: await localRelease('Shared release') }
  for (const cell of cells) {
    if (
      cell.expected === 'denied' ||
      cell.operation === 'create' ||
      cell.operation.startsWith('read')
    )
      continue
    const id = await prepareFresh(cell)
    if (id !== undefined) fresh.set(cellKey(cell), id)
  }
})

afterAll(async () => {
  await server?.close()
})

// ─────────────────────────────────────────────────────────────────────────────────────────────
// One interface over both APIs
// ─────────────────────────────────────────────────────────────────────────────────────────────

interface Outcome {
  ok: boolean
  /** The HTTP status (REST) or the error's statusCode (GraphQL; 200 when there is none). */
  status: number
  rule?: string
  doc?: Record<string, any>
  docs?: Array<Record<string, any>>
  totalDocs?: number
  /** The whole response body, for "never in the response" checks and failure messages. */
  raw: string
}

function restOutcome(response: ApiResponse, pick: (body: any) => any = (body) => body): Outcome {
  const ok = response.status >= 200 && response.status < 300
  const body = response.body
  const doc = ok ? pick(body) : undefined
  return {
    ok,
    status: response.status,
    rule: body?.errors?.[0]?.data?.rule,
    doc,
    docs: ok ? body?.docs : undefined,
    totalDocs: ok ? body?.totalDocs : undefined,
    raw: typeof body === 'string' ? body : JSON.stringify(body),
  }
}

function graphqlOutcome(response: ApiResponse): Outcome {
  const error = response.body?.errors?.[0]
  const result = response.body?.data?.R ?? null
  return {
    ok: !error && result !== null,
    status: error ? (error.extensions?.statusCode ?? 400) : 200,
    rule: error?.extensions?.data?.rule,
    doc: result ?? undefined,
    docs: result?.docs,
    totalDocs: result?.totalDocs,
    raw: JSON.stringify(response.body),
  }
}

interface Channel {
  create(
    collection: Collection,
    data: Record<string, unknown>,
    who: RequestOptions,
  ): Promise<Outcome>
  read(collection: Collection, id: Id, draft: boolean, who: RequestOptions): Promise<Outcome>
  list(collection: Collection, ids: Id[], draft: boolean, who: RequestOptions): Promise<Outcome>
  versions(collection: DraftSlug, id: Id, who: RequestOptions): Promise<Outcome>
  update(
    collection: Collection,
    id: Id,
    data: Record<string, unknown>,
    draft: boolean,
    who: RequestOptions,
  ): Promise<Outcome>
  remove(collection: Collection, id: Id, who: RequestOptions): Promise<Outcome>
}

const rest: Channel = {
  create: async (collection, data, who) =>
    collection === 'media'
      ? restOutcome(
          await server.api.request('POST', '/api/media', undefined, {
            ...who,
            rawBody: mediaUpload(data),
          }),
          (body) => body.doc,
        )
      : restOutcome(await server.api.post(`/api/${collection}`, data, who), (body) => body.doc),
  read: async (collection, id, draft, who) =>
    restOutcome(await server.api.get(`/api/${collection}/${id}${draft ? '?draft=true' : ''}`, who)),
  list: async (collection, ids, draft, who) =>
    restOutcome(
      await server.api.get(
        `/api/${collection}?${ids.map((id) => `where[id][in]=${id}`).join('&')}&limit=100${draft ? '&draft=true' : ''}`,
        who,
      ),
    ),
  versions: async (collection, id, who) =>
    restOutcome(
      await server.api.get(`/api/${collection}/versions?where[parent][equals]=${id}`, who),
    ),
  update: async (collection, id, data, draft, who) =>
    restOutcome(
      await server.api.patch(`/api/${collection}/${id}${draft ? '?draft=true' : ''}`, data, who),
      (body) => body.doc,
    ),
  remove: async (collection, id, who) =>
    restOutcome(await server.api.delete(`/api/${collection}/${id}`, who)),
}

/** GraphQL spells select values as enum names: `off-label` is `off_label`. */
function graphqlData(
  collection: Collection,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (collection !== 'treatment-options' || typeof data.regulatoryStatus !== 'string') return data
  return { ...data, regulatoryStatus: data.regulatoryStatus.replace(/-/g, '_') }
}

const selection = (collection: Collection) =>
  `id ${TEXT[collection].read}${hasDrafts(collection) ? ' _status' : ''}`

const graphql: Channel = {
  create: async (collection, data, who) => {
    const { one } = GRAPHQL[collection]
    return graphqlOutcome(
      await server.api.graphql(
        `mutation ($data: mutation${one}Input!) { R: create${one}(data: $data) { id } }`,
        { data: graphqlData(collection, data) },
        who,
      ),
    )
  },
  read: async (collection, id, draft, who) => {
    const { one } = GRAPHQL[collection]
    const query = `query ($id: Int!, $draft: Boolean) { R: ${one}(id: $id, draft: $draft) { ${selection(collection)} } }`
    return graphqlOutcome(await server.api.graphql(query, { id: Number(id), draft }, who))
  },
  list: async (collection, ids, draft, who) => {
    const { one, many } = GRAPHQL[collection]
    const query = `query ($where: ${one}_where, $draft: Boolean) { R: ${many}(where: $where, draft: $draft, limit: 100) { totalDocs docs { ${selection(collection)} } } }`
    return graphqlOutcome(
      await server.api.graphql(
        query,
        { where: { OR: ids.map((id) => ({ id: { equals: Number(id) } })) }, draft },
        who,
      ),
    )
  },
  versions: async (collection, id, who) => {
    const query = `{ R: ${GRAPHQL[collection].versions}(where: { parent: { equals: ${Number(id)} } }) { totalDocs docs { id } } }`
    return graphqlOutcome(await server.api.graphql(query, undefined, who))
  },
  update: async (collection, id, data, draft, who) => {
    const { one } = GRAPHQL[collection]
    const mutation = `mutation ($id: Int!, $data: mutation${one}UpdateInput!, $draft: Boolean) { R: update${one}(id: $id, data: $data, draft: $draft) { id } }`
    // Payload's GraphQL update input for clinics requires the address and location groups; they are resent unchanged.
    const required =
      collection === 'clinic-locations'
        ? { address: clinicLocationData().address, location: clinicLocationData().location }
        : {}
    return graphqlOutcome(
      await server.api.graphql(
        mutation,
        { id: Number(id), data: graphqlData(collection, { ...required, ...data }), draft },
        who,
      ),
    )
  },
  remove: async (collection, id, who) => {
    const { one } = GRAPHQL[collection]
    return graphqlOutcome(
      await server.api.graphql(
        `mutation ($id: Int!) { R: delete${one}(id: $id) { id } }`,
        { id: Number(id) },
        who,
      ),
    )
  },
}

const CHANNELS: Record<Api, Channel> = { REST: rest, GraphQL: graphql }

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Assertions shared by every cell
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** The write is refused with `status` (and `rule`, when given) and the database is exactly as before. */
async function expectRefusedWrite(
  write: () => Promise<Outcome>,
  status = 403,
  rule?: string,
): Promise<Outcome> {
  const before = await snapshot()
  const outcome = await write()
  expect(outcome.ok, outcome.raw).toBe(false)
  expect(outcome.status, outcome.raw).toBe(status)
  if (rule) expect(outcome.rule, outcome.raw).toBe(rule)
  expect(await snapshot()).toEqual(before)
  return outcome
}

function expectSucceeded(outcome: Outcome): void {
  expect(outcome.ok, outcome.raw).toBe(true)
  expect(outcome.status, outcome.raw).toBeLessThan(300)
}

async function stored(
  collection: Collection,
  id: Id,
  draft = true,
): Promise<Record<string, any> | null> {
  return (await server.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, any> | null
}

/** Data a role would send to create a document of `collection`. */
function createData(collection: Collection, api: Api, role: Role): Record<string, unknown> {
  const text = unique(
    `${hasDrafts(collection) ? UNRELEASED : 'New'} created over ${api} by ${role}`,
  )
  if (hasDrafts(collection)) return contentData(collection, text)
  if (collection === 'media') return { alt: text }
  if (collection === 'users')
    return {
      email: `${slugOf(text)}@example.com`,
      password: PASSWORD,
      name: text,
      roles: ['author'],
    }
  if (collection === 'releases') return { name: text, members: [] }
  return {
    action: 'decision',
    decision: 'approve',
    targetCollection: 'articles',
    documentId: String(drafts.articles.approved),
    contentHash: 'forged',
  }
}

function readTarget(collection: Collection): { id: Id; text: string } {
  if (hasDrafts(collection))
    return { id: drafts[collection].published, text: drafts[collection].publishedText }
  if (collection === 'media') return { id: mediaItem.id, text: mediaItem.alt }
  if (collection === 'users') return { id: team.author2.id, text: 'Ben Author' }
  if (collection === 'releases') return { id: release.id, text: release.name }
  return { id: reviewRecord.id, text: reviewRecord.summary }
}

/** The document a denied write is aimed at: one where the only obstacle is the caller's role. */
function deniedTarget(collection: Collection, operation: Operation): Id {
  if (hasDrafts(collection)) {
    if (operation === 'publish') return drafts[collection].approved
    if (operation === 'unpublish') return drafts[collection].live
    return drafts[collection].draft
  }
  if (collection === 'media') return mediaItem.id
  if (collection === 'users') return operation === 'delete' ? spareUser : team.author2.id
  if (collection === 'releases') return release.id
  return reviewRecord.id
}

const texts = (outcome: Outcome, collection: Collection) =>
  (outcome.docs ?? []).map((doc) => doc[TEXT[collection].read]).sort()

async function expectPublic(collection: DraftSlug, id: Id, live: boolean): Promise<void> {
  const response = await server.api.get(`/api/${collection}/${id}`)
  expect(response.status, JSON.stringify(response.body)).toBe(live ? 200 : 404)
  expect((await stored(collection, id, false))?._status).toBe(live ? 'published' : 'draft')
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// One case per cell
// ─────────────────────────────────────────────────────────────────────────────────────────────

async function runCell(cell: Cell): Promise<void> {
  const { api, collection, operation, role, expected } = cell
  const channel = CHANNELS[api]
  const who = auth(role)
  const field = TEXT[collection]

  switch (operation) {
    case 'create': {
      const data = createData(collection, api, role)
      if (expected === 'denied') {
        await expectRefusedWrite(() => channel.create(collection, data, who))
        return
      }
      if (collection === 'media' && api === 'GraphQL') {
        // GraphQL cannot carry a file: access is granted, and the request then fails for want of one.
        const outcome = await expectRefusedWrite(() => channel.create(collection, data, who), 400)
        expect(outcome.raw).toContain('No files were uploaded')
        return
      }
      const outcome = await channel.create(collection, data, who)
      expectSucceeded(outcome)
      const doc = await stored(collection, outcome.doc!.id)
      expect(doc?.[field.read]).toBe(data[field.read])
      if (hasDrafts(collection)) expect(doc?._status).toBe('draft')
      if (isMedical(collection)) expect(doc?.authors).toEqual([actor(role as 'author').id])
      return
    }

    case 'read published': {
      const target = readTarget(collection)
      const one = await channel.read(collection, target.id, false, who)
      const many = await channel.list(collection, [target.id], false, who)
      if (expected === 'denied') {
        for (const outcome of [one, many]) {
          expect(outcome.ok, outcome.raw).toBe(false)
          expect(outcome.status, outcome.raw).toBe(403)
          expect(outcome.raw).not.toContain(target.text)
        }
        return
      }
      expectSucceeded(one)
      expect(one.doc?.[field.read]).toBe(target.text)
      expectSucceeded(many)
      expect(texts(many, collection)).toEqual([target.text])
      if (hasDrafts(collection))
        for (const outcome of [one, many]) expect(outcome.raw).not.toContain(UNRELEASED)
      return
    }

    case 'read draft': {
      if (!hasDrafts(collection)) throw new Error(`${collection} has no drafts`)
      const fixtures = drafts[collection]
      const one = await channel.read(collection, fixtures.published, true, who)
      const never = await channel.read(collection, fixtures.neverPublished, true, who)
      const many = await channel.list(
        collection,
        [fixtures.published, fixtures.neverPublished],
        true,
        who,
      )
      expectSucceeded(one)
      expectSucceeded(many)
      if (expected === 'allowed') {
        expect(one.doc?.[field.read]).toBe(fixtures.draftText)
        expectSucceeded(never)
        expect(never.doc?.[field.read]).toBe(fixtures.neverPublishedText)
        expect(texts(many, collection)).toEqual(
          [fixtures.draftText, fixtures.neverPublishedText].sort(),
        )
        return
      }
      // Denied: the published version, or nothing; never a draft, not even in the version history.
      expect(one.doc?.[field.read]).toBe(fixtures.publishedText)
      expect(never.ok, never.raw).toBe(false)
      expect(never.status, never.raw).toBe(404)
      expect(texts(many, collection)).toEqual([fixtures.publishedText])
      expect(many.totalDocs).toBe(1)
      const versions = await channel.versions(collection, fixtures.published, who)
      expect(versions.ok, versions.raw).toBe(false)
      expect(versions.status, versions.raw).toBe(403)
      for (const outcome of [one, never, many, versions])
        expect(outcome.raw).not.toContain(UNRELEASED)
      return
    }

    case 'update': {
      const data = {
        [field.write]: unique(
          `${hasDrafts(collection) ? UNRELEASED : 'Changed'} over ${api} by ${role}`,
        ),
      }
      if (expected === 'denied') {
        await expectRefusedWrite(() =>
          channel.update(
            collection,
            deniedTarget(collection, operation),
            data,
            hasDrafts(collection),
            who,
          ),
        )
        return
      }
      if (collection === 'users' && expected === 'own') {
        const self = actor(role as 'author').id
        expectSucceeded(await channel.update('users', self, data, false, who))
        expect((await stored('users', self))?.[field.write]).toBe(data[field.write])
        // A colleague's profile is not theirs to change.
        await expectRefusedWrite(() =>
          channel.update('users', team.author2.id, { bio: 'Not mine' }, false, who),
        )
        return
      }
      const id = fresh.get(cellKey(cell))!
      expectSucceeded(await channel.update(collection, id, data, hasDrafts(collection), who))
      expect((await stored(collection, id))?.[field.write]).toBe(data[field.write])
      if (expected === 'own' && isMedical(collection)) {
        const fixtures = drafts[collection]
        await expectRefusedWrite(
          () => channel.update(collection, fixtures.draft, data, true, who),
          403,
          'not-an-author',
        )
        await expectRefusedWrite(
          () => channel.update(collection, fixtures.inReview!, data, true, who),
          403,
          'in-review-locked',
        )
        await expectRefusedWrite(
          () =>
            channel.update(
              collection,
              fixtures.coAuthored!,
              { authors: [team.author.id] },
              true,
              who,
            ),
          403,
          'authors-drop',
        )
      }
      return
    }

    case 'delete': {
      if (expected === 'denied') {
        await expectRefusedWrite(() =>
          channel.remove(collection, deniedTarget(collection, operation), who),
        )
        return
      }
      const id = fresh.get(cellKey(cell))!
      expectSucceeded(await channel.remove(collection, id, who))
      expect(await stored(collection, id)).toBeNull()
      if (expected === 'own' && isMedical(collection)) {
        const fixtures = drafts[collection]
        await expectRefusedWrite(
          () => channel.remove(collection, fixtures.draft, who),
          403,
          'not-an-author',
        )
        await expectRefusedWrite(
          () => channel.remove(collection, fixtures.live, who),
          403,
          'delete-published',
        )
        await expectRefusedWrite(
          () => channel.remove(collection, fixtures.withdrawn!, who),
          403,
          'delete-published',
        )
      }
      return
    }

    case 'publish':
    case 'unpublish': {
      if (!hasDrafts(collection)) throw new Error(`${collection} has no drafts`)
      const status = operation === 'publish' ? 'published' : 'draft'
      if (expected === 'denied') {
        const target = deniedTarget(collection, operation)
        // An author of a live medical document is refused by the unpublish rule, not by access.
        const rule =
          operation === 'unpublish' && role === 'author' && isMedical(collection)
            ? 'unpublish-permission'
            : undefined
        await expectRefusedWrite(
          () => channel.update(collection, target, { _status: status }, false, who),
          403,
          rule,
        )
        await expectPublic(collection, target, operation === 'unpublish')
        return
      }
      const id = fresh.get(cellKey(cell))!
      expectSucceeded(await channel.update(collection, id, { _status: status }, false, who))
      await expectPublic(collection, id, operation === 'publish')
      return
    }
  }
}

describe('the access matrix', () => {
  it(`covers every role × collection × operation, per API (${cells.length} cells tested, ${notApplicable.length} not applicable)`, () => {
    expect(cells.length + notApplicable.length).toBe(
      APIS.length * ROLES.length * COLLECTIONS.length * OPERATIONS.length,
    )
    const byApi = Object.fromEntries(
      APIS.map((api) => [api, cells.filter((cell) => cell.api === api).length]),
    )
    console.log(
      `access matrix: ${cells.length} cells tested (${JSON.stringify(byApi)}), ${notApplicable.length} not applicable`,
    )
  })

  it('marks as not applicable only what the collections really lack', () => {
    for (const { collection, operation } of notApplicable) {
      expect(
        operation === 'read draft' || operation === 'publish' || operation === 'unpublish',
      ).toBe(true)
      expect(
        server.payload.collections[collection].config.versions?.drafts ?? false,
        `${collection} ${operation}`,
      ).toBeFalsy()
    }
    for (const collection of COLLECTIONS.filter(hasDrafts))
      expect(server.payload.collections[collection].config.versions?.drafts).toBeTruthy()
  })

  for (const api of APIS) {
    describe(api, () => {
      for (const collection of COLLECTIONS) {
        describe(collection, () => {
          for (const cell of cells.filter((c) => c.api === api && c.collection === collection)) {
            it(`${cell.operation} · ${cell.role} → ${cell.expected}`, () => runCell(cell))
          }
        })
      }
    })
  }
})

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Beyond the matrix: fields, filters, accounts, login, secrets, the preview key, bulk paths
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** Flat `where` objects as Payload's REST query string (`where[field][operator]=value`). */
function whereQuery(where: Record<string, Record<string, unknown>>): string {
  return Object.entries(where)
    .flatMap(([path, operators]) =>
      Object.entries(operators).map(
        ([operator, value]) => `where[${path}][${operator}]=${encodeURIComponent(String(value))}`,
      ),
    )
    .join('&')
}

type Probe = 'REST list' | 'REST count' | 'GraphQL list' | 'GraphQL count'
const PROBES: Probe[] = ['REST list', 'REST count', 'GraphQL list', 'GraphQL count']

async function probe(
  kind: Probe,
  collection: Collection,
  where: Record<string, Record<string, unknown>>,
  who: RequestOptions,
  draft = false,
): Promise<Outcome> {
  const { one, many } = GRAPHQL[collection]
  switch (kind) {
    case 'REST list':
      return restOutcome(
        await server.api.get(
          `/api/${collection}?${whereQuery(where)}&depth=0${draft ? '&draft=true' : ''}`,
          who,
        ),
      )
    case 'REST count':
      return restOutcome(
        await server.api.get(
          `/api/${collection}/count?${whereQuery(where)}${draft ? '&draft=true' : ''}`,
          who,
        ),
      )
    case 'GraphQL list': {
      const query = `query ($where: ${one}_where, $draft: Boolean) { R: ${many}(where: $where, draft: $draft) { totalDocs docs { id } } }`
      return graphqlOutcome(
        await server.api.graphql(query, { where: graphqlWhere(where), draft }, who),
      )
    }
    case 'GraphQL count': {
      const query = `query ($where: ${one}_where, $draft: Boolean) { R: count${many}(where: $where, draft: $draft) { totalDocs } }`
      return graphqlOutcome(
        await server.api.graphql(query, { where: graphqlWhere(where), draft }, who),
      )
    }
  }
}

/** GraphQL names nested paths with `__` and select values as enum names. */
const graphqlWhere = (where: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(
    Object.entries(where).map(([path, operators]) => [
      path.replace(/\./g, '__'),
      Object.fromEntries(
        Object.entries(operators).map(([operator, value]) => [
          operator,
          path === 'reviewStatus' && typeof value === 'string' ? value.replace(/-/g, '_') : value,
        ]),
      ),
    ]),
  )

/**
 * A filter on a field the caller may not read teaches them nothing: it is refused (4xx) or
 * matches nothing, and the true value and a wrong one get the same answer, counts included.
 */
function expectNothingLearned(hit: Outcome, miss: Outcome): void {
  for (const outcome of [hit, miss]) {
    if (outcome.ok) expect(outcome.totalDocs, outcome.raw).toBe(0)
    else expect(outcome.status >= 400 && outcome.status < 500, outcome.raw).toBe(true)
  }
  expect(hit.status, `${hit.raw} vs ${miss.raw}`).toBe(miss.status)
  expect(hit.totalDocs).toBe(miss.totalDocs)
}

const LICENSE = { licenseNumber: 'A123456', licenseState: 'CA' }
const STAFF_NOTE = 'Staff only: confirm the onset claim with Dr. Reyes before the newsletter.'

/** A published article with internal notes, claim flags and a completed review, and a clinic with notes. */
const reviewed = { article: 0 as Id, clinic: 0 as Id }

async function prepareReviewedContent(): Promise<void> {
  const text = 'Ketamine is not a guaranteed cure'
  const article = await server.payload.create({
    collection: 'articles',
    data: {
      ...articleData({
        title: text,
        slug: slugOf(text),
        summary: 'Some call it a guaranteed cure; the evidence says otherwise.',
      }),
      authors: [team.author.id],
      internalNotes: STAFF_NOTE,
    } as never,
    overrideAccess: true,
  })
  await approveDocument(
    server.api,
    'articles',
    article.id,
    team.editor,
    team.reviewer,
    'The claim is quoted to be refuted.',
  )
  const published = await server.api.patch(
    `/api/articles/${article.id}`,
    { _status: 'published' },
    { token: team.editor.token },
  )
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  reviewed.article = article.id
  const clinic = await server.payload.create({
    collection: 'clinic-locations',
    data: {
      ...clinicLocationData({ name: 'Harbor Clinic Hillcrest', slug: 'harbor-clinic-hillcrest' }),
      internalNotes: STAFF_NOTE,
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  reviewed.clinic = clinic.id
}

const STAFF_ROLES = ['author', 'medical-reviewer', 'editor', 'admin'] as const
const PUBLIC_ROLES = ['anonymous', 'frontend-preview'] as const

describe('field-level reads', () => {
  beforeAll(prepareReviewedContent)

  for (const role of ROLES) {
    const staff = (STAFF_ROLES as readonly string[]).includes(role)
    it(`${role} ${staff ? 'sees' : 'does not see'} internal notes, claim flags, review status and re-review date; everyone sees the byline`, async () => {
      const rest = await server.api.get(`/api/articles/${reviewed.article}?depth=0`, auth(role))
      const draft = await server.api.get(
        `/api/articles/${reviewed.article}?depth=0&draft=true`,
        auth(role),
      )
      const query = `query ($id: Int!, $draft: Boolean) { R: Article(id: $id, draft: $draft) { internalNotes claimFlags { phrase } reviewStatus nextReviewDue lastReviewedAt byline { reviewer { name credentials } } } }`
      const gql = await server.api.graphql(
        query,
        { id: Number(reviewed.article), draft: false },
        auth(role),
      )
      const gqlDraft = await server.api.graphql(
        query,
        { id: Number(reviewed.article), draft: true },
        auth(role),
      )
      for (const doc of [rest.body, draft.body, gql.body.data.R, gqlDraft.body.data.R]) {
        expect(doc.lastReviewedAt).toBeTruthy()
        expect(doc.byline.reviewer).toMatchObject({ name: 'Dr. Rosa Reyes', credentials: ['MD'] })
        if (staff) {
          expect(doc.internalNotes).toBe(STAFF_NOTE)
          expect(
            [
              ...new Set((doc.claimFlags ?? []).map((flag: { phrase: string }) => flag.phrase)),
            ].sort(),
          ).toEqual(['cure', 'guaranteed'])
          expect(doc.reviewStatus).toBe('approved')
          expect(doc.nextReviewDue).toBeTruthy()
        } else {
          expect(doc.internalNotes ?? null).toBeNull()
          expect(doc.claimFlags ?? []).toEqual([])
          expect(doc.reviewStatus ?? null).toBeNull()
          expect(doc.nextReviewDue ?? null).toBeNull()
        }
      }
      for (const response of [rest, draft, gql, gqlDraft])
        expect(JSON.stringify(response.body).includes(STAFF_NOTE)).toBe(staff)

      const clinic = await server.api.get(`/api/clinic-locations/${reviewed.clinic}`, auth(role))
      const clinicGql = await server.api.graphql(
        `{ R: ClinicLocation(id: ${reviewed.clinic}) { name internalNotes } }`,
        undefined,
        auth(role),
      )
      expect(clinic.body.internalNotes ?? null).toBe(staff ? STAFF_NOTE : null)
      expect(clinicGql.body.data.R.internalNotes).toBe(staff ? STAFF_NOTE : null)
    })
  }

  const VIEWERS: Array<{
    viewer: string
    who: () => RequestOptions
    sees: 'no account' | 'no license' | 'license'
  }> = [
    { viewer: 'anonymous', who: () => ({}), sees: 'no account' },
    {
      viewer: 'frontend-preview',
      who: () => ({ apiKey: team.preview.apiKey }),
      sees: 'no account',
    },
    { viewer: 'author', who: () => ({ token: team.author.token }), sees: 'no license' },
    { viewer: 'editor', who: () => ({ token: team.editor.token }), sees: 'no license' },
    {
      viewer: 'another medical-reviewer',
      who: () => ({ token: team.reviewer2.token }),
      sees: 'no license',
    },
    {
      viewer: 'the reviewer themself',
      who: () => ({ token: team.reviewer.token }),
      sees: 'license',
    },
    { viewer: 'admin', who: () => ({ token: team.admin.token }), sees: 'license' },
  ]

  for (const { viewer, who, sees } of VIEWERS) {
    it(`license fields: ${viewer} → ${sees}`, async () => {
      const one = await server.api.get(`/api/users/${team.reviewer.id}`, who())
      const list = await server.api.get(`/api/users?where[id][equals]=${team.reviewer.id}`, who())
      const gql = await server.api.graphql(
        `{ R: User(id: ${team.reviewer.id}) { name licenseNumber licenseState licenseExpiresAt } }`,
        undefined,
        who(),
      )
      // Through a document that links the reviewer (populated relationship, REST and GraphQL).
      const linked = await server.api.get(`/api/articles/${reviewed.article}?depth=1`, who())
      const linkedGql = await server.api.graphql(
        `{ R: Article(id: ${reviewed.article}) { medicalReviewer { name licenseNumber licenseState licenseExpiresAt } } }`,
        undefined,
        who(),
      )
      if (sees === 'no account') {
        expect(one.status).toBe(403)
        expect(list.status).toBe(403)
        expect(gql.body.errors?.[0].extensions.statusCode).toBe(403)
        // Readers see the reviewer through the byline, never as a user id.
        expect(linked.body.medicalReviewer).toBeUndefined()
        expect(linkedGql.body.data.R.medicalReviewer).toBeNull()
      } else {
        // A populated link carries the public profile only (the users' defaultPopulate), whoever asks.
        expect(Object.keys(linked.body.medicalReviewer).sort()).toEqual([
          'collection',
          'credentials',
          'id',
          'name',
          'photo',
          'specialty',
        ])
        const docs = [
          one.body,
          list.body.docs[0],
          gql.body.data.R,
          linkedGql.body.data.R.medicalReviewer,
        ]
        for (const doc of docs) {
          expect(doc.name).toBe('Dr. Rosa Reyes')
          if (sees === 'license') {
            expect(doc).toMatchObject(LICENSE)
            expect(doc.licenseExpiresAt).toBeTruthy()
          } else {
            for (const field of ['licenseNumber', 'licenseState', 'licenseExpiresAt'])
              expect(doc[field] ?? null, field).toBeNull()
          }
        }
      }
      for (const response of [one, list, gql, linkedGql])
        expect(JSON.stringify(response.body).includes(LICENSE.licenseNumber)).toBe(
          sees === 'license',
        )
      expect(JSON.stringify(linked.body)).not.toContain(LICENSE.licenseNumber)
    })
  }
})

describe('hidden fields cannot be used to filter or count', () => {
  beforeAll(async () => {
    if (!reviewed.article) await prepareReviewedContent()
  })

  const future = () => new Date(Date.now() + 100 * 365 * 864e5).toISOString()
  const CONTENT_FILTERS: Array<{
    label: string
    collection: Collection
    hit: () => Record<string, Record<string, unknown>>
    miss: () => Record<string, Record<string, unknown>>
  }> = [
    {
      label: 'articles by internalNotes',
      collection: 'articles',
      hit: () => ({ internalNotes: { equals: STAFF_NOTE } }),
      miss: () => ({ internalNotes: { equals: 'no such note' } }),
    },
    {
      label: 'articles by internalNotes (like)',
      collection: 'articles',
      hit: () => ({ internalNotes: { like: 'onset claim' } }),
      miss: () => ({ internalNotes: { like: 'zzzz' } }),
    },
    {
      label: 'articles by claim flag',
      collection: 'articles',
      hit: () => ({ 'claimFlags.phrase': { equals: 'guaranteed' } }),
      miss: () => ({ 'claimFlags.phrase': { equals: 'no-such-phrase' } }),
    },
    {
      label: 'articles by reviewStatus',
      collection: 'articles',
      hit: () => ({ reviewStatus: { equals: 'approved' } }),
      miss: () => ({ reviewStatus: { equals: 'review-overdue' } }),
    },
    {
      label: 'articles by nextReviewDue',
      collection: 'articles',
      hit: () => ({ nextReviewDue: { greater_than: new Date().toISOString() } }),
      miss: () => ({ nextReviewDue: { greater_than: future() } }),
    },
    {
      label: 'clinics by internalNotes',
      collection: 'clinic-locations',
      hit: () => ({ internalNotes: { equals: STAFF_NOTE } }),
      miss: () => ({ internalNotes: { equals: 'no such note' } }),
    },
  ]

  for (const role of PUBLIC_ROLES) {
    for (const filter of CONTENT_FILTERS) {
      for (const kind of PROBES) {
        it(`${role}: ${filter.label} (${kind}, published and draft=true)`, async () => {
          for (const draft of [false, true]) {
            expectNothingLearned(
              await probe(kind, filter.collection, filter.hit(), auth(role), draft),
              await probe(kind, filter.collection, filter.miss(), auth(role), draft),
            )
          }
        })
      }
    }
  }

  type Where = Record<string, Record<string, unknown>>
  const LICENSE_FILTERS: Array<{ label: string; hit: Where; miss: Where }> = [
    {
      label: 'licenseNumber',
      hit: { licenseNumber: { equals: LICENSE.licenseNumber } },
      miss: { licenseNumber: { equals: 'Z999999' } },
    },
    {
      label: 'licenseNumber (like)',
      hit: { licenseNumber: { like: 'A12' } },
      miss: { licenseNumber: { like: 'Q98' } },
    },
    {
      label: 'licenseState',
      hit: { licenseState: { equals: 'CA' } },
      miss: { licenseState: { equals: 'ZZ' } },
    },
    {
      label: 'licenseExpiresAt',
      hit: { licenseExpiresAt: { greater_than: '2000-01-01T00:00:00.000Z' } },
      miss: { licenseExpiresAt: { greater_than: '2999-01-01T00:00:00.000Z' } },
    },
  ]
  const STAFF_VIEWERS: Array<[string, () => RequestOptions]> = [
    ['author', () => ({ token: team.author.token })],
    ['editor', () => ({ token: team.editor.token })],
    ['another medical-reviewer', () => ({ token: team.reviewer2.token })],
    ['the reviewer themself', () => ({ token: team.reviewer.token })],
  ]
  for (const [viewer, who] of STAFF_VIEWERS) {
    for (const filter of LICENSE_FILTERS) {
      for (const kind of PROBES) {
        it(`${viewer}: users by ${filter.label} (${kind})`, async () => {
          expectNothingLearned(
            await probe(kind, 'users', filter.hit, who()),
            await probe(kind, 'users', filter.miss, who()),
          )
        })
      }
    }
    it(`${viewer}: content by its reviewer's license (relationship path, REST)`, async () => {
      for (const kind of ['REST list', 'REST count'] as const) {
        expectNothingLearned(
          await probe(
            kind,
            'articles',
            { 'medicalReviewer.licenseNumber': { equals: LICENSE.licenseNumber } },
            who(),
          ),
          await probe(
            kind,
            'articles',
            { 'medicalReviewer.licenseNumber': { equals: 'Z999999' } },
            who(),
          ),
        )
      }
    })
  }

  for (const role of PUBLIC_ROLES) {
    it(`${role}: content by its authors' or reviewer's account fields (relationship path, REST)`, async () => {
      for (const kind of ['REST list', 'REST count'] as const) {
        for (const [path, hit, miss] of [
          ['authors.email', team.author.email, 'nobody@example.com'],
          ['medicalReviewer.licenseNumber', LICENSE.licenseNumber, 'Z999999'],
          ['medicalReviewer.email', team.reviewer.email, 'nobody@example.com'],
        ] as const) {
          expectNothingLearned(
            await probe(kind, 'articles', { [path]: { equals: hit } }, auth(role)),
            await probe(kind, 'articles', { [path]: { equals: miss } }, auth(role)),
          )
        }
      }
    })
  }
})

describe('accounts: roles, licenses, the last admin and lockout', () => {
  const SELF_EDITORS = ['author', 'medical-reviewer', 'editor'] as const

  for (const role of SELF_EDITORS) {
    it(`${role} cannot raise their own role, over REST or GraphQL, and nothing changes`, async () => {
      const me = actor(role)
      const before = await snapshot()
      const rest = await server.api.patch(
        `/api/users/${me.id}`,
        { roles: ['admin'] },
        { token: me.token },
      )
      expect(rest.status, JSON.stringify(rest.body)).toBe(403)
      expect(rest.body.errors[0].data).toMatchObject({ rule: 'admin-only-field', field: 'roles' })
      const graphql = await server.api.graphql(
        'mutation ($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { roles } }',
        { id: me.id },
        { token: me.token },
      )
      expect(graphql.body.errors?.[0].extensions).toMatchObject({
        statusCode: 403,
        data: { field: 'roles' },
      })
      expect(await snapshot()).toEqual(before)
    })
  }

  it('a reviewer cannot extend their own license; an admin can', async () => {
    const reviewer = team.reviewer
    const later = new Date(Date.now() + 5 * 365 * 24 * 3600 * 1000).toISOString()
    const before = await snapshot()
    const own = await server.api.patch(
      `/api/users/${reviewer.id}`,
      { licenseExpiresAt: later },
      { token: reviewer.token },
    )
    expect(own.status, JSON.stringify(own.body)).toBe(403)
    expect(own.body.errors[0].data).toMatchObject({
      rule: 'admin-only-field',
      field: 'licenseExpiresAt',
    })
    expect(await snapshot()).toEqual(before)

    const byAdmin = await server.api.patch(
      `/api/users/${reviewer.id}`,
      { licenseExpiresAt: later },
      { token: team.admin.token },
    )
    expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(200)
    const stored = await server.payload.findByID({
      collection: 'users',
      id: reviewer.id,
      overrideAccess: true,
    })
    expect(new Date(stored.licenseExpiresAt as string).toISOString()).toBe(later)
  })

  it('the last admin can neither lose the role nor be deleted; with a second admin, both work', async () => {
    const admin = team.admin
    const before = await snapshot()
    // Nobody changes their own roles, admins included; another admin must.
    const demote = await server.api.patch(
      `/api/users/${admin.id}`,
      { roles: ['editor'] },
      { token: admin.token },
    )
    expect(demote.status, JSON.stringify(demote.body)).toBe(403)
    expect(demote.body.errors[0].data).toMatchObject({ rule: 'self-credentialing' })
    await expect(
      server.payload.update({
        collection: 'users',
        id: admin.id,
        data: { roles: ['editor'] },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 409 })
    const remove = await server.api.delete(`/api/users/${admin.id}`, { token: admin.token })
    expect(remove.status, JSON.stringify(remove.body)).toBe(409)
    const graphql = await server.api.graphql(
      'mutation ($id: Int!) { deleteUser(id: $id) { id } }',
      { id: admin.id },
      { token: admin.token },
    )
    expect(graphql.body.errors?.[0].extensions).toMatchObject({
      statusCode: 409,
      data: { rule: 'last-admin' },
    })
    expect(await snapshot()).toEqual(before)

    const second = await server.api.post(
      '/api/users',
      {
        email: 'second-admin@example.com',
        password: PASSWORD,
        name: 'Second Admin',
        roles: ['admin'],
      },
      { token: admin.token },
    )
    expect(second.status, JSON.stringify(second.body)).toBe(201)
    // With two admins, one may demote the other; the one left is again the last.
    const demoted = await server.api.patch(
      `/api/users/${second.body.doc.id}`,
      { roles: ['editor'] },
      { token: admin.token },
    )
    expect(demoted.status, JSON.stringify(demoted.body)).toBe(200)
    await expect(
      server.payload.update({
        collection: 'users',
        id: admin.id,
        data: { roles: ['editor'] },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 409 })
    const deleted = await server.api.delete(`/api/users/${second.body.doc.id}`, {
      token: admin.token,
    })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
  })

  it('locks an account after 5 failed logins for 10 minutes, with the same answer for an unknown email and a wrong password', async () => {
    const email = 'lockout@example.com'
    const created = await server.api.post(
      '/api/users',
      { email, password: PASSWORD, name: 'Lockout Target', roles: ['author'] },
      { token: team.admin.token },
    )
    expect(created.status).toBe(201)
    const unknown = await server.api.post('/api/users/login', {
      email: 'nobody-here@example.com',
      password: 'wrong password here',
    })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await server.api.post('/api/users/login', {
        email,
        password: `wrong password ${attempt}`,
      })
      expect(wrong.status).toBe(unknown.status)
      expect(wrong.body).toEqual(unknown.body)
    }
    expect(unknown.status).toBe(401)
    const locked = await server.api.post('/api/users/login', { email, password: PASSWORD })
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toMatch(/locked/i)
    const stored = await server.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
      showHiddenFields: true,
    })
    const lockUntil = new Date(stored.docs[0].lockUntil as string).getTime()
    expect(lockUntil - Date.now()).toBeGreaterThan(9 * 60_000)
    expect(lockUntil - Date.now()).toBeLessThanOrEqual(10 * 60_000)

    // An admin can unlock it; then the right password works again.
    const unlocked = await server.api.post(
      '/api/users/unlock',
      { email },
      { token: team.admin.token },
    )
    expect(unlocked.status, JSON.stringify(unlocked.body)).toBe(200)
    expect((await server.api.post('/api/users/login', { email, password: PASSWORD })).status).toBe(
      200,
    )
  })
})

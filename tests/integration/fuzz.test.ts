import fs from 'node:fs'

import fc from 'fast-check'
import type { CollectionSlug, FlattenedField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentChanges } from '../../src/delivery/contentChanges'
import { CONTENT_COLLECTIONS, fingerprint, type Fingerprint } from '../helpers/fingerprint'
import {
  articleData,
  clinicLocationData,
  conditionData,
  createTeam,
  disclosureData,
  mediaUpload,
  publishApproved,
  TINY_PNG,
  treatmentData,
  type Team,
} from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * Property-based bad input: about 4,850 generated requests per run (and database), each of
 * which the server must refuse with a 4xx and a JSON `errors` list (or, for a read that can
 * legitimately be answered, a 2xx that shows nothing hidden), never a 5xx; after each one
 * /healthz answers. Writes are made with editor or admin tokens, so that what refuses them is
 * the validation, not access; what proves they wrote nothing is described at NothingWritten.
 *
 * The seed is fixed so a failure reproduces: FUZZ_SEED=<n> picks another one, and fast-check
 * prints the seed and the shrunk counterexample of any failure. FUZZ_SCALE multiplies the
 * number of runs (for a longer soak).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127)
const SCALE = Number(process.env.FUZZ_SCALE ?? 1)
if (!Number.isInteger(SEED) || !(SCALE > 0))
  throw new Error(
    `FUZZ_SEED must be an integer and FUZZ_SCALE positive (got ${process.env.FUZZ_SEED}, ${process.env.FUZZ_SCALE})`,
  )
const runs = (count: number) => Math.max(1, Math.round(count * SCALE))
/** FUZZ_VERBOSE=1 prints every case as it starts, to find one that hangs. */
const VERBOSE = process.env.FUZZ_VERBOSE === '1'

let server: TestServer
let team: Team
/** Cases run per property, summed up and printed at the end. */
const tally: Record<string, number> = {}

// ---------------------------------------------------------------------------------------------
// Requests and what every answer must look like
// ---------------------------------------------------------------------------------------------

interface Answer {
  status: number
  contentType: string
  text: string
  json: any
  setCookie: string[]
  /** An answer of the GraphQL endpoint, which refuses an operation that ran with 200 and errors (GraphQL over HTTP). */
  graphql: boolean
}

interface Send {
  body?: BodyInit | Uint8Array | Buffer
  headers?: Record<string, string>
  token?: string
}

async function send(
  method: string,
  path: string,
  { body, headers = {}, token }: Send = {},
): Promise<Answer> {
  const graphql = path.split('?')[0] === '/api/graphql'
  // The media type under which a request that cannot run answers 4xx (with application/json, 200).
  const all: Record<string, string> = {
    ...(graphql ? { accept: 'application/graphql-response+json' } : {}),
    ...headers,
  }
  if (token) all.authorization = `JWT ${token}`
  const payload = Buffer.isBuffer(body) ? new Uint8Array(body) : body
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: all,
    body: payload as BodyInit | undefined,
  })
  const text = await response.text()
  const contentType = response.headers.get('content-type') ?? ''
  let json: unknown
  try {
    json = contentType.includes('json') && text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return {
    status: response.status,
    contentType,
    text,
    json,
    setCookie: response.headers.getSetCookie(),
    graphql,
  }
}

const sendJson = (method: string, path: string, value: unknown, token?: string) =>
  send(method, path, {
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json' },
    token,
  })

function describeAnswer(label: string, answer: Answer): string {
  return `${label} → ${answer.status} ${answer.contentType} ${answer.text.slice(0, 400)}`
}

/** A JSON body with a non-empty `errors` list whose first entry has a message. */
function expectErrorBody(label: string, answer: Answer): void {
  expect(answer.contentType, describeAnswer(label, answer)).toContain('json')
  expect(
    Array.isArray(answer.json?.errors) && answer.json.errors.length > 0,
    describeAnswer(label, answer),
  ).toBe(true)
  expect(
    typeof answer.json.errors[0].message === 'string' && answer.json.errors[0].message.length > 0,
    describeAnswer(label, answer),
  ).toBe(true)
}

/** An operation that ran and was refused: 200, errors, and no field with a value. */
const refusedWhileRunning = (answer: Answer) =>
  answer.graphql &&
  answer.status === 200 &&
  (answer.json?.data === null ||
    Object.values(answer.json?.data ?? { field: 1 }).every((value) => value === null))

/** Refused by the server: a 4xx with a JSON error body (or, over GraphQL, an operation that ran and produced nothing). */
function expectRefused(label: string, answer: Answer): void {
  expect(
    (answer.status >= 400 && answer.status < 500) || refusedWhileRunning(answer),
    describeAnswer(label, answer),
  ).toBe(true)
  expectErrorBody(label, answer)
}

/** A read: refused as above, or answered with a 2xx that contains nothing the caller may not see. */
function expectAnsweredWithoutSecrets(label: string, answer: Answer): void {
  expect(answer.status < 500, describeAnswer(label, answer)).toBe(true)
  if (answer.status >= 400) {
    expectErrorBody(label, answer)
    return
  }
  expect(answer.status >= 200 && answer.status < 300, describeAnswer(label, answer)).toBe(true)
  const leaked = hidden.markers.find((marker) => answer.text.includes(marker))
  expect(leaked, `${describeAnswer(label, answer)}\nshows hidden value ${leaked}`).toBeUndefined()
  const docs: Array<{ id?: unknown; _status?: unknown }> = Array.isArray(answer.json?.docs)
    ? answer.json.docs
    : []
  for (const doc of docs)
    expect(
      doc._status ?? 'published',
      `${label}: an unpublished document in an anonymous answer`,
    ).toBe('published')
}

async function expectHealthy(label: string): Promise<void> {
  const health = await send('GET', '/healthz')
  expect(health.status, `/healthz after ${label}`).toBe(200)
}

// ---------------------------------------------------------------------------------------------
// Nothing was written
// ---------------------------------------------------------------------------------------------

/**
 * Proof that rejected writes wrote nothing, at two granularities:
 * - per case: the server announces every committed create, update and delete of its content
 *   collections and users (the `contentChanges` event behind cache invalidation and webhooks);
 *   no case may cause one.
 * - per batch: every FINGERPRINT_BATCH rejected writes, and at the end of each property, the
 *   full fingerprint (tests/helpers/fingerprint.ts: every document and version of the content
 *   collections and of users, all locales, hidden fields included) must equal the one taken
 *   before the property's first case. It is the stronger check (it also sees writes that
 *   bypass hooks) and the slow one (tens of milliseconds), hence batched.
 * The media directory is compared after every rejected upload.
 */
const FINGERPRINT_BATCH = 10
const FINGERPRINTED: CollectionSlug[] = [...CONTENT_COLLECTIONS, 'users']

class NothingWritten {
  private baseline: Fingerprint | undefined
  private announced: string[] = []
  private pending: string[] = []
  private readonly listener = (change: { collection: string; id: unknown; operation: string }) => {
    this.announced.push(`${change.operation} ${change.collection} ${String(change.id)}`)
  }

  async start(): Promise<void> {
    contentChanges.on('change', this.listener)
    this.baseline = await fingerprint(server.payload, FINGERPRINTED)
    this.announced = []
    this.pending = []
  }

  /** Before each case: what was announced before it belongs to an earlier (already failed) case. */
  beginCase(): void {
    this.announced = []
  }

  /** After each rejected write: no announced change now; the full fingerprint every FINGERPRINT_BATCH cases. */
  async check(label: string): Promise<void> {
    if (this.announced.length > 0) {
      const changes = this.announced.splice(0)
      this.baseline = await fingerprint(server.payload, FINGERPRINTED)
      throw new Error(`${label}\nwas refused, yet the server committed: ${changes.join('; ')}`)
    }
    this.pending.push(label)
    if (this.pending.length >= FINGERPRINT_BATCH) await this.compare()
  }

  async compare(): Promise<void> {
    const batch = this.pending.splice(0)
    const now = await fingerprint(server.payload, FINGERPRINTED)
    if (now.hash === this.baseline?.hash) return
    const before = this.baseline
    this.baseline = now
    throw new Error(
      `the database changed during this batch of ${batch.length} rejected writes:\n${batch.join('\n')}\ncounts before ${JSON.stringify(before?.counts)}, after ${JSON.stringify(now.counts)}`,
    )
  }

  async finish(): Promise<void> {
    contentChanges.off('change', this.listener)
    await this.compare()
  }
}

/** The write check of the running property (properties run one at a time). */
let guard: NothingWritten

/** Runs one property with the fixed seed; the error names the seed and how to rerun it. */
async function property<Ts extends [unknown, ...unknown[]]>(
  name: string,
  numRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => Promise<void>,
  options: { writes?: boolean } = {},
): Promise<void> {
  if (options.writes) {
    guard = new NothingWritten()
    await guard.start()
  }
  let cases = 0
  try {
    await fc.assert(
      fc.asyncProperty(...arbitraries, async (...args: Ts) => {
        cases += 1
        if (VERBOSE)
          process.stdout.write(`[fuzz] ${name} #${cases}: ${JSON.stringify(args).slice(0, 200)}\n`)
        if (options.writes) guard.beginCase()
        await predicate(...args)
      }),
      { seed: SEED, numRuns, interruptAfterTimeLimit: undefined },
    )
    if (options.writes) await guard.finish()
  } catch (error) {
    if (error instanceof Error)
      error.message = `[fuzz: ${name}; seed ${SEED}, rerun with FUZZ_SEED=${SEED}]\n${error.message}`
    throw error
  } finally {
    tally[name] = cases
  }
  // A property that ran fewer cases than asked would be a test that stopped looking.
  expect(cases).toBeGreaterThanOrEqual(numRuns)
}

// ---------------------------------------------------------------------------------------------
// What must never show: values planted in the database for the caller to find
// ---------------------------------------------------------------------------------------------

const INTERNAL_NOTE = 'fuzz-internal-note-5be1c0'
const DRAFT_TITLE = 'Fuzz unpublished draft 71f3'
const LICENSE_NUMBER = 'A123456'

const hidden = {
  markers: [] as string[],
  publishedArticle: 0 as number | string,
}

let workflowArticle: number | string

/** Existing documents each write goes to, and the data a valid create would send. */
const targets: Record<
  string,
  { id: number | string; token: () => string; valid: () => Record<string, unknown> }
> = {}

/** A mutation an editor may run: the GraphQL write cases add faults to it. */
const GRAPHQL_CREATE =
  'mutation { createCondition(data: { name: "Fuzz GraphQL condition" }) { id } }'

/** The first required text field of a collection: what a plain edit changes. */
function firstTextField(collection: string): string {
  return (
    {
      articles: 'title',
      'treatment-options': 'name',
      'risk-disclosures': 'title',
      'clinic-locations': 'name',
      conditions: 'name',
      users: 'name',
      webhooks: 'name',
      media: 'alt',
    } as Record<string, string>
  )[collection]
}

const WRITE_COLLECTIONS = [
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
  'users',
  'webhooks',
] as const
type WriteCollection = (typeof WRITE_COLLECTIONS)[number]

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  const { api } = server
  const editor = () => team.editor.token
  const admin = () => team.admin.token

  hidden.publishedArticle = await publishApproved(
    api,
    team,
    'articles',
    articleData({ title: 'Fuzz published article', internalNotes: INTERNAL_NOTE }),
  )
  const draft = await api.post(
    '/api/articles',
    articleData({ title: DRAFT_TITLE, internalNotes: INTERNAL_NOTE }),
    { token: editor() },
  )
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const create = async (collection: string, data: Record<string, unknown>, token: string) => {
    const response = await api.post(`/api/${collection}`, data, { token })
    expect(response.status, `${collection}: ${JSON.stringify(response.body)}`).toBe(201)
    return response.body.doc.id as number | string
  }
  const media = await api.request('POST', '/api/media', undefined, {
    token: editor(),
    rawBody: mediaUpload({ alt: 'Fuzz pixel' }),
  })
  expect(media.status, JSON.stringify(media.body)).toBe(201)

  targets.articles = {
    id: draft.body.doc.id,
    token: editor,
    valid: () => articleData({ title: 'Fuzz article' }),
  }
  targets['treatment-options'] = {
    id: await create('treatment-options', treatmentData({ name: 'Fuzz treatment' }), editor()),
    token: editor,
    valid: () => treatmentData({ name: 'Fuzz treatment 2' }),
  }
  targets['risk-disclosures'] = {
    id: await create('risk-disclosures', disclosureData({ title: 'Fuzz risk' }), editor()),
    token: editor,
    valid: () => disclosureData({ title: 'Fuzz risk 2' }),
  }
  targets['clinic-locations'] = {
    id: await create(
      'clinic-locations',
      clinicLocationData({ name: 'Fuzz clinic', internalNotes: INTERNAL_NOTE }),
      editor(),
    ),
    token: editor,
    valid: () => clinicLocationData({ name: 'Fuzz clinic 2' }),
  }
  targets.conditions = {
    id: await create(
      'conditions',
      { ...conditionData({ name: 'Fuzz condition' }), _status: 'published' },
      editor(),
    ),
    token: editor,
    valid: () => conditionData({ name: 'Fuzz condition 2' }),
  }
  let userCount = 0
  targets.users = {
    id: team.author.id,
    token: admin,
    valid: () => ({
      email: `fuzz-new-${(userCount += 1)}@example.com`,
      name: 'Fuzz New',
      password: 'a long enough password',
      roles: ['author'],
    }),
  }
  targets.webhooks = {
    id: await create(
      'webhooks',
      {
        name: 'Fuzz hook',
        url: 'https://hooks.example.com/fuzz',
        events: ['publish'],
        collections: ['articles'],
        secret: 'fuzz-webhook-secret-0123456789',
      },
      admin(),
    ),
    token: admin,
    valid: () => ({
      name: 'Fuzz hook 2',
      url: 'https://hooks.example.com/fuzz2',
      events: ['publish'],
      collections: ['articles'],
      secret: 'another-webhook-secret-0123',
    }),
  }
  // Workflow actions go to an article of their own, kept in draft so that submitting it would succeed.
  workflowArticle = await create(
    'articles',
    articleData({ title: 'Fuzz workflow article' }),
    editor(),
  )

  // Controls: each valid body, and the GraphQL mutation the write cases spoil, is accepted as it is.
  for (const collection of WRITE_COLLECTIONS) {
    const { token, valid } = targets[collection]
    const created = await api.post(`/api/${collection}`, valid(), { token: token() })
    expect(created.status, `${collection}: ${JSON.stringify(created.body)}`).toBe(201)
    const edited = await api.patch(
      `/api/${collection}/${targets[collection].id}`,
      { [firstTextField(collection)]: 'Fuzz edit' },
      { token: token() },
    )
    expect(edited.status, `${collection}: ${JSON.stringify(edited.body)}`).toBe(200)
  }
  const graphqlControl = await api.post(
    '/api/graphql',
    { query: GRAPHQL_CREATE },
    { token: editor() },
  )
  expect(
    graphqlControl.body.data?.createCondition?.id,
    JSON.stringify(graphqlControl.body),
  ).toBeDefined()
  const workflowControl = await create(
    'articles',
    articleData({ title: 'Fuzz workflow control' }),
    editor(),
  )
  expect(
    (await api.post(`/api/articles/${workflowControl}/submit-for-review`, {}, { token: editor() }))
      .status,
  ).toBe(200)

  // A reset token to look for: requested over HTTP, read back from the database.
  const forgot = await api.post('/api/users/forgot-password', { email: team.author.email })
  expect(forgot.status, JSON.stringify(forgot.body)).toBe(200)
  const { docs: users } = await server.payload.find({
    collection: 'users',
    showHiddenFields: true,
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  const secretsOf = (user: Record<string, unknown>) =>
    ['hash', 'salt', 'resetPasswordToken', 'apiKey', 'apiKeyIndex']
      .map((key) => user[key])
      .filter((value): value is string => typeof value === 'string' && value.length > 0)
  const userSecrets = users.flatMap((user) => secretsOf(user as unknown as Record<string, unknown>))
  expect(userSecrets.length).toBeGreaterThan(2 * users.length)
  hidden.markers = [
    INTERNAL_NOTE,
    DRAFT_TITLE,
    LICENSE_NUMBER,
    team.preview.apiKey,
    'fuzz-webhook-secret-0123456789',
    ...users.map((user) => user.email),
    ...userSecrets,
  ]
}, 180_000)

afterAll(async () => {
  const total = Object.values(tally).reduce((sum, count) => sum + count, 0)
  console.log(
    `[fuzz] seed ${SEED}, ${server?.database.kind}: ${total} cases\n${Object.entries(tally)
      .map(([name, count]) => `  ${count.toString().padStart(5)}  ${name}`)
      .join('\n')}`,
  )
  await server?.close()
})

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const smallString = fc.string({ maxLength: 24 })
const scalar = fc.oneof(
  smallString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
)
const smallJson = fc.jsonValue({ maxDepth: 3 })
const NUMERIC_TEXT = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i

/** Values that are not text. */
const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(smallString, { maxLength: 4 }),
  fc.dictionary(smallString, scalar, { maxKeys: 4 }),
)
/** Non-empty text that is not a number. */
const notNumericText = smallString.filter((text) => text !== '' && !NUMERIC_TEXT.test(text.trim()))
/** Non-objects, lists included. */
const notObject = fc.oneof(
  smallString,
  fc.integer(),
  fc.boolean(),
  fc.array(scalar, { maxLength: 4 }),
)
/** Not a document id of a SQL database: fractions, negatives, zero, huge, text, objects without an id, lists. */
const notId = fc.oneof(
  fc.boolean(),
  fc.integer({ max: 0 }),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((value) => !Number.isSafeInteger(value)),
  notNumericText,
  fc.dictionary(
    smallString.filter((key) => key !== 'id'),
    scalar,
    { maxKeys: 3 },
  ),
  fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }).map((ids) => [ids]),
)
/** Not a Lexical document, or one with a node that is not a node. */
const notRichText = fc.oneof(
  notObject,
  fc.constant({}),
  fc.record({ root: notObject }),
  fc.record({
    root: fc.record({
      type: fc.constant('root'),
      children: notObject.filter((value) => !Array.isArray(value)),
    }),
  }),
  fc.record({
    root: fc.record({
      type: fc.constant('root'),
      children: fc.array(notObject, { minLength: 1, maxLength: 3 }),
    }),
  }),
  fc.record({
    root: fc.record({
      type: fc.constant('root'),
      children: fc.tuple(
        fc.record({
          type: fc.constant('paragraph'),
          children: fc.oneof(
            smallString,
            fc.integer(),
            fc.dictionary(smallString, scalar, { maxKeys: 2 }),
          ),
        }),
      ),
    }),
  }),
)

function optionsOf(field: FlattenedField): string[] {
  return 'options' in field
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []
}

/** A value of the wrong JSON type for `field`, or undefined when the field takes any JSON. */
function wrongValueFor(field: FlattenedField): fc.Arbitrary<unknown> | undefined {
  const many = 'hasMany' in field && field.hasMany === true
  const eachOf = (bad: fc.Arbitrary<unknown>, good: fc.Arbitrary<unknown>) =>
    fc.oneof(
      notObject.filter((value) => !Array.isArray(value)),
      fc.tuple(fc.array(good, { maxLength: 2 }), bad).map(([list, entry]) => [...list, entry]),
    )
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many
        ? eachOf(
            notString.filter((value) => !Array.isArray(value)),
            fc.constant('ok'),
          )
        : notString
    case 'number': {
      const bad = fc.oneof(
        fc.boolean(),
        notNumericText,
        fc.dictionary(smallString, scalar, { maxKeys: 2 }),
      )
      return many
        ? eachOf(bad, fc.integer())
        : fc.oneof(bad, fc.array(fc.integer(), { minLength: 1, maxLength: 3 }))
    }
    case 'checkbox':
      return fc.oneof(
        fc.integer(),
        smallString.filter((text) => text !== 'true' && text !== 'false'),
        fc.array(fc.boolean(), { maxLength: 2 }),
        fc.dictionary(smallString, scalar, { maxKeys: 2 }),
      )
    case 'date':
      return fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.array(smallString, { maxLength: 2 }),
        fc.dictionary(smallString, scalar, { maxKeys: 2 }),
      )
    case 'select':
    case 'radio': {
      const options = optionsOf(field)
      const bad = fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.dictionary(smallString, scalar, { maxKeys: 2 }),
        smallString.filter((text) => text !== '' && !options.includes(text)),
      )
      return many ? eachOf(bad, fc.constantFrom(...options)) : bad
    }
    case 'relationship':
    case 'upload':
      return many ? eachOf(notId, fc.constant(1)) : notId
    case 'group':
    case 'tab':
      return notObject
    case 'array':
      return fc.oneof(
        notObject.filter((value) => !Array.isArray(value)),
        fc.dictionary(smallString, scalar, { maxKeys: 2 }),
        fc.array(notObject, { minLength: 1, maxLength: 3 }),
      )
    case 'richText':
      return notRichText
    case 'point':
      return notObject
    default:
      return undefined
  }
}

interface WrongField {
  collection: WriteCollection
  field: string
  type: string
  many: boolean
}

/** Every top-level field of every writable collection that has a JSON type to get wrong, with a generator of wrong values. */
function wrongFields(): Array<[WrongField, fc.Arbitrary<unknown>]> {
  return WRITE_COLLECTIONS.flatMap((collection) =>
    server.payload.collections[collection].config.flattenedFields.flatMap(
      (field): Array<[WrongField, fc.Arbitrary<unknown>]> => {
        const value = 'name' in field ? wrongValueFor(field) : undefined
        return value
          ? [
              [
                {
                  collection,
                  field: field.name,
                  type: field.type,
                  many: 'hasMany' in field && field.hasMany === true,
                },
                value,
              ],
            ]
          : []
      },
    ),
  )
}

/** A document update path: by id, or as a bulk update of that one document. */
const updatePath = (collection: string, id: number | string, bulk: boolean) =>
  bulk ? `/api/${collection}?where[id][equals]=${id}` : `/api/${collection}/${id}`

/** Bytes that are not UTF-8: stray continuation bytes, truncated sequences, overlong forms, surrogates. */
const INVALID_UTF8 = [
  [0xff],
  [0xfe],
  [0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
]

/** JSON text nested `depth` levels deep around `inner`. */
function nested(depth: number, kind: 'array' | 'object', inner = '1'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`
}

/** The JSON object text `objectText` with `key` set to the raw JSON text `raw` (replacing any value it had). */
function withRawValue(objectText: string, key: string, raw: string): string {
  const rest = JSON.parse(objectText) as Record<string, unknown>
  delete rest[key]
  const others = JSON.stringify(rest).slice(1)
  return `{${JSON.stringify(key)}:${raw}${others === '}' ? '}' : `,${others}`}`
}

// ---------------------------------------------------------------------------------------------
// Writes (editor or admin tokens, so that access is never what refuses them)
// ---------------------------------------------------------------------------------------------

describe('bad writes are refused with a 4xx and change nothing', () => {
  const collectionArb = fc.constantFrom(...WRITE_COLLECTIONS)

  /** One write of raw body text to a create, an update, a bulk update, a workflow action or GraphQL. */
  const writeTarget = fc.record({
    collection: collectionArb,
    kind: fc.constantFrom('create', 'update', 'bulk', 'workflow', 'graphql'),
  })

  /**
   * A body the server accepts as it is (checked in beforeAll): the faults added to it are what
   * must make it fail. For GraphQL, a mutation that creates a condition.
   */
  function baseBody(target: { collection: WriteCollection; kind: string }): string {
    if (target.kind === 'graphql') return JSON.stringify({ query: GRAPHQL_CREATE })
    if (target.kind === 'workflow') return '{}'
    return JSON.stringify(
      target.kind === 'create'
        ? targets[target.collection].valid()
        : { [firstTextField(target.collection)]: 'Fuzz edit' },
    )
  }

  async function writeRaw(
    target: { collection: WriteCollection; kind: string },
    body: Buffer | string,
    label: string,
    contentType = 'application/json',
  ) {
    const { id, token } = targets[target.collection]
    const path =
      target.kind === 'create'
        ? `/api/${target.collection}`
        : target.kind === 'workflow'
          ? `/api/articles/${workflowArticle}/submit-for-review`
          : target.kind === 'graphql'
            ? '/api/graphql'
            : updatePath(target.collection, id, target.kind === 'bulk')
    const method =
      target.kind === 'create' || target.kind === 'workflow' || target.kind === 'graphql'
        ? 'POST'
        : 'PATCH'
    const answer = await send(method, path, {
      body,
      headers: { 'content-type': contentType },
      token: token(),
    })
    const description = `${label}: ${method} ${path}`
    expectRefused(description, answer)
    await expectHealthy(description)
    return description
  }

  it('malformed JSON text', async () => {
    // Not blank: an empty body is no body, which an update or a workflow action may legitimately take.
    const notJson = fc.string({ maxLength: 80, unit: 'binary' }).filter((text) => {
      if (text.trim() === '') return false
      try {
        JSON.parse(text)
        return false
      } catch {
        return true
      }
    })
    await property(
      'writes: malformed JSON',
      runs(400),
      [writeTarget, notJson],
      async (target, text) => {
        // A GraphQL body that does not parse is answered by the GraphQL handler, still with a 400.
        const description = await writeRaw(
          target,
          text,
          `malformed JSON ${JSON.stringify(text.slice(0, 60))}`,
        )
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('JSON that is not an object: a string, number, boolean, null or list', async () => {
    const nonObject = fc.oneof(scalar, fc.array(smallJson, { maxLength: 4 }))
    const restTarget = fc.record({
      collection: collectionArb,
      kind: fc.constantFrom('create', 'update', 'bulk', 'workflow'),
    })
    await property(
      'writes: JSON that is not an object',
      runs(150),
      [restTarget, nonObject],
      async (target, value) => {
        const description = await writeRaw(
          target,
          JSON.stringify(value),
          `non-object body ${JSON.stringify(value).slice(0, 60)}`,
        )
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('invalid UTF-8 bytes inside otherwise valid JSON', async () => {
    await property(
      'writes: invalid UTF-8',
      runs(200),
      [writeTarget, fc.constantFrom(...INVALID_UTF8), fc.nat(), fc.boolean()],
      async (target, bytes, position, inValue) => {
        const valid = baseBody(target)
        const text = Buffer.from(valid)
        // Inside a string value (the first field's) or anywhere in the text.
        const at = inValue ? valid.indexOf('":"') + 3 : position % (text.length + 1)
        const body = Buffer.concat([text.subarray(0, at), Buffer.from(bytes), text.subarray(at)])
        const description = await writeRaw(
          target,
          body,
          `invalid UTF-8 [${bytes.map((byte) => byte.toString(16)).join(' ')}] at ${at}`,
        )
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('deeply nested JSON', async () => {
    await property(
      'writes: deeply nested JSON',
      runs(150),
      [
        writeTarget,
        fc.integer({ min: 101, max: 50_000 }),
        fc.constantFrom('array' as const, 'object' as const),
        fc.constantFrom('title', 'name', 'body', 'references', 'seo', 'variables', 'zz'),
      ],
      async (target, depth, kind, key) => {
        const base = baseBody(target)
        const description = await writeRaw(
          target,
          withRawValue(base, key, nested(depth, kind)),
          `${kind}s nested ${depth} deep at ${key}`,
        )
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('huge lists', async () => {
    await property(
      'writes: huge lists',
      runs(80),
      [
        writeTarget,
        fc.integer({ min: 1001, max: 60_000 }),
        fc.constantFrom('1', '"en"', '{}', 'null', '[]'),
        fc.constantFrom(
          'treatments',
          'authors',
          'languages',
          'icd10',
          'references',
          'roles',
          'events',
          'variables',
        ),
      ],
      async (target, length, entry, key) => {
        const base = baseBody(target)
        const description = await writeRaw(
          target,
          withRawValue(base, key, `[${Array(length).fill(entry).join(',')}]`),
          `a list of ${length} × ${entry} at ${key}`,
        )
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('__proto__, constructor and prototype keys, at any depth', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    await property(
      'writes: prototype keys',
      runs(200),
      [
        writeTarget,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.dictionary(
          fc.constantFrom('roles', 'polluted', 'isAdmin', 'toString', 'title'),
          scalar,
          { minKeys: 1, maxKeys: 3 },
        ),
        fc.constantFrom('top', 'group', 'row', 'richText', 'variables'),
      ],
      async (target, key, payloadValue, where) => {
        const inner = `{${JSON.stringify(key)}:${JSON.stringify(payloadValue)}}`
        const base = baseBody(target)
        const text =
          where === 'top'
            ? withRawValue(base, key, JSON.stringify(payloadValue))
            : where === 'group'
              ? withRawValue(base, 'seo', inner)
              : where === 'row'
                ? withRawValue(base, 'references', `[${inner}]`)
                : where === 'richText'
                  ? withRawValue(base, 'body', `{"root":{"type":"root","children":[${inner}]}}`)
                  : withRawValue(base, 'variables', inner)
        const description = await writeRaw(
          target,
          text,
          `"${key}" key (${where}) holding ${JSON.stringify(payloadValue)}`,
        )
        // The server runs in this process: a polluted prototype would show here.
        expect(Object.getOwnPropertyNames(Object.prototype).sort(), description).toEqual(before)
        expect(({} as Record<string, unknown>).polluted, description).toBeUndefined()
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('huge strings', async () => {
    const limited = () =>
      WRITE_COLLECTIONS.flatMap((collection) =>
        server.payload.collections[collection].config.flattenedFields
          .filter(
            (field) =>
              (field.type === 'text' || field.type === 'textarea') &&
              typeof field.maxLength === 'number' &&
              !('hasMany' in field && field.hasMany),
          )
          .map((field) => ({
            collection,
            field: (field as { name: string }).name,
            maxLength: (field as { maxLength: number }).maxLength,
          })),
      )
    await property(
      'writes: huge strings',
      runs(60),
      [
        fc.nat(),
        fc.oneof(
          fc.integer({ min: 1, max: 200_000 }),
          fc.integer({ min: 1_100_000, max: 3_000_000 }),
        ),
        fc.boolean(),
      ],
      async (pick, extra, update) => {
        const fields = limited()
        const { collection, field, maxLength } = fields[pick % fields.length]
        const length = extra > 1_000_000 ? extra : maxLength + extra
        const target = targets[collection]
        const data = update
          ? { [field]: 'x'.repeat(length) }
          : { ...target.valid(), [field]: 'x'.repeat(length) }
        const path = update ? updatePath(collection, target.id, false) : `/api/${collection}`
        const description = `${length} characters for ${collection}.${field} (max ${maxLength}): ${update ? 'PATCH' : 'POST'} ${path}`
        const answer = await sendJson(update ? 'PATCH' : 'POST', path, data, target.token())
        expectRefused(description, answer)
        // Over the body limit: 413; under it but over the field's limit: 400, naming the field.
        if (length > 1_048_576) expect(answer.status, description).toBe(413)
        else
          expect(
            answer.json.errors[0].data?.errors?.map((error: { path: string }) => error.path),
            description,
          ).toContain(field)
        await expectHealthy(description)
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('wrong JSON types for fields, over REST and GraphQL', async () => {
    const fields = wrongFields()
    // Every collection contributes fields: the generator is not silently empty.
    expect(new Set(fields.map(([entry]) => entry.collection)).size).toBe(WRITE_COLLECTIONS.length)
    const caseArb = fc.nat({ max: fields.length - 1 }).chain((index) =>
      fc.record({
        entry: fc.constant(fields[index][0]),
        value: fields[index][1],
        how: fc.constantFrom('create', 'update', 'bulk', 'graphql'),
      }),
    )
    await property(
      'writes: wrong types for fields',
      runs(700),
      [caseArb],
      async ({ entry, value, how }) => {
        // GraphQL coerces one value to a list of one, so a positive id for a list of links is a
        // well-typed value there; for the workflow's own links (contributors) it is ignored, not refused.
        fc.pre(
          !(
            how === 'graphql' &&
            entry.many &&
            entry.type === 'relationship' &&
            Number.isSafeInteger(value) &&
            (value as number) > 0
          ),
        )
        const target = targets[entry.collection]
        const description = `${entry.collection}.${entry.field} (${entry.type}) = ${JSON.stringify(value)?.slice(0, 120)} by ${how}`
        let answer: Answer
        if (how === 'graphql') {
          // The whole document as one variable: GraphQL's own input types, or the server's checks, refuse it.
          const singular = {
            articles: 'Article',
            'treatment-options': 'TreatmentOption',
            'risk-disclosures': 'RiskDisclosure',
            'clinic-locations': 'ClinicLocation',
            conditions: 'Condition',
            users: 'User',
            webhooks: 'Webhook',
          }[entry.collection]
          answer = await sendJson(
            'POST',
            '/api/graphql',
            {
              query: `mutation($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }`,
              variables: { data: { ...target.valid(), [entry.field]: value } },
            },
            target.token(),
          )
        } else {
          const data =
            how === 'create'
              ? { ...target.valid(), [entry.field]: value }
              : { [entry.field]: value }
          answer = await sendJson(
            how === 'create' ? 'POST' : 'PATCH',
            how === 'create'
              ? `/api/${entry.collection}`
              : updatePath(entry.collection, target.id, how === 'bulk'),
            data,
            target.token(),
          )
        }
        expectRefused(description, answer)
        await expectHealthy(description)
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('uploads whose content is not what their name and type claim', async () => {
    const files = () => fs.readdirSync(server.env.mediaDir).sort()
    const CLAIMS: Array<[string, string]> = [
      ['image/png', 'png'],
      ['image/jpeg', 'jpg'],
      ['image/webp', 'webp'],
      ['image/avif', 'avif'],
      ['image/svg+xml', 'svg'],
      ['application/pdf', 'pdf'],
      ['image/gif', 'gif'],
      ['text/html', 'html'],
      ['application/octet-stream', 'bin'],
    ]
    const baseName = fc.oneof(
      fc.stringMatching(/^[\w .-]{1,40}$/),
      fc.constantFrom(
        '../../etc/passwd',
        '..\\..\\boot',
        'a'.repeat(300),
        'photo.png.exe',
        '.hidden',
        'x\u0000y',
        'ünïcødé',
        '%2e%2e%2f',
      ),
    )
    const content = fc.oneof(
      fc
        .string({ maxLength: 2000 })
        .map((text) => Buffer.from(`This is text, not an image. ${text}`)),
      fc
        .uint8Array({ minLength: 1, maxLength: 4000 })
        .map((bytes) => Buffer.concat([Buffer.from('NOTANIMAGE'), Buffer.from(bytes)])),
      // A PNG cut off before its image data is complete: the header says PNG, nothing decodes.
      fc.integer({ min: 1, max: 50 }).map((length) => TINY_PNG.subarray(0, length)),
      fc.constant(Buffer.from('<html><body><script>alert(1)</script></body></html>')),
    )
    await property(
      'uploads: lying MIME types',
      runs(150),
      [
        fc.constantFrom(...CLAIMS),
        baseName,
        content,
        fc.dictionary(fc.constantFrom('alt', 'caption', 'credit'), smallString, { maxKeys: 3 }),
      ],
      async ([mimeType, extension], name, bytes, fields) => {
        const form = new FormData()
        form.append(
          'file',
          new Blob([new Uint8Array(bytes)], { type: mimeType }),
          `${name}.${extension}`,
        )
        form.append('_payload', JSON.stringify({ alt: 'Fuzz upload', ...fields }))
        const description = `${bytes.length} bytes of non-image named ${JSON.stringify(`${name}.${extension}`)} sent as ${mimeType}`
        const before = files()
        const answer = await send('POST', '/api/media', { body: form, token: team.editor.token })
        expectRefused(description, answer)
        await expectHealthy(description)
        expect(files(), `${description}: files left in the media directory`).toEqual(before)
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('uploads over the size limit, and malformed multipart bodies', async () => {
    const files = () => fs.readdirSync(server.env.mediaDir).sort()
    const LIMIT = 10 * 1024 * 1024
    const oversize = fc.record({
      kind: fc.constant('oversize' as const),
      extra: fc.integer({ min: 1, max: 2 * 1024 * 1024 }),
    })
    const malformed = fc.record({
      kind: fc.constant('malformed' as const),
      body: fc.oneof(
        fc
          .string({ maxLength: 200 })
          .map(
            (text) =>
              `--fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n${text}`,
          ),
        fc.string({ maxLength: 200 }),
        fc.constant(
          '--fuzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":\r\n--fuzz--\r\n',
        ),
      ),
      boundary: fc.constantFrom('; boundary=fuzz', '', '; boundary=', '; boundary=nope'),
    })
    const badPayload = fc.record({
      kind: fc.constant('bad _payload' as const),
      text: fc.oneof(
        fc.string({ maxLength: 60 }).filter((text) => !/^\s*\{/.test(text)),
        fc.constant('{"alt":'),
        fc.constant(nested(500, 'object')),
      ),
    })
    await property(
      'uploads: oversize and malformed multipart',
      runs(60),
      [
        fc.oneof(
          { arbitrary: oversize, weight: 1 },
          { arbitrary: malformed, weight: 3 },
          { arbitrary: badPayload, weight: 3 },
        ),
      ],
      async (upload) => {
        const before = files()
        let answer: Answer
        let description: string
        if (upload.kind === 'oversize') {
          const form = new FormData()
          form.append(
            'file',
            new Blob(
              [new Uint8Array(Buffer.concat([TINY_PNG, Buffer.alloc(LIMIT + upload.extra)]))],
              { type: 'image/png' },
            ),
            'huge.png',
          )
          form.append('_payload', JSON.stringify({ alt: 'Too big' }))
          description = `a PNG ${upload.extra} bytes over the 10 MB limit`
          answer = await send('POST', '/api/media', { body: form, token: team.editor.token })
          expect(answer.status, describeAnswer(description, answer)).toBe(413)
        } else if (upload.kind === 'malformed') {
          description = `malformed multipart body ${JSON.stringify(upload.body.slice(0, 80))} with content-type multipart/form-data${upload.boundary}`
          answer = await send('POST', '/api/media', {
            body: upload.body,
            headers: { 'content-type': `multipart/form-data${upload.boundary}` },
            token: team.editor.token,
          })
        } else {
          const form = new FormData()
          form.append(
            'file',
            new Blob([new Uint8Array(TINY_PNG)], { type: 'image/png' }),
            'pixel.png',
          )
          form.append('_payload', upload.text)
          description = `an upload whose _payload is ${JSON.stringify(upload.text.slice(0, 60))}`
          answer = await send('POST', '/api/media', { body: form, token: team.editor.token })
        }
        expectRefused(description, answer)
        await expectHealthy(description)
        expect(files(), `${description}: files left in the media directory`).toEqual(before)
        await guard.check(description)
      },
      { writes: true },
    )
  })

  it('sign-in, password reset and unlock with values of the wrong type or unknown accounts', async () => {
    const junk = fc.oneof(
      smallJson,
      fc.record({ $ne: fc.constant(null) }),
      fc.record({ $gt: fc.constant('') }),
      fc.record({ equals: smallString }),
    )
    const unknownEmail = fc
      .stringMatching(/^[a-z0-9]{1,12}$/)
      .map((local) => `fuzz-${local}@nowhere.example`)
    await property(
      'auth endpoints: wrong types and unknown accounts',
      runs(200),
      [
        fc.constantFrom('login', 'reset-password', 'unlock', 'forgot-password'),
        fc.oneof(junk, unknownEmail),
        junk,
      ],
      async (endpoint, email, secret) => {
        const sentBefore = server.mail.messages.length
        const body =
          endpoint === 'reset-password'
            ? { token: secret, password: email }
            : endpoint === 'unlock'
              ? { email }
              : { email, password: secret }
        const description = `${endpoint} with ${JSON.stringify(body).slice(0, 120)}`
        // Unlock is for admins; the others for anyone.
        const answer = await sendJson(
          'POST',
          `/api/users/${endpoint}`,
          body,
          endpoint === 'unlock' ? team.admin.token : undefined,
        )
        if (endpoint === 'forgot-password' && answer.status === 200) {
          // Said the same way whether or not the account exists; no message leaves for one that does not.
          expect(server.mail.messages.length, description).toBe(sentBefore)
        } else {
          expectRefused(description, answer)
        }
        expect(answer.text, description).not.toMatch(/"token"\s*:\s*"ey/)
        expect(
          answer.setCookie.filter((cookie) => /-token=[^;]/.test(cookie)),
          description,
        ).toEqual([])
        await expectHealthy(description)
        await guard.check(description)
      },
      { writes: true },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Reads (anonymous unless said otherwise): 4xx, or 2xx without anything hidden
// ---------------------------------------------------------------------------------------------

/** `where[a][b][0]=…` query-string keys for a nested value, as `qs` (Payload's parser) reads them. */
function toQuery(prefix: string, value: unknown): string[] {
  if (value === null || typeof value !== 'object')
    return [`${prefix}=${encodeURIComponent(String(value))}`]
  const entries = Array.isArray(value)
    ? value.map((entry, index) => [String(index), entry] as const)
    : Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return [`${prefix}=`]
  return entries.flatMap(([key, entry]) => toQuery(`${prefix}[${encodeURIComponent(key)}]`, entry))
}

const READ_COLLECTIONS = [
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
  'media',
  'users',
  'review-records',
  'webhooks',
  'webhook-deliveries',
] as const

/** Paths worth probing: public fields, staff-only ones, secrets of users reached through links, and nonsense. */
const PATHS = [
  'title',
  'slug',
  'name',
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'summary',
  'severity',
  'location',
  'address.city',
  'references.url',
  'treatments',
  'treatments.name',
  'internalNotes',
  'reviewStatus',
  'nextReviewDue',
  'claimFlags.phrase',
  'contentHash',
  'authors.email',
  'authors.hash',
  'authors.salt',
  'authors.apiKey',
  'authors.resetPasswordToken',
  'medicalReviewer.licenseNumber',
  'medicalReviewer.email',
  'hash',
  'salt',
  'email',
  'licenseNumber',
  'resetPasswordToken',
  'apiKey',
  'secret',
  'loginAttempts',
  'lockUntil',
  'sessions.id',
  'version.title',
  'version.internalNotes',
  '$where',
  '__proto__',
  'constructor',
  'constructor.prototype',
  'title.__proto__',
  'foo',
  'foo.bar',
  '',
  '.',
  'title..x',
  'x'.repeat(300),
]
const OPERATORS = [
  'equals',
  'not_equals',
  'contains',
  'like',
  'not_like',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  '$ne',
  '$gt',
  '$where',
  '$regex',
  '$expr',
  '$or',
  'eq',
  'EQUALS',
  '__proto__',
  'constructor',
  'toString',
  'raw',
  'sql',
]
const INJECTIONS = [
  "' OR 1=1 --",
  '1; DROP TABLE users',
  '"',
  '\\',
  '%',
  '_',
  '%00',
  '\u0000',
  'sleep(5)',
  '{"$gt":""}',
  '..',
  '*',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(40),
  LICENSE_NUMBER,
]

const whereValue = fc.oneof(
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 3 },
  { arbitrary: scalar, weight: 3 },
  { arbitrary: fc.array(scalar, { maxLength: 4 }), weight: 2 },
  {
    arbitrary: fc.dictionary(fc.constantFrom(...OPERATORS, 'a', '0'), scalar, { maxKeys: 3 }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      type: fc.constantFrom('Point', 'Polygon', 'x'),
      coordinates: fc.array(
        fc.oneof(
          fc.double({ noNaN: true }),
          fc.array(fc.double({ noNaN: true }), { maxLength: 3 }),
        ),
        { maxLength: 3 },
      ),
    }),
    weight: 1,
  },
)
const condition = fc.record({
  path: fc.constantFrom(...PATHS),
  operator: fc.constantFrom(...OPERATORS),
  value: whereValue,
})
const whereArb: fc.Arbitrary<unknown> = fc.letrec<{ where: unknown }>((tie) => ({
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    condition.map(({ path, operator, value }) => ({ [path]: { [operator]: value } })),
    fc
      .record({
        key: fc.constantFrom('and', 'or', 'AND', 'Or'),
        list: fc.array(tie('where'), { maxLength: 3 }),
      })
      .map(({ key, list }) => ({ [key]: list })),
    fc
      .record({ key: fc.constantFrom('and', 'or'), value: scalar })
      .map(({ key, value }) => ({ [key]: value })),
  ),
})).where

const absurdNumber = fc.oneof(
  fc.constantFrom(
    '-1',
    '0',
    '1e309',
    '-0',
    'NaN',
    'Infinity',
    '-Infinity',
    '1.5',
    '0x10',
    '99999999999999999999999',
    '  7 ',
    '',
    '[]',
    '{}',
    'true',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  smallString,
)
const paramsArb = fc.record(
  {
    depth: absurdNumber,
    limit: absurdNumber,
    page: absurdNumber,
    sort: fc.oneof(
      fc.constantFrom(...PATHS),
      fc.constantFrom(...PATHS).map((path) => `-${path}`),
      smallString,
      fc.constant('a,'.repeat(400)),
    ),
    locale: fc.oneof(
      fc.constantFrom('en', 'es', 'all', '*', 'xx', 'en-US', '__proto__'),
      smallString,
    ),
    'fallback-locale': fc.oneof(fc.constantFrom('none', 'null', 'es', 'zz'), smallString),
    draft: fc.oneof(fc.constantFrom('true', 'false', '1', '0', 'yes', ''), smallString),
    select: fc.dictionary(
      fc.constantFrom(
        'title',
        'internalNotes',
        'hash',
        'salt',
        'email',
        'licenseNumber',
        '__proto__',
        'x',
      ),
      fc.constantFrom('true', 'false', '1', 'x'),
    ),
    populate: fc.dictionary(
      fc.constantFrom('users', 'media', 'x'),
      fc.dictionary(fc.constantFrom('email', 'hash', 'name'), fc.constantFrom('true', 'false')),
    ),
    joins: fc.oneof(smallString, fc.constant('false')),
    trash: fc.constantFrom('true', 'false', 'x'),
  },
  { requiredKeys: [] },
)

describe('odd reads are refused or answered without hidden data', () => {
  it('operator injection and filters on hidden fields in REST where (anonymous)', async () => {
    await property(
      'reads: REST where injection',
      runs(900),
      [
        fc.constantFrom(...READ_COLLECTIONS),
        whereArb,
        fc.constantFrom('', '/count', '/versions'),
        fc.boolean(),
      ],
      async (collection, where, suffix, asDraft) => {
        const query = [...toQuery('where', where), ...(asDraft ? ['draft=true'] : [])].join('&')
        const path = `/api/${collection}${suffix}?${query}`
        const answer = await send('GET', path)
        expectAnsweredWithoutSecrets(`GET ${decodeURIComponent(path).slice(0, 400)}`, answer)
        await expectHealthy(path)
      },
    )
  })

  it('absurd depth, limit, page, sort, locale, select and populate (anonymous and as an editor)', async () => {
    await property(
      'reads: absurd parameters',
      runs(600),
      [
        fc.constantFrom(...READ_COLLECTIONS),
        paramsArb,
        fc.constantFrom('list', 'one', 'count', 'versions'),
        fc.boolean(),
      ],
      async (collection, params, shape, asEditor) => {
        const query = Object.entries(params)
          .flatMap(([key, value]) => toQuery(key, value))
          .join('&')
        const id = collection === 'articles' ? hidden.publishedArticle : 1
        const path = `/api/${collection}${shape === 'one' ? `/${id}` : shape === 'count' ? '/count' : shape === 'versions' ? '/versions' : ''}?${query}`
        const answer = await send('GET', path, { token: asEditor ? team.editor.token : undefined })
        const description = `GET ${decodeURIComponent(path).slice(0, 400)}${asEditor ? ' as editor' : ''}`
        if (asEditor) {
          // Staff see drafts and notes; what matters here is that odd input is never a 5xx.
          expect(answer.status < 500, describeAnswer(description, answer)).toBe(true)
          if (answer.status >= 400) expectErrorBody(description, answer)
        } else {
          expectAnsweredWithoutSecrets(description, answer)
        }
        await expectHealthy(description)
      },
    )
  })

  it('GraphQL where filters, variables and arguments of the wrong type or on hidden fields (anonymous)', async () => {
    const LISTS: Array<[string, string]> = [
      ['Articles', 'Article_where'],
      ['TreatmentOptions', 'TreatmentOption_where'],
      ['ClinicLocations', 'ClinicLocation_where'],
      ['Users', 'User_where'],
      ['allMedia', 'Media_where'],
      ['ReviewRecords', 'ReviewRecord_where'],
    ]
    await property(
      'reads: GraphQL where and variables',
      runs(500),
      [
        fc.constantFrom(...LISTS),
        whereArb,
        fc.record(
          {
            limit: fc.oneof(fc.integer(), smallJson),
            page: fc.oneof(fc.integer(), smallJson),
            sort: fc.oneof(fc.constantFrom(...PATHS), smallJson),
            draft: fc.oneof(fc.boolean(), smallJson),
          },
          { requiredKeys: [] },
        ),
      ],
      async ([list, whereType], where, variables) => {
        const query = `query($where: ${whereType}, $limit: Int, $page: Int, $sort: String, $draft: Boolean) { ${list}(where: $where, limit: $limit, page: $page, sort: $sort, draft: $draft) { docs { id } totalDocs } }`
        const description = `${list} where ${JSON.stringify(where).slice(0, 200)} with ${JSON.stringify(variables).slice(0, 120)}`
        const answer = await sendJson('POST', '/api/graphql', {
          query,
          variables: { where, ...variables },
        })
        expectAnsweredWithoutSecrets(description, answer)
        await expectHealthy(description)
      },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// GraphQL documents built to hurt
// ---------------------------------------------------------------------------------------------

const HEAVY = 'Articles { docs { title treatments { name riskDisclosures { title } } } }'

const aliasBomb = fc.integer({ min: 300, max: 1500 }).map((count) => ({
  kind: 'alias bomb',
  query: `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${HEAVY}`).join(' ')} }`,
  mustFail: true,
}))

/** Each fragment spreads the next one `fanOut` times: fanOut^levels fields once expanded. */
const fragmentBomb = fc
  .record({ levels: fc.integer({ min: 12, max: 40 }), fanOut: fc.integer({ min: 2, max: 4 }) })
  .map(({ levels, fanOut }) => ({
    kind: `fragment bomb ${fanOut}^${levels}`,
    query: `{ Articles { docs { ...F0 } } } ${Array.from(
      { length: levels + 1 },
      (_, level) =>
        `fragment F${level} on Article { title ${level < levels ? `...F${level + 1} `.repeat(fanOut) : ''}}`,
    ).join(' ')}`,
    mustFail: true,
  }))

const fragmentCycle = fc.integer({ min: 1, max: 8 }).chain((size) =>
  fc
    .shuffledSubarray(
      Array.from({ length: size }, (_, index) => index),
      { minLength: size, maxLength: size },
    )
    .map((order) => ({
      kind: `fragment cycle of ${size}`,
      query: `{ Articles { docs { ...G${order[0]} } } } ${order.map((name, index) => `fragment G${name} on Article { title ...G${order[(index + 1) % size]} }`).join(' ')}`,
      mustFail: true,
    })),
)

/** Treatments → risk disclosures → treatments …, nested past the depth limit of 10. */
const tooDeep = fc.integer({ min: 3, max: 30 }).map((rounds) => {
  let selection = 'name'
  for (let round = 0; round < rounds; round += 1)
    selection = `name riskDisclosures { title treatments { docs { ${selection} } } }`
  return {
    kind: `nested ${2 + 3 * rounds} levels`,
    query: `{ TreatmentOptions { docs { ${selection} } } }`,
    mustFail: true,
  }
})

const directiveAbuse = fc
  .record({
    argument: fc.oneof(
      fc.constantFrom('"x"', '1', 'null', '[true]', '{a: 1}', '$nope', 'TRUE'),
      fc.constant('true'),
    ),
    name: fc.constantFrom('include', 'skip', 'deprecated', 'nope', 'specifiedBy', 'oneOf'),
    repeat: fc.integer({ min: 1, max: 50 }),
  })
  .map(({ argument, name, repeat }) => ({
    kind: `@${name}(if: ${argument}) ×${repeat}`,
    query: `{ Articles { docs { title ${`@${name}(if: ${argument}) `.repeat(repeat)} } } }`,
    mustFail: !(['include', 'skip'].includes(name) && ['true'].includes(argument) && repeat === 1),
  }))

const unknownNames = fc
  .record({
    field: fc.stringMatching(/^[a-z][a-zA-Z0-9]{5,20}$/),
    place: fc.constantFrom('field', 'argument', 'type', 'root'),
  })
  .map(({ field, place }) => ({
    kind: `unknown ${place} ${field}`,
    query:
      place === 'field'
        ? `{ Articles { docs { title zz${field} } } }`
        : place === 'argument'
          ? `{ Articles(zz${field}: 1) { docs { title } } }`
          : place === 'type'
            ? `query($v: Zz${field}) { Articles { docs { title } } }`
            : `{ zz${field} }`,
    mustFail: true,
  }))

const badVariables = fc
  .record({
    variables: fc.oneof(
      smallJson,
      fc.dictionary(fc.constantFrom('id', 'slug', 'locale', 'where', 'extra'), smallJson, {
        maxKeys: 4,
      }),
    ),
    operationName: fc.oneof(fc.constant(undefined), smallJson),
  })
  .map(({ variables, operationName }) => ({
    kind: `variables ${JSON.stringify(variables).slice(0, 80)} operationName ${JSON.stringify(operationName)}`,
    query:
      'query One($id: Int!, $locale: LocaleInputType) { Article(id: $id, locale: $locale) { title } }',
    variables,
    operationName,
    mustFail: false,
  }))

const garbage = fc
  .oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200, unit: 'binary' }))
  .map((text) => ({
    kind: `garbage ${JSON.stringify(text.slice(0, 60))}`,
    query: text,
    mustFail: false,
  }))

/**
 * Mutations an editor may run, given variables of the wrong shape: GraphQL's input types (or
 * the server's checks behind them) must refuse every one.
 */
const notAnArticle = fc
  .dictionary(smallString, smallJson, { maxKeys: 4 })
  .map((value) => ({ ...value, title: 5 }))
const mutationsWithBadInput = fc
  .oneof(
    fc
      .record({
        data: fc.oneof(
          notAnArticle,
          smallJson.filter((value) => !value || typeof value !== 'object' || Array.isArray(value)),
        ),
      })
      .map((variables) => ({
        kind: `createArticle with ${JSON.stringify(variables).slice(0, 100)}`,
        query: 'mutation($data: mutationArticleInput!) { createArticle(data: $data) { id } }',
        variables,
      })),
    fc
      .record({ id: smallJson, data: fc.oneof(smallJson, fc.record({ title: notString })) })
      .map((variables) => ({
        kind: `updateArticle with ${JSON.stringify(variables).slice(0, 100)}`,
        query:
          'mutation($id: Int!, $data: mutationArticleUpdateInput!) { updateArticle(id: $id, data: $data) { id } }',
        variables,
      })),
    fc
      .record({
        collection: fc.oneof(smallJson, fc.constantFrom('users', 'media', 'ARTICLES')),
        id: fc.oneof(smallJson, fc.constant('999999')),
        decision: fc.oneof(smallJson, fc.constantFrom('approve', 'reject')),
      })
      .map((variables) => ({
        kind: `reviewDocument with ${JSON.stringify(variables).slice(0, 100)}`,
        query:
          'mutation($collection: ReviewableCollection!, $id: ID!, $decision: ReviewDecision!) { reviewDocument(collection: $collection, id: $id, decision: $decision) { status } }',
        variables,
      })),
    fc
      .record({ data: fc.oneof(smallJson, fc.record({ name: notString, email: notString })) })
      .map((variables) => ({
        kind: `createCondition with ${JSON.stringify(variables).slice(0, 100)}`,
        query: 'mutation($data: mutationConditionInput!) { createCondition(data: $data) { id } }',
        variables,
      })),
  )
  .map((graphqlCase) => ({ ...graphqlCase, mustFail: true, write: true }))

interface GraphQLCase {
  kind: string
  query: string
  variables?: unknown
  operationName?: unknown
  mustFail: boolean
  write?: boolean
}

describe('GraphQL bombs, cycles and invalid documents', () => {
  it('are refused with a 4xx, or answered without hidden data when valid', async () => {
    const cases = fc.oneof(
      aliasBomb,
      fragmentBomb,
      fragmentCycle,
      tooDeep,
      directiveAbuse,
      unknownNames,
      badVariables,
      garbage,
    ) as fc.Arbitrary<GraphQLCase>
    await property(
      'graphql: bombs, cycles, invalid documents (anonymous)',
      runs(350),
      [cases],
      async (graphqlCase) => {
        const answer = await sendJson('POST', '/api/graphql', {
          query: graphqlCase.query,
          variables: graphqlCase.variables,
          operationName: graphqlCase.operationName,
        })
        const description = `${graphqlCase.kind}: ${graphqlCase.query.slice(0, 300)}`
        if (graphqlCase.mustFail) expectRefused(description, answer)
        else expectAnsweredWithoutSecrets(description, answer)
        await expectHealthy(description)
      },
    )
  })

  it('mutations with input of the wrong shape are refused and change nothing (as an editor)', async () => {
    await property(
      'graphql: mutations with bad input (editor)',
      runs(150),
      [mutationsWithBadInput as fc.Arbitrary<GraphQLCase>],
      async (graphqlCase) => {
        const answer = await sendJson(
          'POST',
          '/api/graphql',
          { query: graphqlCase.query, variables: graphqlCase.variables },
          team.editor.token,
        )
        const description = `${graphqlCase.kind}: ${graphqlCase.query}`
        expectRefused(description, answer)
        await expectHealthy(description)
        await guard.check(description)
      },
      { writes: true },
    )
  })
})

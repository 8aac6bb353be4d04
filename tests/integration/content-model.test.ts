import fs from 'node:fs'

import { createLocalReq, type CollectionSlug } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seedDemoContent } from '../../src/seed'
import { publishRelease } from '../../src/workflow/releases'
import {
  ASSIGNED_ARTICLE,
  RELEASE_ARTICLE,
  RELEASE_DISCLOSURE,
  RELEASE_NAME,
  RELEASE_TREATMENT_SLUG,
} from '../../src/seed/content/workflowDemo'
import type { ApiResponse } from '../helpers/api'
import {
  articleData,
  createTeam,
  disclosureData,
  treatmentData,
  type Team,
} from '../helpers/fixtures'
import { CONTENT_COLLECTIONS, fingerprint } from '../helpers/fingerprint'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * The content model over HTTP: create, read and update every collection over REST and GraphQL,
 * bad input refused with the field's path and a message a person can act on (and nothing
 * stored), localized reads with fallback, deletes refused while other documents point at the
 * target, and the demo seed.
 */

let server: TestServer
let team: Team

const api = () => server.api

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await server?.close()
})

type Json = Record<string, any>
type Id = number | string

const CONTENT_AND_USERS: CollectionSlug[] = [...CONTENT_COLLECTIONS, 'users']

function clinicData(overrides: Json = {}): Json {
  return {
    name: 'Harbor Test Clinic – Mission Valley',
    address: {
      street: '2 Test Way, Suite 5',
      city: 'Mission Valley',
      state: 'CA',
      postalCode: '92108',
      country: 'US',
    },
    location: { lat: 32.7678, lng: -117.1525 },
    phone: '+16195550100',
    email: 'front-desk@clinic.example',
    bookingUrl: 'https://clinic.example/book',
    timezone: 'America/Los_Angeles',
    hours: [
      { day: 'mon', opens: '09:00', closes: '17:00' },
      { day: 'sat', opens: '10:00', closes: '14:00' },
    ],
    languages: ['en', 'es'],
    insuranceNote: 'Self-pay; receipts for reimbursement.',
    accessibilityNote: 'Step-free entrance and an accessible restroom.',
    ...overrides,
  }
}

function conditionData(overrides: Json = {}): Json {
  return {
    name: 'Depression that resists treatment',
    icd10: ['F32', 'F33.2'],
    description: 'Depression that has not improved after two or more antidepressants.',
    ...overrides,
  }
}

let userCounter = 0
function userData(overrides: Json = {}): Json {
  userCounter += 1
  return {
    email: `person${userCounter}@example.com`,
    password: 'a sufficiently long password',
    name: `Person ${userCounter}`,
    roles: ['author'],
    ...overrides,
  }
}

/** A deep copy of `base` with each dotted path set to its value (`undefined` removes the key). */
function withChanges(base: Json, changes: Json): Json {
  const copy = structuredClone(base)
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.')
    let target = copy
    for (const key of keys.slice(0, -1)) target = target[key]
    const last = keys[keys.length - 1]
    if (value === undefined) delete target[last]
    else target[last] = value
  }
  return copy
}

/** Select values as GraphQL names them: `off-label` is the enum value `off_label`. */
const ENUM_FIELDS = new Set([
  'route',
  'regulatoryStatus',
  'severity',
  'day',
  'languages',
  'roles',
  'credentials',
  '_status',
])
function toGraphQL(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => toGraphQL(item, key))
  if (value && typeof value === 'object') {
    // Rich text is a JSON scalar and passes as it is.
    if ('root' in value) return value
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, toGraphQL(item, name)]),
    )
  }
  if (typeof value === 'string' && ENUM_FIELDS.has(key)) return value.replace(/-/g, '_')
  return value
}

interface GraphQLNames {
  /** The single-document query, e.g. `Article`. */
  one: string
  create: string
  update: string
  input: string
  updateInput: string
}

const GRAPHQL: Record<string, GraphQLNames> = {
  articles: {
    one: 'Article',
    create: 'createArticle',
    update: 'updateArticle',
    input: 'mutationArticleInput',
    updateInput: 'mutationArticleUpdateInput',
  },
  'treatment-options': {
    one: 'TreatmentOption',
    create: 'createTreatmentOption',
    update: 'updateTreatmentOption',

    input: 'mutationTreatmentOptionInput',
    updateInput: 'mutationTreatmentOptionUpdateInput',
  },
  'risk-disclosures': {
    one: 'RiskDisclosure',
    create: 'createRiskDisclosure',
    update: 'updateRiskDisclosure',

    input: 'mutationRiskDisclosureInput',
    updateInput: 'mutationRiskDisclosureUpdateInput',
  },
  'clinic-locations': {
    one: 'ClinicLocation',
    create: 'createClinicLocation',
    update: 'updateClinicLocation',

    input: 'mutationClinicLocationInput',
    updateInput: 'mutationClinicLocationUpdateInput',
  },
  conditions: {
    one: 'Condition',
    create: 'createCondition',
    update: 'updateCondition',
    input: 'mutationConditionInput',
    updateInput: 'mutationConditionUpdateInput',
  },
  media: {
    one: 'Media',
    create: 'createMedia',
    update: 'updateMedia',
    input: 'mutationMediaInput',
    updateInput: 'mutationMediaUpdateInput',
  },
  users: {
    one: 'User',
    create: 'createUser',
    update: 'updateUser',
    input: 'mutationUserInput',
    updateInput: 'mutationUserUpdateInput',
  },
}

const DRAFTS = new Set([
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
])

function gqlCreate(collection: string, data: Json, token: string, fields = 'id') {
  const names = GRAPHQL[collection]
  const draft = DRAFTS.has(collection) ? ', draft: true' : ''
  return api().graphql(
    `mutation ($data: ${names.input}!) { ${names.create}(data: $data${draft}) { ${fields} } }`,
    { data: toGraphQL(data) },
    { token },
  )
}

function gqlUpdate(
  collection: string,
  id: Id,
  data: Json,
  token: string,
  fields = 'id',
  locale?: string,
) {
  const names = GRAPHQL[collection]
  const draft = DRAFTS.has(collection) ? ', draft: true' : ''
  const inLocale = locale ? `, locale: ${locale}` : ''
  return api().graphql(
    `mutation ($id: Int!, $data: ${names.updateInput}!) { ${names.update}(id: $id, data: $data${draft}${inLocale}) { ${fields} } }`,
    { id: Number(id), data: toGraphQL(data) },
    { token },
  )
}

function gqlRead(collection: string, id: Id, fields: string, token?: string, args = '') {
  const names = GRAPHQL[collection]
  const draft = DRAFTS.has(collection) && token ? ', draft: true' : ''
  return api().graphql(
    `query ($id: Int!) { ${names.one}(id: $id${draft}${args}) { ${fields} } }`,
    { id: Number(id) },
    token ? { token } : {},
  )
}

/** The GraphQL answer's data, failing with its errors if there were any. */
function dataOf(response: ApiResponse): Json {
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined()
  return response.body.data as Json
}

interface FieldError {
  path: string
  message: string
}

/** A REST refusal: 400, the field's path and a message matching `message`. */
function expectFieldError(response: ApiResponse, path: string, message: RegExp) {
  expect(response.status, JSON.stringify(response.body)).toBe(400)
  const errors: FieldError[] = response.body.errors?.[0]?.data?.errors ?? []
  const error = errors.find((entry) => entry.path === path)
  expect(error, `no error for ${path} in ${JSON.stringify(response.body)}`).toBeDefined()
  expect(error!.message).toMatch(message)
}

/** A GraphQL refusal: statusCode 400 with the same field errors as REST, and no document returned. */
function expectGraphQLFieldError(response: ApiResponse, path: string, message: RegExp) {
  const error = response.body.errors?.[0]
  expect(error, JSON.stringify(response.body)).toBeDefined()
  expect(error.extensions?.statusCode, JSON.stringify(response.body)).toBe(400)
  const errors: FieldError[] = error.extensions?.data?.errors ?? []
  const found = errors.find((entry) => entry.path === path)
  expect(found, `no error for ${path} in ${JSON.stringify(response.body)}`).toBeDefined()
  expect(found!.message).toMatch(message)
  const values = Object.values(response.body.data ?? {})
  expect(values.every((value) => value === null)).toBe(true)
}

/** The files in the upload directory, so a refused upload can be shown to leave none behind. */
const mediaFiles = () => fs.readdirSync(server.env.mediaDir).sort()

async function restCreate(
  collection: string,
  data: Json,
  token = team.editor.token,
  query = DRAFTS.has(collection) ? '?draft=true' : '',
) {
  const response = await api().post(`/api/${collection}${query}`, data, { token })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as Json
}

async function pngBuffer(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 15, g: 76, b: 92 } } })
    .png()
    .toBuffer()
}

function uploadForm(
  file: { data: Buffer | string; name: string; type: string },
  data: Json,
): FormData {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], {
      type: file.type,
    }),
    file.name,
  )
  form.append('_payload', JSON.stringify(data))
  return form
}

function upload(
  file: { data: Buffer | string; name: string; type: string },
  data: Json,
  token = team.editor.token,
) {
  return api().request('POST', '/api/media', undefined, { token, rawBody: uploadForm(file, data) })
}

async function uploadPng(alt: string, width = 64, height = 48): Promise<Json> {
  const response = await upload(
    { data: await pngBuffer(width, height), name: 'picture.png', type: 'image/png' },
    { alt },
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc
}

// ---------------------------------------------------------------------------------------------

describe('create, read and update over REST', () => {
  it('articles: an editor drafts, reads and edits an article with its links, references and SEO', async () => {
    const condition = await restCreate(
      'conditions',
      conditionData({ name: 'Depression for a REST article', icd10: ['F32'] }),
    )
    const treatment = await restCreate(
      'treatment-options',
      treatmentData({ name: 'REST article treatment' }),
    )
    const clinic = await restCreate('clinic-locations', clinicData({ name: 'REST article clinic' }))
    const hero = await uploadPng('A teal square')
    const created = await restCreate(
      'articles',
      articleData({
        _status: 'draft',
        title: 'Ketamine and the glutamate system',
        heroImage: hero.id,
        conditions: [condition.id],
        treatments: [treatment.id],
        clinics: [clinic.id],
        seo: {
          metaTitle: 'Ketamine and glutamate',
          metaDescription: 'How ketamine acts.',
          image: hero.id,
        },
        internalNotes: 'Check the onset wording with the reviewer.',
      }),
    )
    expect(created).toMatchObject({
      title: 'Ketamine and the glutamate system',
      slug: 'ketamine-and-the-glutamate-system',
      _status: 'draft',
    })
    // The creating user is the author unless others are named.
    expect(created.authors.map((author: Json) => author.id ?? author)).toEqual([team.editor.id])

    const read = await api().get(`/api/articles/${created.id}?draft=true&depth=1`, {
      token: team.editor.token,
    })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      summary: 'How treatment works, who it may help, and its risks.',
      heroImage: { id: hero.id, alt: 'A teal square' },
      conditions: [{ id: condition.id, name: 'Depression for a REST article' }],
      treatments: [{ id: treatment.id, name: 'REST article treatment' }],
      clinics: [{ id: clinic.id, name: 'REST article clinic' }],
      references: [
        { title: expect.any(String), doi: '10.1000/example.2020.1', pmid: '31234567', year: 2020 },
      ],
      seo: { metaTitle: 'Ketamine and glutamate', image: { id: hero.id } },
      internalNotes: 'Check the onset wording with the reviewer.',
      reviewStatus: 'draft',
    })
    expect(read.body.body.root.children[0].children[0].text).toBe(
      'Ketamine acts on the glutamate system.',
    )

    const updated = await api().patch(
      `/api/articles/${created.id}?draft=true`,
      {
        _status: 'draft',
        summary: 'A shorter summary.',
        authors: [team.editor.id, team.author.id],
      },
      { token: team.editor.token },
    )
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const reread = await api().get(`/api/articles/${created.id}?draft=true&depth=0`, {
      token: team.editor.token,
    })
    expect(reread.body).toMatchObject({
      summary: 'A shorter summary.',
      authors: [team.editor.id, team.author.id],
      slug: 'ketamine-and-the-glutamate-system',
    })
  })

  it('treatment options: protocol, cost, contraindications, conditions and disclosures round-trip', async () => {
    const condition = await restCreate(
      'conditions',
      conditionData({ name: 'Post-traumatic stress (test)', icd10: ['F43.1'] }),
    )
    const disclosure = await restCreate(
      'risk-disclosures',
      disclosureData({ title: 'Raised blood pressure for REST', severity: 'serious' }),
    )
    const created = await restCreate(
      'treatment-options',
      treatmentData({
        _status: 'draft',
        name: 'Esketamine nasal spray (REST)',
        route: 'intranasal',
        regulatoryStatus: 'fda-approved',
        approvedIndications:
          'Treatment-resistant depression in adults, with an oral antidepressant.',
        conditions: [condition.id],
        riskDisclosures: [disclosure.id],
        protocol: {
          typicalSessions: 8,
          sessionMinutes: 15,
          monitoringMinutes: 120,
          dosingNote: 'Under supervision.',
        },
      }),
    )
    expect(created).toMatchObject({
      slug: 'esketamine-nasal-spray-rest',
      route: 'intranasal',
      regulatoryStatus: 'fda-approved',
    })

    const read = await api().get(`/api/treatment-options/${created.id}?draft=true&depth=0`, {
      token: team.editor.token,
    })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      name: 'Esketamine nasal spray (REST)',
      approvedIndications: 'Treatment-resistant depression in adults, with an oral antidepressant.',
      protocol: {
        typicalSessions: 8,
        sessionMinutes: 15,
        monitoringMinutes: 120,
        dosingNote: 'Under supervision.',
      },
      onset: 'Often within hours',
      conditions: [condition.id],
      contraindications: ['Uncontrolled high blood pressure', 'Active psychosis'],
      cost: { minUsd: 400, maxUsd: 800, insuranceNote: 'Often not covered by insurance.' },
      authors: [team.editor.id],
    })

    const updated = await api().patch(
      `/api/treatment-options/${created.id}?draft=true`,
      { _status: 'draft', cost: { minUsd: 590, maxUsd: 900 }, protocol: { typicalSessions: 6 } },
      { token: team.editor.token },
    )
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const reread = await api().get(`/api/treatment-options/${created.id}?draft=true&depth=0`, {
      token: team.editor.token,
    })
    expect(reread.body.cost).toMatchObject({ minUsd: 590, maxUsd: 900 })
    expect(reread.body.protocol.typicalSessions).toBe(6)
  })

  it('risk disclosures: the treatments side of the link is derived from the treatments that name it', async () => {
    const disclosure = await restCreate(
      'risk-disclosures',
      disclosureData({
        _status: 'draft',
        title: 'Bladder problems with long-term use',
        severity: 'rare-serious',
      }),
    )
    expect(disclosure).toMatchObject({
      slug: 'bladder-problems-with-long-term-use',
      severity: 'rare-serious',
    })
    const treatment = await restCreate(
      'treatment-options',
      treatmentData({ name: 'Disclosure link treatment', riskDisclosures: [disclosure.id] }),
    )

    // (A draft read, ?draft=true, leaves join fields out: Payload reads the version, which has none.)
    const read = await api().get(`/api/risk-disclosures/${disclosure.id}?depth=0`, {
      token: team.editor.token,
    })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      frequency: 'Common during and shortly after a session',
      references: [{ pmid: '31234567' }],
    })
    expect(read.body.treatments?.docs).toEqual([treatment.id])

    const updated = await api().patch(
      `/api/risk-disclosures/${disclosure.id}?draft=true`,
      {
        _status: 'draft',
        mitigation: 'Limit how often treatment is repeated.',
        effectiveDate: '2026-01-01T00:00:00.000Z',
      },
      { token: team.editor.token },
    )
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const reread = await api().get(`/api/risk-disclosures/${disclosure.id}?draft=true`, {
      token: team.editor.token,
    })
    expect(reread.body).toMatchObject({
      mitigation: 'Limit how often treatment is repeated.',
      effectiveDate: '2026-01-01T00:00:00.000Z',
    })
  })

  it('clinic locations: address, coordinates, hours, languages and the medical director; defaults for country and time zone', async () => {
    const { country: _country, ...address } = clinicData().address
    const { timezone: _timezone, ...rest } = clinicData({
      name: 'Harbor Test Clinic – Kearny Mesa',
      medicalDirector: team.reviewer.id,
    })
    const created = await restCreate('clinic-locations', { ...rest, address, _status: 'draft' })
    expect(created).toMatchObject({
      slug: 'harbor-test-clinic-kearny-mesa',
      address: { country: 'US', state: 'CA', postalCode: '92108' },
      timezone: 'America/Los_Angeles',
    })

    const read = await api().get(`/api/clinic-locations/${created.id}?draft=true&depth=0`, {
      token: team.editor.token,
    })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      location: { lat: 32.7678, lng: -117.1525 },
      phone: '+16195550100',
      email: 'front-desk@clinic.example',
      bookingUrl: 'https://clinic.example/book',
      hours: [
        { day: 'mon', opens: '09:00', closes: '17:00' },
        { day: 'sat', opens: '10:00', closes: '14:00' },
      ],
      languages: ['en', 'es'],
      medicalDirector: team.reviewer.id,
    })

    const updated = await api().patch(
      `/api/clinic-locations/${created.id}`,
      {
        _status: 'published',
        phone: '+18585550199',
        hours: [{ day: 'tue', opens: '08:30', closes: '18:00' }],
      },
      { token: team.editor.token },
    )
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const anonymous = await api().get(`/api/clinic-locations/${created.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).toMatchObject({
      phone: '+18585550199',
      hours: [{ day: 'tue', opens: '08:30', closes: '18:00' }],
    })
  })

  it('conditions: ICD-10 codes and description', async () => {
    const created = await restCreate(
      'conditions',
      conditionData({ _status: 'draft', name: 'Suicidal thoughts', icd10: ['R45.851'] }),
    )
    expect(created).toMatchObject({ slug: 'suicidal-thoughts', icd10: ['R45.851'] })
    const updated = await api().patch(
      `/api/conditions/${created.id}?draft=true`,
      { _status: 'draft', icd10: ['R45.851', 'F32.A'] },
      { token: team.editor.token },
    )
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const read = await api().get(`/api/conditions/${created.id}?draft=true`, {
      token: team.editor.token,
    })
    expect(read.body).toMatchObject({
      name: 'Suicidal thoughts',
      icd10: ['R45.851', 'F32.A'],
      description: expect.stringContaining('antidepressants'),
    })
  })

  it('media: an editor uploads a PNG, gets its image sizes, anyone can download it, and the alt text is editable', async () => {
    const png = await pngBuffer(2000, 1200)
    const created = await upload(
      { data: png, name: 'clinic-waiting-room.png', type: 'image/png' },
      { alt: 'A calm waiting room', caption: 'Downtown', credit: 'Test suite' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const doc = created.body.doc
    // Stored under a name carrying a hash of its content (src/delivery/contentAddressedUploads.ts).
    expect(doc).toMatchObject({
      alt: 'A calm waiting room',
      caption: 'Downtown',
      credit: 'Test suite',
      mimeType: 'image/png',
      width: 2000,
      height: 1200,
      filename: expect.stringMatching(/^clinic-waiting-room-[0-9a-f]{16}\.png$/),
    })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 300, height: 300, mimeType: 'image/png' })
    expect(doc.sizes.card).toMatchObject({ width: 768, height: 512 })
    expect(doc.sizes.hero).toMatchObject({ width: 1600, height: 960 })
    expect(mediaFiles()).toEqual(
      expect.arrayContaining([doc.filename, doc.sizes.thumbnail.filename, doc.sizes.hero.filename]),
    )

    const file = await fetch(new URL(doc.url, server.url))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(await sharp(Buffer.from(await file.arrayBuffer())).metadata()).toMatchObject({
      format: 'png',
      width: 2000,
      height: 1200,
    })

    const updated = await api().patch(
      `/api/media/${doc.id}`,
      { alt: 'A calm, sunlit waiting room' },
      { token: team.editor.token },
    )
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const read = await api().get(`/api/media/${doc.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ alt: 'A calm, sunlit waiting room', width: 2000 })
  })

  it('users: an admin creates a reviewer with credentials and license; the license stays private to admins and the user', async () => {
    const created = await api().post(
      '/api/users',
      userData({
        name: 'Dr. Ana Ruiz',
        roles: ['medical-reviewer'],
        credentials: ['MD', 'PhD'],
        specialty: 'Psychiatry',
        bio: 'Reviews the psychiatric content.',
        licenseNumber: 'G999001',
        licenseState: 'CA',
        licenseExpiresAt: '2030-01-01T00:00:00.000Z',
      }),
      { token: team.admin.token },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const asAdmin = await api().get(`/api/users/${id}`, { token: team.admin.token })
    expect(asAdmin.body).toMatchObject({
      name: 'Dr. Ana Ruiz',
      roles: ['medical-reviewer'],
      credentials: ['MD', 'PhD'],
      specialty: 'Psychiatry',
      licenseNumber: 'G999001',
      licenseState: 'CA',
    })
    expect(asAdmin.body).not.toHaveProperty('password')
    expect(asAdmin.body).not.toHaveProperty('hash')

    const asEditor = await api().get(`/api/users/${id}`, { token: team.editor.token })
    expect(asEditor.status).toBe(200)
    expect(asEditor.body.name).toBe('Dr. Ana Ruiz')
    for (const field of ['licenseNumber', 'licenseState', 'licenseExpiresAt'])
      expect(asEditor.body).not.toHaveProperty(field)

    const photo = await uploadPng('Portrait of Dr. Ruiz')
    const updated = await api().patch(
      `/api/users/${id}`,
      { specialty: 'Child and adolescent psychiatry', photo: photo.id },
      { token: team.admin.token },
    )
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const reread = await api().get(`/api/users/${id}?depth=0`, { token: team.admin.token })
    expect(reread.body).toMatchObject({
      specialty: 'Child and adolescent psychiatry',
      photo: photo.id,
    })
  })
})

// ---------------------------------------------------------------------------------------------

describe('create, read and update over GraphQL', () => {
  it('articles', async () => {
    const created = dataOf(
      await gqlCreate(
        'articles',
        articleData({ title: 'Ketamine over GraphQL' }),
        team.editor.token,
        'id slug title authors { id }',
      ),
    )
    expect(created.createArticle).toMatchObject({
      slug: 'ketamine-over-graphql',
      title: 'Ketamine over GraphQL',
      authors: [{ id: team.editor.id }],
    })
    const id = created.createArticle.id

    const read = dataOf(
      await gqlRead(
        'articles',
        id,
        'title summary body references { url doi pmid year } reviewStatus _status',
        team.editor.token,
      ),
    )
    expect(read.Article).toMatchObject({
      title: 'Ketamine over GraphQL',
      summary: 'How treatment works, who it may help, and its risks.',
      references: [{ doi: '10.1000/example.2020.1', pmid: '31234567', year: 2020 }],
      reviewStatus: 'draft',
      _status: 'draft',
    })
    expect(read.Article.body.root.children).toHaveLength(2)

    dataOf(await gqlUpdate('articles', id, { summary: 'Updated over GraphQL.' }, team.editor.token))
    expect(
      dataOf(await gqlRead('articles', id, 'summary slug', team.editor.token)).Article,
    ).toEqual({ summary: 'Updated over GraphQL.', slug: 'ketamine-over-graphql' })
  })

  it('treatment options', async () => {
    const created = dataOf(
      await gqlCreate(
        'treatment-options',
        treatmentData({
          name: 'Oral ketamine over GraphQL',
          route: 'oral-sublingual',
          regulatoryStatus: 'off-label',
        }),
        team.editor.token,
        'id slug route regulatoryStatus protocol { typicalSessions sessionMinutes } cost { minUsd maxUsd }',
      ),
    )
    expect(created.createTreatmentOption).toMatchObject({
      slug: 'oral-ketamine-over-graphql',
      route: 'oral_sublingual',
      regulatoryStatus: 'off_label',
      protocol: { typicalSessions: 6, sessionMinutes: 40 },
      cost: { minUsd: 400, maxUsd: 800 },
    })
    const id = created.createTreatmentOption.id
    dataOf(
      await gqlUpdate(
        'treatment-options',
        id,
        { regulatoryStatus: 'investigational', cost: { minUsd: 100, maxUsd: 300 } },
        team.editor.token,
      ),
    )
    const read = dataOf(
      await gqlRead(
        'treatment-options',
        id,
        'name regulatoryStatus cost { minUsd maxUsd } contraindications onset',
        team.editor.token,
      ),
    )
    expect(read.TreatmentOption).toMatchObject({
      name: 'Oral ketamine over GraphQL',
      regulatoryStatus: 'investigational',
      cost: { minUsd: 100, maxUsd: 300 },
      contraindications: ['Uncontrolled high blood pressure', 'Active psychosis'],
      onset: 'Often within hours',
    })
  })

  it('risk disclosures', async () => {
    const created = dataOf(
      await gqlCreate(
        'risk-disclosures',
        disclosureData({ title: 'Nausea over GraphQL', severity: 'common' }),
        team.editor.token,
        'id slug severity',
      ),
    )
    expect(created.createRiskDisclosure).toMatchObject({
      slug: 'nausea-over-graphql',
      severity: 'common',
    })
    const id = created.createRiskDisclosure.id
    dataOf(
      await gqlUpdate(
        'risk-disclosures',
        id,
        { severity: 'serious', frequency: 'In about one in ten sessions' },
        team.editor.token,
      ),
    )
    const read = dataOf(
      await gqlRead(
        'risk-disclosures',
        id,
        'title severity frequency mitigation',
        team.editor.token,
      ),
    )
    expect(read.RiskDisclosure).toEqual({
      title: 'Nausea over GraphQL',
      severity: 'serious',
      frequency: 'In about one in ten sessions',
      mitigation: 'Sessions take place under observation until the effect has passed.',
    })
  })

  it('clinic locations, with the country and time zone left to their defaults', async () => {
    const { country: _country, ...address } = clinicData().address
    const { timezone: _timezone, ...data } = clinicData({
      name: 'GraphQL Clinic – Hillcrest',
      address,
    })
    const created = dataOf(
      await gqlCreate(
        'clinic-locations',
        data,
        team.editor.token,
        'id slug timezone address { country } hours { day opens closes } languages',
      ),
    )
    expect(created.createClinicLocation).toMatchObject({
      slug: 'graphql-clinic-hillcrest',
      timezone: 'America/Los_Angeles',
      address: { country: 'US' },
      hours: [
        { day: 'mon', opens: '09:00', closes: '17:00' },
        { day: 'sat', opens: '10:00', closes: '14:00' },
      ],
      languages: ['en', 'es'],
    })
    const id = created.createClinicLocation.id
    const update = graphQLPatch('clinic-locations', data, {
      location: { lat: 32.748, lng: -117.1647 },
      languages: ['en', 'es', 'vi'],
    })
    dataOf(await gqlUpdate('clinic-locations', id, update, team.editor.token))
    const read = dataOf(
      await gqlRead(
        'clinic-locations',
        id,
        'name location { lat lng } languages phone',
        team.editor.token,
      ),
    )
    expect(read.ClinicLocation).toEqual({
      name: 'GraphQL Clinic – Hillcrest',
      location: { lat: 32.748, lng: -117.1647 },
      languages: ['en', 'es', 'vi'],
      phone: '+16195550100',
    })
  })

  it('conditions', async () => {
    const created = dataOf(
      await gqlCreate(
        'conditions',
        conditionData({ name: 'Obsessive-compulsive disorder', icd10: ['F42'] }),
        team.editor.token,
        'id slug icd10',
      ),
    )
    expect(created.createCondition).toEqual({
      id: expect.any(Number),
      slug: 'obsessive-compulsive-disorder',
      icd10: ['F42'],
    })
    const id = created.createCondition.id
    dataOf(await gqlUpdate('conditions', id, { icd10: ['F42.2'] }, team.editor.token))
    expect(
      dataOf(await gqlRead('conditions', id, 'name icd10', team.editor.token)).Condition,
    ).toEqual({ name: 'Obsessive-compulsive disorder', icd10: ['F42.2'] })
  })

  it('media (uploaded over REST: GraphQL carries no files) is read and updated over GraphQL', async () => {
    const doc = await uploadPng('A square for GraphQL', 400, 400)
    const read = dataOf(
      await gqlRead(
        'media',
        doc.id,
        'alt mimeType width height url sizes { thumbnail { width height url } }',
      ),
    )
    expect(read.Media).toMatchObject({
      alt: 'A square for GraphQL',
      mimeType: 'image/png',
      width: 400,
      height: 400,
      sizes: { thumbnail: { width: 300, height: 300 } },
    })
    dataOf(
      await gqlUpdate(
        'media',
        doc.id,
        { alt: 'A teal square', credit: 'GraphQL test' },
        team.editor.token,
      ),
    )
    expect(dataOf(await gqlRead('media', doc.id, 'alt credit')).Media).toEqual({
      alt: 'A teal square',
      credit: 'GraphQL test',
    })
  })

  it('users', async () => {
    const data = userData({
      name: 'Grace GraphQL',
      roles: ['editor'],
      bio: 'Edits the Spanish pages.',
    })
    const created = dataOf(await gqlCreate('users', data, team.admin.token, 'id email name roles'))
    expect(created.createUser).toMatchObject({
      email: data.email,
      name: 'Grace GraphQL',
      roles: ['editor'],
    })
    const id = created.createUser.id
    dataOf(await gqlUpdate('users', id, { specialty: 'Health communication' }, team.admin.token))
    expect(dataOf(await gqlRead('users', id, 'name specialty bio', team.admin.token)).User).toEqual(
      { name: 'Grace GraphQL', specialty: 'Health communication', bio: 'Edits the Spanish pages.' },
    )
    // The new account works.
    await api().login(data.email, data.password)
  })
})

// ---------------------------------------------------------------------------------------------

interface BadInput {
  name: string
  collection: string
  /** Dotted paths into the valid data and the bad value for each (`undefined`: left out). */
  set: Json
  path: string
  message: RegExp
  /** Set when GraphQL's own types refuse the value before Payload sees it (tested separately). */
  restOnly?: true
}

const LONG = (length: number) => 'x'.repeat(length)

const VALID: Record<string, () => Json> = {
  articles: () => articleData({ title: 'A valid article' }),
  'treatment-options': () => treatmentData({ name: 'A valid treatment' }),
  'risk-disclosures': () => disclosureData({ title: 'A valid disclosure' }),
  'clinic-locations': () => clinicData({ name: 'A valid clinic' }),
  conditions: () => conditionData({ name: 'A valid condition' }),
  users: () => userData(),
}

const BAD_INPUT: BadInput[] = [
  // articles
  {
    name: 'article summary over 300 characters',
    collection: 'articles',
    set: { summary: LONG(301) },
    path: 'summary',
    message: /300/,
  },
  {
    name: 'article without a title',
    collection: 'articles',
    set: { title: '' },
    path: 'title',
    message: /required/i,
  },
  {
    name: 'reference url without https://',
    collection: 'articles',
    set: { 'references.0.url': 'doi.org/10.1000/x' },
    path: 'references.0.url',
    message: /full web address starting with https:\/\//,
  },
  {
    name: 'reference url with another scheme',
    collection: 'articles',
    set: { 'references.0.url': 'javascript:alert(1)' },
    path: 'references.0.url',
    message: /https:\/\//,
  },
  {
    name: 'reference DOI given as a link',
    collection: 'articles',
    set: { 'references.0.doi': 'https://doi.org/10.1000/x' },
    path: 'references.0.doi',
    message: /A DOI looks like 10\./,
  },
  {
    name: 'reference PMID not a number',
    collection: 'articles',
    set: { 'references.0.pmid': 'PMC6123' },
    path: 'references.0.pmid',
    message: /PubMed id is a number/,
  },
  {
    name: 'reference year before 1800',
    collection: 'articles',
    set: { 'references.0.year': 1700 },
    path: 'references.0.year',
    message: /less than the min allowed value of 1800/i,
  },
  {
    name: 'reference year in the future',
    collection: 'articles',
    set: { 'references.0.year': new Date().getFullYear() + 5 },
    path: 'references.0.year',
    message: /greater than the max allowed value of \d{4}/i,
  },
  {
    name: 'reference year not whole',
    collection: 'articles',
    set: { 'references.0.year': 2019.5 },
    path: 'references.0.year',
    message: /whole number from 1800/,
  },
  {
    name: 'reference without a title',
    collection: 'articles',
    set: { 'references.0.title': '' },
    path: 'references.0.title',
    message: /required/i,
  },
  {
    name: 'slug with spaces',
    collection: 'articles',
    set: { slug: 'ketamine therapy' },
    path: 'slug',
    message: /lower-case letters, digits and single hyphens/,
  },
  {
    name: 'slug in upper case',
    collection: 'articles',
    set: { slug: 'Ketamine-Therapy' },
    path: 'slug',
    message: /lower-case letters, digits and single hyphens/,
  },
  {
    name: 'slug with a double hyphen',
    collection: 'articles',
    set: { slug: 'ketamine--therapy' },
    path: 'slug',
    message: /single hyphens/,
  },
  {
    name: 'SEO description over 160 characters',
    collection: 'articles',
    set: { seo: { metaDescription: LONG(161) } },
    path: 'seo.metaDescription',
    message: /160/,
  },
  {
    name: 'author who does not exist',
    collection: 'articles',
    set: { authors: [999999] },
    path: 'authors',
    message: /No user with the id 999999 exists/,
  },
  {
    name: 'SEO image that does not exist',
    collection: 'articles',
    set: { seo: { image: 999999 } },
    path: 'seo.image',
    message: /No image or file with the id 999999 exists/,
  },
  {
    name: 'link to a treatment that does not exist',
    collection: 'articles',
    set: { treatments: [999999] },
    path: 'treatments',
    message: /999999/,
  },
  // treatment options
  {
    name: 'treatment cost maximum below minimum',
    collection: 'treatment-options',
    set: { cost: { minUsd: 800, maxUsd: 400 } },
    path: 'cost.maxUsd',
    message: /maximum \(400\) cannot be below the minimum \(800\)/,
  },
  {
    name: 'treatment cost negative',
    collection: 'treatment-options',
    set: { cost: { minUsd: -5, maxUsd: 400 } },
    path: 'cost.minUsd',
    message: /less than the min allowed value of 0/i,
  },
  {
    name: 'protocol sessions not whole',
    collection: 'treatment-options',
    set: { 'protocol.typicalSessions': 2.5 },
    path: 'protocol.typicalSessions',
    message: /whole number from 1 to 100/,
  },
  {
    name: 'protocol sessions zero',
    collection: 'treatment-options',
    set: { 'protocol.typicalSessions': 0 },
    path: 'protocol.typicalSessions',
    message: /less than the min allowed value of 1/i,
  },
  {
    name: 'protocol sessions over 100',
    collection: 'treatment-options',
    set: { 'protocol.typicalSessions': 101 },
    path: 'protocol.typicalSessions',
    message: /greater than the max allowed value of 100/i,
  },
  {
    name: 'protocol minutes negative',
    collection: 'treatment-options',
    set: { 'protocol.monitoringMinutes': -10 },
    path: 'protocol.monitoringMinutes',
    message: /less than the min allowed value of 0/i,
  },
  {
    name: 'treatment route not in the list',
    collection: 'treatment-options',
    set: { route: 'nasal' },
    path: 'route',
    message: /invalid selection/,
    restOnly: true,
  },
  {
    name: 'regulatory status not in the list',
    collection: 'treatment-options',
    set: { regulatoryStatus: 'approved' },
    path: 'regulatoryStatus',
    message: /invalid selection/,
    restOnly: true,
  },
  {
    name: 'treatment slug with spaces',
    collection: 'treatment-options',
    set: { slug: 'iv ketamine' },
    path: 'slug',
    message: /lower-case/,
  },
  // risk disclosures
  {
    name: 'disclosure severity not in the list',
    collection: 'risk-disclosures',
    set: { severity: 'minor' },
    path: 'severity',
    message: /invalid selection/,
    restOnly: true,
  },
  {
    name: 'disclosure reference DOI malformed',
    collection: 'risk-disclosures',
    set: { 'references.0.doi': '10.12/abc' },
    path: 'references.0.doi',
    message: /A DOI looks like/,
  },
  {
    name: 'disclosure title over 200 characters',
    collection: 'risk-disclosures',
    set: { title: LONG(201) },
    path: 'title',
    message: /200/,
  },
  // clinic locations
  {
    name: 'clinic state not a US code',
    collection: 'clinic-locations',
    set: { 'address.state': 'XX' },
    path: 'address.state',
    message: /two-letter US state code/,
  },
  {
    name: 'clinic state in lower case',
    collection: 'clinic-locations',
    set: { 'address.state': 'ca' },
    path: 'address.state',
    message: /in capitals, for example CA/,
  },
  {
    name: 'clinic state spelled out',
    collection: 'clinic-locations',
    set: { 'address.state': 'California' },
    path: 'address.state',
    message: /2/,
  },
  {
    name: 'clinic ZIP too short',
    collection: 'clinic-locations',
    set: { 'address.postalCode': '9210' },
    path: 'address.postalCode',
    message: /US ZIP code/,
  },
  {
    name: 'clinic ZIP+4 malformed',
    collection: 'clinic-locations',
    set: { 'address.postalCode': '92101-12' },
    path: 'address.postalCode',
    message: /US ZIP code/,
  },
  {
    name: 'clinic country not US',
    collection: 'clinic-locations',
    set: { 'address.country': 'MX' },
    path: 'address.country',
    message: /Clinics are in the US/,
  },
  {
    name: 'clinic latitude 91',
    collection: 'clinic-locations',
    set: { 'location.lat': 91 },
    path: 'location.lat',
    message: /greater than the max allowed value of 90/i,
  },
  {
    name: 'clinic longitude -181',
    collection: 'clinic-locations',
    set: { 'location.lng': -181 },
    path: 'location.lng',
    message: /less than the min allowed value of -180/i,
  },
  {
    name: 'clinic latitude missing',
    collection: 'clinic-locations',
    set: { 'location.lat': undefined },
    path: 'location.lat',
    message: /required/i,
    restOnly: true,
  },
  {
    name: 'clinic phone not E.164',
    collection: 'clinic-locations',
    set: { phone: '(619) 555-0100' },
    path: 'phone',
    message: /international format with a plus and country code/,
  },
  {
    name: 'clinic phone without a plus',
    collection: 'clinic-locations',
    set: { phone: '16195550100' },
    path: 'phone',
    message: /\+16195550123/,
  },
  {
    name: 'clinic email malformed',
    collection: 'clinic-locations',
    set: { email: 'front desk@clinic' },
    path: 'email',
    message: /valid email/i,
  },
  {
    name: 'clinic booking URL without scheme',
    collection: 'clinic-locations',
    set: { bookingUrl: 'clinic.example/book' },
    path: 'bookingUrl',
    message: /https:\/\//,
  },
  {
    name: 'clinic time zone not IANA',
    collection: 'clinic-locations',
    set: { timezone: 'Pacific Time' },
    path: 'timezone',
    message: /IANA time zone name, for example America\/Los_Angeles/,
  },
  {
    name: 'clinic time zone unknown',
    collection: 'clinic-locations',
    set: { timezone: 'Mars/Olympus_Mons' },
    path: 'timezone',
    message: /IANA/,
  },
  {
    name: 'clinic hours closing before opening',
    collection: 'clinic-locations',
    set: { hours: [{ day: 'mon', opens: '17:00', closes: '09:00' }] },
    path: 'hours',
    message: /On mon the clinic must close after it opens \(17:00–09:00\)/,
  },
  {
    name: 'clinic hours closing when opening',
    collection: 'clinic-locations',
    set: { hours: [{ day: 'fri', opens: '09:00', closes: '09:00' }] },
    path: 'hours',
    message: /must close after it opens/,
  },
  {
    name: 'clinic hours with a weekday twice',
    collection: 'clinic-locations',
    set: {
      hours: [
        { day: 'tue', opens: '09:00', closes: '12:00' },
        { day: 'tue', opens: '13:00', closes: '17:00' },
      ],
    },
    path: 'hours',
    message: /tue is listed twice/,
  },
  {
    name: 'clinic opening time not HH:MM',
    collection: 'clinic-locations',
    set: { 'hours.0.opens': '9:00' },
    path: 'hours.0.opens',
    message: /24-hour time as HH:MM/,
  },
  {
    name: 'clinic closing time 24:00',
    collection: 'clinic-locations',
    set: { 'hours.1.closes': '24:00' },
    path: 'hours.1.closes',
    message: /HH:MM/,
  },
  {
    name: 'clinic closing time with 60 minutes',
    collection: 'clinic-locations',
    set: { 'hours.0.closes': '17:60' },
    path: 'hours.0.closes',
    message: /HH:MM/,
  },
  {
    name: 'clinic weekday not in the list',
    collection: 'clinic-locations',
    set: { 'hours.0.day': 'monday' },
    path: 'hours.0.day',
    message: /invalid selection/,
    restOnly: true,
  },
  {
    name: 'clinic language not in the list',
    collection: 'clinic-locations',
    set: { languages: ['en', 'klingon'] },
    path: 'languages',
    message: /invalid selection/,
    restOnly: true,
  },
  {
    name: 'clinic offering a treatment that does not exist',
    collection: 'clinic-locations',
    set: { treatmentsOffered: [999999] },
    path: 'treatmentsOffered',
    message: /No treatment option with the id 999999 exists/,
  },
  {
    name: 'clinic treating a condition that does not exist',
    collection: 'clinic-locations',
    set: { conditionsTreated: [999998] },
    path: 'conditionsTreated',
    message: /No condition with the id 999998 exists/,
  },
  {
    name: 'clinic medical director who does not exist',
    collection: 'clinic-locations',
    set: { medicalDirector: 999999 },
    path: 'medicalDirector',
    message: /No user with the id 999999 exists/,
  },
  {
    name: 'clinic without a street',
    collection: 'clinic-locations',
    set: { 'address.street': '' },
    path: 'address.street',
    message: /required/i,
  },
  // conditions
  {
    name: 'condition ICD-10 code that is a word',
    collection: 'conditions',
    set: { icd10: ['F32', 'depression'] },
    path: 'icd10',
    message: /"depression" is not an ICD-10 code; codes look like F32/,
  },
  {
    name: 'condition ICD-10 code too short',
    collection: 'conditions',
    set: { icd10: ['F3'] },
    path: 'icd10',
    message: /"F3" is not an ICD-10 code/,
  },
  {
    name: 'condition ICD-10 code with too many digits after the dot',
    collection: 'conditions',
    set: { icd10: ['F43.12345'] },
    path: 'icd10',
    message: /"F43.12345" is not an ICD-10 code/,
  },
  {
    name: 'condition slug with spaces',
    collection: 'conditions',
    set: { slug: 'major depression' },
    path: 'slug',
    message: /lower-case/,
  },
  // users
  {
    name: 'user password shorter than 12 characters',
    collection: 'users',
    set: { password: 'short pass' },
    path: 'password',
    message: /at least 12 characters/,
  },
  {
    name: 'user without a name',
    collection: 'users',
    set: { name: '' },
    path: 'name',
    message: /required/i,
  },
  {
    name: 'user email malformed',
    collection: 'users',
    set: { email: 'not-an-email' },
    path: 'email',
    message: /valid email/i,
  },
  {
    name: 'user license state not a code',
    collection: 'users',
    set: { licenseState: 'California' },
    path: 'licenseState',
    message: /2|two-letter/,
  },
]

/**
 * Payload's GraphQL update input requires every group that has a required field (a clinic's
 * address and location), even when the update leaves them alone; send them as they are.
 */
function graphQLPatch(collection: string, data: Json, patch: Json): Json {
  return collection === 'clinic-locations'
    ? { address: data.address, location: data.location, ...patch }
    : patch
}

/** The top-level fields a case touches, taken from the bad data: what an update would send. */
function patchOf(bad: Json, changes: Json): Json {
  const keys = new Set(Object.keys(changes).map((path) => path.split('.')[0]))
  return Object.fromEntries([...keys].map((key) => [key, bad[key] ?? null]))
}

describe('bad input is refused with the field path and nothing is stored', () => {
  const existing: Record<string, Id> = {}

  beforeAll(async () => {
    for (const collection of Object.keys(VALID)) {
      if (collection === 'users') {
        const created = await api().post('/api/users', VALID.users(), { token: team.admin.token })
        expect(created.status, JSON.stringify(created.body)).toBe(201)
        existing.users = created.body.doc.id
      } else {
        existing[collection] = (await restCreate(collection, VALID[collection]())).id
      }
    }
  })

  it.each(BAD_INPUT.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const { collection } = entry
    const drafts = DRAFTS.has(collection)
    const token = collection === 'users' ? team.admin.token : team.editor.token
    const draftQuery = drafts ? '?draft=true' : ''
    const asDraft = (data: Json) => (drafts ? { ...data, _status: 'draft' } : data)
    const bad = withChanges(VALID[collection](), entry.set)
    const patch = patchOf(bad, entry.set)
    if (entry.set[Object.keys(entry.set)[0]] === undefined) {
      // "Missing" on an update means sent as null.
      const [group, field] = Object.keys(entry.set)[0].split('.')
      patch[group] = { ...bad[group], [field]: null }
    }
    const before = await fingerprint(server.payload, CONTENT_AND_USERS)
    const files = mediaFiles()

    expectFieldError(
      await api().post(`/api/${collection}${draftQuery}`, asDraft(bad), { token }),
      entry.path,
      entry.message,
    )
    expectFieldError(
      await api().patch(`/api/${collection}/${existing[collection]}${draftQuery}`, asDraft(patch), {
        token,
      }),
      entry.path,
      entry.message,
    )
    if (!entry.restOnly) {
      expectGraphQLFieldError(await gqlCreate(collection, bad, token), entry.path, entry.message)
      expectGraphQLFieldError(
        await gqlUpdate(
          collection,
          existing[collection],
          graphQLPatch(collection, bad, patch),
          token,
        ),
        entry.path,
        entry.message,
      )
    }

    expect(await fingerprint(server.payload, CONTENT_AND_USERS)).toEqual(before)
    expect(mediaFiles()).toEqual(files)
  })

  it('clinic medical director without the medical-reviewer role', async () => {
    const before = await fingerprint(server.payload)
    const message =
      /Eli Editor is not a medical reviewer; the medical director must be a user with the medical-reviewer role/
    const bad = clinicData({
      name: 'Clinic with an editor as director',
      medicalDirector: team.editor.id,
    })
    expectFieldError(
      await api().post(
        '/api/clinic-locations?draft=true',
        { ...bad, _status: 'draft' },
        { token: team.editor.token },
      ),
      'medicalDirector',
      message,
    )
    expectFieldError(
      await api().patch(
        `/api/clinic-locations/${existing['clinic-locations']}?draft=true`,
        { medicalDirector: team.editor.id, _status: 'draft' },
        { token: team.editor.token },
      ),
      'medicalDirector',
      message,
    )
    expectGraphQLFieldError(
      await gqlCreate('clinic-locations', bad, team.editor.token),
      'medicalDirector',
      message,
    )
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('GraphQL refuses values outside a list before they reach the model, naming the field and the allowed values', async () => {
    const before = await fingerprint(server.payload)
    const cases: Array<[string, Json, RegExp]> = [
      [
        'treatment-options',
        treatmentData({ route: 'nasal' }),
        /route.*"nasal".*TreatmentOption_route_MutationInput/s,
      ],
      [
        'treatment-options',
        treatmentData({ regulatoryStatus: 'approved' }),
        /regulatoryStatus.*"approved"/s,
      ],
      ['risk-disclosures', disclosureData({ severity: 'minor' }), /severity.*"minor"/s],
      [
        'clinic-locations',
        clinicData({ hours: [{ day: 'monday', opens: '09:00', closes: '17:00' }] }),
        /day.*"monday"/s,
      ],
      ['clinic-locations', clinicData({ location: { lng: -117.1 } }), /lat.*required/s],
    ]
    for (const [collection, data, message] of cases) {
      const names = GRAPHQL[collection]
      // A request whose variables do not fit is refused before it runs: 400 with application/graphql-response+json.
      const response = await api().graphql(
        `mutation ($data: ${names.input}!) { ${names.create}(data: $data, draft: true) { id } }`,
        { data: toGraphQL(data) },
        { token: team.editor.token, headers: { accept: 'application/graphql-response+json' } },
      )
      expect(response.status, JSON.stringify(response.body)).toBe(400)
      expect(response.body.errors?.[0]?.message).toMatch(message)
      expect(response.body.data ?? null).toBeNull()
    }
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('media: a file type that is not allowed is refused with the allowed types, and nothing is stored on disk or in the database', async () => {
    const before = await fingerprint(server.payload)
    const files = mediaFiles()
    const text = await upload(
      { data: 'Not an image at all.\n', name: 'notes.txt', type: 'text/plain' },
      { alt: 'Some notes' },
    )
    expectFieldError(
      text,
      'file',
      /^"notes.txt" is text\/plain, which cannot be uploaded here. Upload a JPEG, PNG, WebP, AVIF or SVG image, or a PDF.$/,
    )
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer()
    expectFieldError(
      await upload({ data: gif, name: 'anim.gif', type: 'image/gif' }, { alt: 'A GIF' }),
      'file',
      /"anim.gif" is image\/gif, which cannot be uploaded here/,
    )
    expect(await fingerprint(server.payload)).toEqual(before)
    expect(mediaFiles()).toEqual(files)
  })

  it('media: a file whose content is not what its name and type claim is refused on the file field, and nothing is stored', async () => {
    const before = await fingerprint(server.payload)
    const files = mediaFiles()
    const fakePng = await upload(
      { data: 'I am plain text pretending to be a PNG.', name: 'photo.png', type: 'image/png' },
      { alt: 'Fake photo' },
    )
    expectFieldError(
      fakePng,
      'file',
      /^"photo.png" is sent as a PNG image, but its content is not one. Upload a JPEG, PNG, WebP, AVIF or SVG image, or a PDF.$/,
    )
    const fakePdf = await upload(
      { data: 'Plain text named like a PDF.', name: 'leaflet.pdf', type: 'application/pdf' },
      { alt: 'Fake leaflet' },
    )
    expectFieldError(fakePdf, 'file', /"leaflet.pdf" is sent as a PDF, but its content is not one/)
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(60)])
    expectFieldError(
      await upload({ data: zip, name: 'scan.jpg', type: 'image/jpeg' }, { alt: 'Fake scan' }),
      'file',
      /"scan.jpg" is sent as a JPEG image, but its content is not one/,
    )
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer()
    expectFieldError(
      await upload(
        { data: gif, name: 'photo2.png', type: 'image/png' },
        { alt: 'A GIF named PNG' },
      ),
      'file',
      /"photo2.png" is sent as a PNG image, but its content is image\/gif/,
    )
    // Replacing the file of an existing document is checked the same way.
    const media = await uploadPng('Will not be replaced')
    const replaceBefore = await fingerprint(server.payload)
    const replaced = await api().request('PATCH', `/api/media/${media.id}`, undefined, {
      token: team.editor.token,
      rawBody: uploadForm({ data: 'still not a PNG', name: 'photo3.png', type: 'image/png' }, {}),
    })
    expectFieldError(
      replaced,
      'file',
      /"photo3.png" is sent as a PNG image, but its content is not one/,
    )
    expect(await fingerprint(server.payload)).toEqual(replaceBefore)
    expect((await fingerprint(server.payload)).counts.media).toBe(before.counts.media + 1)
    expect(
      mediaFiles()
        .filter((file) => !files.includes(file))
        .every((file) => file.startsWith('picture')),
    ).toBe(true)
  })

  it('media: a real image labelled with the wrong type is stored as what it is', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#369' } })
      .jpeg()
      .toBuffer()
    const response = await upload(
      { data: jpeg, name: 'upload.bin', type: 'application/octet-stream' },
      { alt: 'A JPEG sent without a type' },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.mimeType).toBe('image/jpeg')
  })

  it('media: an upload by someone who may not upload is refused for that reason, whatever the file', async () => {
    const response = await upload(
      { data: 'text', name: 'notes.txt', type: 'text/plain' },
      { alt: 'x' },
      team.author.token,
    )
    expect(response.status).toBe(403)
  })

  it('media: alt text is required and bounded, over REST and GraphQL', async () => {
    const png = await pngBuffer(32, 32)
    const before = await fingerprint(server.payload)
    const files = mediaFiles()
    expectFieldError(
      await upload({ data: png, name: 'no-alt.png', type: 'image/png' }, {}),
      'alt',
      /required/i,
    )
    expectFieldError(
      await upload({ data: png, name: 'long-alt.png', type: 'image/png' }, { alt: LONG(301) }),
      'alt',
      /300/,
    )
    const media = (await api().get('/api/media?limit=1', { token: team.editor.token })).body.docs[0]
    expectFieldError(
      await api().patch(`/api/media/${media.id}`, { alt: '' }, { token: team.editor.token }),
      'alt',
      /required/i,
    )
    expectGraphQLFieldError(
      await gqlUpdate('media', media.id, { alt: LONG(301) }, team.editor.token),
      'alt',
      /300/,
    )
    expect(await fingerprint(server.payload)).toEqual(before)
    expect(mediaFiles()).toEqual(files)
  })
})

// ---------------------------------------------------------------------------------------------

const SLUGGED = [
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
] as const
const TITLE_FIELD: Record<string, string> = { articles: 'title', 'risk-disclosures': 'title' }
const SINGULAR: Record<string, string> = {
  articles: 'article',
  'treatment-options': 'treatment option',
  'risk-disclosures': 'risk disclosure',
  'clinic-locations': 'clinic location',
  conditions: 'condition',
}
const titleField = (collection: string) => TITLE_FIELD[collection] ?? 'name'

describe('slugs', () => {
  it.each(SLUGGED.map((collection) => [collection]))(
    '%s: a slug typed by hand that is taken is refused; a generated one gets a number',
    async (collection) => {
      const field = titleField(collection)
      const first = await restCreate(
        collection,
        withChanges(VALID[collection](), {
          [field]: `Shared title ${collection}`,
          slug: `taken-${collection}`,
        }),
      )
      expect(first.slug).toBe(`taken-${collection}`)
      const other = await restCreate(
        collection,
        withChanges(VALID[collection](), { [field]: `Other title ${collection}` }),
      )

      const taken = new RegExp(
        `^Another ${SINGULAR[collection]} already uses the slug "taken-${collection}"; choose a different one\\.$`,
      )
      const before = await fingerprint(server.payload)
      const typed = withChanges(VALID[collection](), {
        [field]: `Third title ${collection}`,
        slug: `taken-${collection}`,
        _status: 'draft',
      })
      expectFieldError(
        await api().post(`/api/${collection}?draft=true`, typed, { token: team.editor.token }),
        'slug',
        taken,
      )
      expectFieldError(
        await api().patch(
          `/api/${collection}/${other.id}?draft=true`,
          { slug: `taken-${collection}`, _status: 'draft' },
          { token: team.editor.token },
        ),
        'slug',
        taken,
      )
      expectGraphQLFieldError(await gqlCreate(collection, typed, team.editor.token), 'slug', taken)
      expectGraphQLFieldError(
        await gqlUpdate(
          collection,
          other.id,
          graphQLPatch(collection, other, { slug: `taken-${collection}` }),
          team.editor.token,
        ),
        'slug',
        taken,
      )
      expect(await fingerprint(server.payload)).toEqual(before)

      // Left empty, the slug comes from the title; a clash gets -2, then -3.
      const second = await restCreate(
        collection,
        withChanges(VALID[collection](), { [field]: `Shared title ${collection}` }),
      )
      expect(second.slug).toBe(`shared-title-${collection}`)
      const third = await restCreate(
        collection,
        withChanges(VALID[collection](), { [field]: `Shared title ${collection}` }),
      )
      expect(third.slug).toBe(`shared-title-${collection}-2`)
      const names = GRAPHQL[collection]
      const fourth = dataOf(
        await gqlCreate(
          collection,
          withChanges(VALID[collection](), { [field]: `Shared title ${collection}` }),
          team.editor.token,
          'slug',
        ),
      )
      expect(fourth[names.create].slug).toBe(`shared-title-${collection}-3`)
    },
  )

  it('is made URL-safe from any title, and kept when the title changes', async () => {
    const created = await restCreate(
      'articles',
      articleData({ title: '¿Qué es la terapia con ketamina? Guía & preguntas' }),
    )
    expect(created.slug).toBe('que-es-la-terapia-con-ketamina-guia-preguntas')
    const renamed = await api().patch(
      `/api/articles/${created.id}?draft=true`,
      { title: 'A different title' },
      { token: team.editor.token },
    )
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.slug).toBe('que-es-la-terapia-con-ketamina-guia-preguntas')
    const edited = await api().patch(
      `/api/articles/${created.id}?draft=true`,
      { slug: 'que-es-la-ketamina' },
      { token: team.editor.token },
    )
    expect(edited.body.doc.slug).toBe('que-es-la-ketamina')
  })
})

// ---------------------------------------------------------------------------------------------

describe('localized reads', () => {
  let clinicId: Id
  let articleId: Id

  beforeAll(async () => {
    const created = await api().post(
      '/api/clinic-locations',
      clinicData({
        _status: 'published',
        name: 'Locale Clinic – North Park',
        insuranceNote: 'Self-pay.',
        accessibilityNote: 'Ramp at the side door.',
      }),
      { token: team.editor.token },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    clinicId = created.body.doc.id
    // Spanish name and insurance note; the accessibility note exists in English only.
    const spanish = await api().patch(
      `/api/clinic-locations/${clinicId}?locale=es`,
      { name: 'Clínica Locale – North Park', insuranceNote: 'Pago directo.' },
      { token: team.editor.token },
    )
    expect(spanish.status, JSON.stringify(spanish.body)).toBe(200)

    articleId = (
      await restCreate(
        'articles',
        articleData({ title: 'Locale article', summary: 'English summary.' }),
      )
    ).id
    const article = await api().patch(
      `/api/articles/${articleId}?locale=es&draft=true`,
      { title: 'Artículo de idioma' },
      { token: team.editor.token },
    )
    expect(article.status, JSON.stringify(article.body)).toBe(200)
  })

  it('REST ?locale=es gives the Spanish text and falls back to English where there is none', async () => {
    const english = await api().get(`/api/clinic-locations/${clinicId}`)
    expect(english.body).toMatchObject({
      name: 'Locale Clinic – North Park',
      insuranceNote: 'Self-pay.',
      accessibilityNote: 'Ramp at the side door.',
    })
    const spanish = await api().get(`/api/clinic-locations/${clinicId}?locale=es`)
    expect(spanish.status).toBe(200)
    expect(spanish.body).toMatchObject({
      name: 'Clínica Locale – North Park',
      insuranceNote: 'Pago directo.',
      accessibilityNote: 'Ramp at the side door.',
    })
    // Fields that are not localized are the same in every locale.
    expect(spanish.body.address).toEqual(english.body.address)

    for (const query of ['fallback-locale=none', 'fallbackLocale=none']) {
      const strict = await api().get(`/api/clinic-locations/${clinicId}?locale=es&${query}`)
      expect(strict.body.name).toBe('Clínica Locale – North Park')
      expect(strict.body.accessibilityNote ?? null).toBeNull()
    }

    const article = await api().get(`/api/articles/${articleId}?locale=es&draft=true`, {
      token: team.editor.token,
    })
    expect(article.body).toMatchObject({ title: 'Artículo de idioma', summary: 'English summary.' })
    const strictArticle = await api().get(
      `/api/articles/${articleId}?locale=es&draft=true&fallback-locale=none`,
      { token: team.editor.token },
    )
    expect(strictArticle.body.summary ?? null).toBeNull()
  })

  it('REST ?locale=all gives every locale of each localized field', async () => {
    const all = await api().get(`/api/clinic-locations/${clinicId}?locale=all`)
    expect(all.status).toBe(200)
    expect(all.body.name).toEqual({
      en: 'Locale Clinic – North Park',
      es: 'Clínica Locale – North Park',
    })
    expect(all.body.insuranceNote).toEqual({ en: 'Self-pay.', es: 'Pago directo.' })
    expect(all.body.accessibilityNote.en).toBe('Ramp at the side door.')
    expect(all.body.accessibilityNote.es ?? null).toBeNull()
    expect(all.body.phone).toBe('+16195550100')
  })

  it('GraphQL locale: es with fallback, and fallbackLocale: none without', async () => {
    const fields = 'name insuranceNote accessibilityNote'
    expect(
      dataOf(await gqlRead('clinic-locations', clinicId, fields, undefined, ', locale: es'))
        .ClinicLocation,
    ).toEqual({
      name: 'Clínica Locale – North Park',
      insuranceNote: 'Pago directo.',
      accessibilityNote: 'Ramp at the side door.',
    })
    expect(
      dataOf(
        await gqlRead(
          'clinic-locations',
          clinicId,
          fields,
          undefined,
          ', locale: es, fallbackLocale: none',
        ),
      ).ClinicLocation,
    ).toEqual({
      name: 'Clínica Locale – North Park',
      insuranceNote: 'Pago directo.',
      accessibilityNote: null,
    })
    const list = dataOf(
      await api().graphql(
        `{ ClinicLocations(locale: es, where: { slug: { equals: "locale-clinic-north-park" } }) { docs { name } } }`,
      ),
    )
    expect(list.ClinicLocations.docs).toEqual([{ name: 'Clínica Locale – North Park' }])
    expect(
      dataOf(
        await gqlRead('articles', articleId, 'title summary', team.editor.token, ', locale: es'),
      ).Article,
    ).toEqual({ title: 'Artículo de idioma', summary: 'English summary.' })
  })

  it('GraphQL writes in a locale and leaves the other alone', async () => {
    const update = graphQLPatch('clinic-locations', clinicData(), {
      accessibilityNote: 'Rampa en la puerta lateral.',
    })
    dataOf(await gqlUpdate('clinic-locations', clinicId, update, team.editor.token, 'id', 'es'))
    const all = await api().get(`/api/clinic-locations/${clinicId}?locale=all&draft=true`, {
      token: team.editor.token,
    })
    expect(all.body.accessibilityNote).toEqual({
      en: 'Ramp at the side door.',
      es: 'Rampa en la puerta lateral.',
    })
  })
})

// ---------------------------------------------------------------------------------------------

describe('deleting a document that others point to', () => {
  /** The 409's message and the referrers it lists as `collection id`. */
  function expectStillLinked(response: ApiResponse, referrers: Array<[string, Id, string]>) {
    expect(response.status, JSON.stringify(response.body)).toBe(409)
    const error = response.body.errors[0]
    expect(error.message).toMatch(/^Cannot delete: still linked from /)
    expect(error.message).toMatch(/Remove those links first\.$/)
    for (const [collection, id, title] of referrers)
      expect(error.message).toContain(`${collection} "${title}" (id ${id}`)
    const listed = error.data.problems.map((problem: { message: string }) => problem.message)
    expect(listed).toHaveLength(referrers.length)
  }

  it('a treatment linked from an article and a clinic: refused with both listed, then allowed once unlinked', async () => {
    const treatment = await restCreate(
      'treatment-options',
      treatmentData({ name: 'Treatment to delete' }),
    )
    const article = await restCreate(
      'articles',
      articleData({ title: 'Article linking a treatment', treatments: [treatment.id] }),
    )
    const clinic = await restCreate(
      'clinic-locations',
      clinicData({ name: 'Clinic offering a treatment', treatmentsOffered: [treatment.id] }),
    )

    const before = await fingerprint(server.payload)
    const refused = await api().delete(`/api/treatment-options/${treatment.id}`, {
      token: team.editor.token,
    })
    expectStillLinked(refused, [
      ['articles', article.id, 'Article linking a treatment'],
      ['clinic-locations', clinic.id, 'Clinic offering a treatment'],
    ])
    expect(refused.body.errors[0].message).toContain('field treatments)')
    expect(refused.body.errors[0].message).toContain('field treatmentsOffered)')
    const graphql = await api().graphql(
      `mutation { deleteTreatmentOption(id: ${treatment.id}) { id } }`,
      undefined,
      { token: team.admin.token },
    )
    expect(graphql.body.errors?.[0].extensions).toMatchObject({
      statusCode: 409,
      data: { rule: 'still-referenced' },
    })
    expect(graphql.body.errors![0].message).toContain('Article linking a treatment')
    expect(await fingerprint(server.payload)).toEqual(before)

    // Unlinking one is not enough.
    await api().patch(
      `/api/articles/${article.id}?draft=true`,
      { treatments: [] },
      { token: team.editor.token },
    )
    expectStillLinked(
      await api().delete(`/api/treatment-options/${treatment.id}`, { token: team.editor.token }),
      [['clinic-locations', clinic.id, 'Clinic offering a treatment']],
    )
    await api().patch(
      `/api/clinic-locations/${clinic.id}?draft=true`,
      { treatmentsOffered: [] },
      { token: team.editor.token },
    )
    const deleted = await api().delete(`/api/treatment-options/${treatment.id}`, {
      token: team.editor.token,
    })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect(
      (
        await api().get(`/api/treatment-options/${treatment.id}?draft=true`, {
          token: team.editor.token,
        })
      ).status,
    ).toBe(404)
  })

  it('a treatment still linked from the published version of a clinic is refused even after a draft unlinks it', async () => {
    const treatment = await restCreate(
      'treatment-options',
      treatmentData({ name: 'Published-link treatment' }),
    )
    const clinic = await api().post(
      '/api/clinic-locations',
      clinicData({
        _status: 'published',
        name: 'Published link clinic',
        treatmentsOffered: [treatment.id],
      }),
      { token: team.editor.token },
    )
    expect(clinic.status).toBe(201)
    await api().patch(
      `/api/clinic-locations/${clinic.body.doc.id}?draft=true`,
      { _status: 'draft', treatmentsOffered: [] },
      { token: team.editor.token },
    )
    expectStillLinked(
      await api().delete(`/api/treatment-options/${treatment.id}`, { token: team.editor.token }),
      [['clinic-locations', clinic.body.doc.id, 'Published link clinic']],
    )
  })

  it('a condition linked from a treatment, over GraphQL too', async () => {
    const condition = await restCreate('conditions', conditionData({ name: 'Condition to delete' }))
    const treatment = await restCreate(
      'treatment-options',
      treatmentData({ name: 'Treatment naming a condition', conditions: [condition.id] }),
    )
    const before = await fingerprint(server.payload)
    expectStillLinked(
      await api().delete(`/api/conditions/${condition.id}`, { token: team.editor.token }),
      [['treatment-options', treatment.id, 'Treatment naming a condition']],
    )
    const graphql = await api().graphql(
      `mutation { deleteCondition(id: ${condition.id}) { id } }`,
      undefined,
      { token: team.editor.token },
    )
    expect(graphql.body.errors?.[0].extensions?.statusCode).toBe(409)
    expect(await fingerprint(server.payload)).toEqual(before)

    dataOf(
      await gqlUpdate('treatment-options', treatment.id, { conditions: [] }, team.editor.token),
    )
    const deleted = dataOf(
      await api().graphql(`mutation { deleteCondition(id: ${condition.id}) { id } }`, undefined, {
        token: team.editor.token,
      }),
    )
    expect(deleted.deleteCondition.id).toBe(condition.id)
  })

  it('a risk disclosure linked from a treatment', async () => {
    const disclosure = await restCreate(
      'risk-disclosures',
      disclosureData({ title: 'Disclosure to delete' }),
    )
    const treatment = await restCreate(
      'treatment-options',
      treatmentData({ name: 'Treatment presenting a risk', riskDisclosures: [disclosure.id] }),
    )
    const before = await fingerprint(server.payload)
    expectStillLinked(
      await api().delete(`/api/risk-disclosures/${disclosure.id}`, { token: team.editor.token }),
      [['treatment-options', treatment.id, 'Treatment presenting a risk']],
    )
    expect(await fingerprint(server.payload)).toEqual(before)
    await api().patch(
      `/api/treatment-options/${treatment.id}?draft=true`,
      { riskDisclosures: [] },
      { token: team.editor.token },
    )
    expect(
      (await api().delete(`/api/risk-disclosures/${disclosure.id}`, { token: team.editor.token }))
        .status,
    ).toBe(200)
  })

  it('media used as an article hero image; its files leave the disk only when the delete succeeds', async () => {
    const media = await uploadPng('Hero to delete', 400, 300)
    const article = await restCreate(
      'articles',
      articleData({ title: 'Article with a hero', heroImage: media.id }),
    )
    const before = await fingerprint(server.payload)
    const files = mediaFiles()
    expect(files).toContain(media.filename)
    expectStillLinked(await api().delete(`/api/media/${media.id}`, { token: team.editor.token }), [
      ['articles', article.id, 'Article with a hero'],
    ])
    expect(await fingerprint(server.payload)).toEqual(before)
    expect(mediaFiles()).toEqual(files)

    await api().patch(
      `/api/articles/${article.id}?draft=true`,
      { heroImage: null },
      { token: team.editor.token },
    )
    expect(
      (await api().delete(`/api/media/${media.id}`, { token: team.editor.token })).status,
    ).toBe(200)
    expect(mediaFiles()).not.toContain(media.filename)
  })

  it('a user who authored content', async () => {
    const created = await api().post('/api/users', userData({ name: 'Departing Author' }), {
      token: team.admin.token,
    })
    expect(created.status).toBe(201)
    const userId = created.body.doc.id
    const article = await restCreate(
      'articles',
      articleData({ title: 'Article by a departing author', authors: [userId] }),
    )
    // An author is on the record of who wrote the article, now and after being dropped from its authors.
    for (const step of ['while an author', 'after being dropped from the authors']) {
      const before = await fingerprint(server.payload, CONTENT_AND_USERS)
      const kept = await api().delete(`/api/users/${userId}`, { token: team.admin.token })
      expect(kept.status, step).toBe(409)
      expect(kept.body.errors[0].data.rule).toBe('record-of-work')
      expect(kept.body.errors[0].message).toContain(
        `articles "Article by a departing author" (id ${article.id})`,
      )
      expect(await fingerprint(server.payload, CONTENT_AND_USERS)).toEqual(before)
      await api().patch(
        `/api/articles/${article.id}?draft=true`,
        { authors: [team.editor.id] },
        { token: team.editor.token },
      )
    }

    // An account that never wrote anything can go.
    const unused = await api().post(
      '/api/users',
      userData({ name: 'Never wrote', email: 'never-wrote@example.com' }),
      { token: team.admin.token },
    )
    expect(
      (await api().delete(`/api/users/${unused.body.doc.id}`, { token: team.admin.token })).status,
    ).toBe(200)
  })
})

// ---------------------------------------------------------------------------------------------

describe('demo content', () => {
  const MEDICAL = ['articles', 'treatment-options', 'risk-disclosures'] as const
  const WORKFLOW_DEMO = new Set([
    RELEASE_DISCLOSURE.slug,
    RELEASE_ARTICLE.slug,
    ASSIGNED_ARTICLE.slug,
  ])
  const SEEDED = [...MEDICAL, 'clinic-locations', 'conditions', 'media', 'users'] as const
  const before: Record<string, Set<Id>> = {}
  const seeded: Record<string, Json[]> = {}

  const allIds = async (collection: (typeof SEEDED)[number]) =>
    (
      await server.payload.find({
        collection,
        draft: true,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((doc) => doc.id as Id)

  /** Runs the seed and returns what it wrote to stdout. */
  async function seedCapturingOutput(
    printPasswords: boolean,
  ): Promise<{ created: string[]; output: string }> {
    let output = ''
    const write = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        output += String(chunk)
        return true
      })
    try {
      const created = await seedDemoContent(server.payload, { printPasswords })
      return { created, output }
    } finally {
      write.mockRestore()
    }
  }

  let firstOutput = ''

  beforeAll(async () => {
    for (const collection of SEEDED) before[collection] = new Set(await allIds(collection))
    firstOutput = (await seedCapturingOutput(false)).output
    for (const collection of SEEDED) {
      const { docs } = await server.payload.find({
        collection,
        draft: false,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        locale: 'all',
        showHiddenFields: true,
      })
      // The workflow demo's new documents are not live yet; they have their own test below.
      seeded[collection] = (docs as Json[]).filter(
        (doc) => !before[collection].has(doc.id) && !WORKFLOW_DEMO.has(doc.slug),
      )
    }
  }, 240_000)

  it('adds clinics around San Diego, one in the city itself, readable by anyone through the address filter', async () => {
    const clinics = seeded['clinic-locations']
    const SAN_DIEGO = { lat: 32.7157, lng: -117.1611 }
    const nearby = clinics.filter(
      (clinic) =>
        Math.hypot(clinic.location.lat - SAN_DIEGO.lat, clinic.location.lng - SAN_DIEGO.lng) < 0.6,
    )
    expect(nearby.length).toBeGreaterThanOrEqual(2)
    expect(
      clinics.every((clinic) => clinic._status === 'published' && clinic.address.state === 'CA'),
    ).toBe(true)
    const inCity = clinics.filter((clinic) => clinic.address.city === 'San Diego')
    expect(inCity.length).toBeGreaterThanOrEqual(1)

    const response = await api().get(
      `/api/clinic-locations?where[address.city][equals]=${encodeURIComponent('San Diego')}`,
    )
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: Json) => doc.id)).toEqual(
      expect.arrayContaining(inCity.map((clinic) => clinic.id)),
    )
    expect(response.body.docs.every((doc: Json) => doc.address.city === 'San Diego')).toBe(true)
    const clinic = response.body.docs.find((doc: Json) => doc.id === inCity[0].id)
    expect(clinic).toMatchObject({
      timezone: 'America/Los_Angeles',
      phone: expect.stringMatching(/^\+1(619|858)/),
      hours: expect.any(Array),
      languages: expect.arrayContaining(['en', 'es']),
    })
    expect(clinic.treatmentsOffered.length).toBeGreaterThan(0)
    const director = seeded.users.find((user) => user.email === 'director@harborlight.example')
    expect(clinics.every((seededClinic) => seededClinic.medicalDirector === director?.id)).toBe(
      true,
    )
    expect(director?.roles).toEqual(['medical-reviewer'])
  })

  it('adds the conditions with ICD-10 codes, four or more treatments and six or more disclosures linked to them', async () => {
    const codes = seeded.conditions.flatMap((condition) => condition.icd10 ?? [])
    expect(codes).toEqual(
      expect.arrayContaining(['F32', 'F33', 'R45.851', 'F43.1', 'F41.1', 'F42', 'F31', 'G89']),
    )
    expect(seeded['treatment-options'].length).toBeGreaterThanOrEqual(4)
    expect(seeded['treatment-options'].map((treatment) => treatment.route)).toEqual(
      expect.arrayContaining(['intravenous', 'intranasal']),
    )
    const disclosures = seeded['risk-disclosures']
    expect(disclosures.length).toBeGreaterThanOrEqual(6)
    const linked = new Set(
      seeded['treatment-options'].flatMap((treatment) => treatment.riskDisclosures),
    )
    for (const disclosure of disclosures)
      expect(
        linked.has(disclosure.id),
        `disclosure ${disclosure.slug} is linked to no treatment`,
      ).toBe(true)
    // The derived side of the link agrees.
    const read = await api().get(`/api/risk-disclosures/${disclosures[0].id}`)
    expect(read.body.treatments.docs.length).toBeGreaterThan(0)
  })

  it('adds three or more articles, one explaining ketamine therapy: onset, mechanism, who it may help, risks and costs', async () => {
    expect(seeded.articles.length).toBeGreaterThanOrEqual(3)
    const response = await api().get('/api/articles?where[slug][equals]=ketamine-therapy-explained')
    expect(response.body.docs).toHaveLength(1)
    const article = response.body.docs[0]
    const text = JSON.stringify(article.body)
    for (const topic of [
      /NMDA|glutamate/,
      /within hours/,
      /Who it may help/,
      /Risks/,
      /Cost/,
      /insurance/,
    ])
      expect(text).toMatch(topic)
    expect(article.heroImage).toBeTruthy()
    expect(article.references.length).toBeGreaterThan(0)
    expect(article.riskDisclosures.length).toBeGreaterThan(0)
  })

  it('prints no passwords when asked not to (production)', () => {
    expect(firstOutput).not.toMatch(/Demo accounts|harborlight\.example/)
  })

  it('has one user per role', async () => {
    const roles = seeded.users.flatMap((user) => user.roles)
    expect(new Set(roles)).toEqual(
      new Set(['admin', 'editor', 'author', 'medical-reviewer', 'frontend-preview']),
    )
    const reviewer = seeded.users.find((user) => user.email === 'reviewer@harborlight.example')
    expect(reviewer).toMatchObject({ credentials: ['MD'], licenseState: 'CA' })
  })

  it('is written in English and Spanish', async () => {
    for (const collection of [
      'articles',
      'treatment-options',
      'risk-disclosures',
      'clinic-locations',
      'conditions',
    ] as const) {
      const field = titleField(collection)
      for (const doc of seeded[collection]) {
        expect(doc[field].en, `${collection} ${doc.slug}`).toBeTruthy()
        expect(doc[field].es, `${collection} ${doc.slug}`).toBeTruthy()
        expect(doc[field].es).not.toBe(doc[field].en)
      }
    }
    const spanish = await api().get(
      '/api/articles?where[slug][equals]=ketamine-therapy-explained&locale=es&fallback-locale=none',
    )
    expect(spanish.body.docs[0].title).toMatch(/^Terapia con ketamina/)
    expect(JSON.stringify(spanish.body.docs[0].body)).toMatch(/receptor NMDA/)
  })

  it('publishes every medical document through the review workflow: submitted, approved by the demo reviewer, published by the editor, with matching hashes', async () => {
    const demo = Object.fromEntries(seeded.users.map((user) => [user.email, user.id]))
    for (const collection of MEDICAL) {
      for (const doc of seeded[collection]) {
        expect(doc._status).toBe('published')
        expect(doc.medicalReviewer).toBe(demo['reviewer@harborlight.example'])
        expect(doc.lastReviewedAt).toBeTruthy()
        const { docs: records } = await server.payload.find({
          collection: 'review-records',
          // By key: on SQLite an earlier test's deleted document may have had the same id.
          where: {
            and: [
              { targetCollection: { equals: collection } },
              { documentId: { equals: String(doc.id) } },
              { documentKey: { equals: doc.documentKey } },
            ],
          },
          sort: 'createdAt',
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
        const steps = records.map((record) => [
          record.action,
          record.decision ?? null,
          record.actor,
        ])
        expect(steps.slice(0, 3), `${collection} ${doc.slug}`).toEqual([
          ['submit', null, demo['author@harborlight.example']],
          ['decision', 'approve', demo['reviewer@harborlight.example']],
          ['publish', null, demo['editor@harborlight.example']],
        ])
        expect(records[2].contentHash).toBe(records[1].contentHash)
        // The infusion treatment has a new version waiting in the demo release; the others are just as published.
        if (doc.slug !== RELEASE_TREATMENT_SLUG) expect(steps).toHaveLength(3)
        expect(records[1].actorName).toBe('Dr. Elena Vasquez')
      }
    }
  })

  it('seeds a release ready to publish and a review assigned to the medical director', async () => {
    const demo = Object.fromEntries(
      (
        await server.payload.find({ collection: 'users', pagination: false, overrideAccess: true })
      ).docs.map((user) => [user.email, user.id]),
    )
    const {
      docs: [release],
    } = await server.payload.find({
      collection: 'releases',
      where: { name: { equals: RELEASE_NAME } },
      depth: 0,
      overrideAccess: true,
    })
    expect(release.status).toBe('draft')
    expect(
      release.members?.map((member) => (member.document as { relationTo: string }).relationTo),
    ).toEqual(['risk-disclosures', 'treatment-options', 'articles'])
    expect(
      release.members?.every((member) => /^[0-9a-f]{64}$/.test(member.contentHash ?? '')),
    ).toBe(true)
    const editor = await server.payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@harborlight.example' } },
      overrideAccess: true,
    })

    const assigned = await server.payload.find({
      collection: 'articles',
      where: { slug: { equals: ASSIGNED_ARTICLE.slug } },
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(assigned.docs[0]).toMatchObject({
      reviewStatus: 'in-review',
      assignedReviewer: demo['director@harborlight.example'],
      submittedBy: demo['author@harborlight.example'],
    })
    const due = new Date(assigned.docs[0].reviewDueAt as string).getTime() - Date.now()
    expect(due).toBeGreaterThan(2 * 864e5)
    expect(due).toBeLessThanOrEqual(3 * 864e5)

    // The release goes live in one go, published by the demo editor: the driving risk on the infusion page, with the new article.
    const {
      docs: [article],
    } = await server.payload.find({
      collection: 'articles',
      where: { slug: { equals: RELEASE_ARTICLE.slug } },
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect((await api().get(`/api/articles/${article.id}`)).status).toBe(404)
    const editorUser = { ...editor.docs[0], collection: 'users' } as never
    const result = await publishRelease(
      await createLocalReq(
        { user: editorUser, context: { skipNotifications: true } },
        server.payload,
      ),
      release.id,
    )
    expect(result).toMatchObject({ status: 'published', problems: [] })
    expect(
      (await api().get(`/api/articles/${article.id}?locale=es`)).body.localeStatus,
    ).toMatchObject({ locale: 'es', approvedLocales: ['en', 'es'] })
    const treatment = await api().get(
      `/api/treatment-options?where[slug][equals]=${RELEASE_TREATMENT_SLUG}&depth=1`,
    )
    expect(
      treatment.body.docs[0].riskDisclosures.map((risk: { slug: string }) => risk.slug),
    ).toContain(RELEASE_DISCLOSURE.slug)
  }, 120_000)

  it('adds nothing when run again', async () => {
    const all: CollectionSlug[] = [...CONTENT_COLLECTIONS, 'users']
    const fingerprintBefore = await fingerprint(server.payload, all)
    const users = await server.payload.count({ collection: 'users', overrideAccess: true })
    const files = mediaFiles()
    // Passwords are printed once, when the accounts are created: not again.
    const { created, output } = await seedCapturingOutput(true)
    expect(created).toEqual([])
    expect(output).not.toMatch(/Demo accounts|harborlight\.example/)
    expect(await fingerprint(server.payload, all)).toEqual(fingerprintBefore)
    expect(await server.payload.count({ collection: 'users', overrideAccess: true })).toEqual(users)
    expect(mediaFiles()).toEqual(files)
  }, 120_000)
})

import type { Payload } from 'payload'

import type { ApiClient } from './api'

export const PASSWORD = 'correct horse battery staple'

export type RoleName =
  'admin' | 'editor' | 'author' | 'author2' | 'reviewer' | 'reviewer2' | 'expiredReviewer'

export interface Actor {
  id: number | string
  email: string
  token: string
}

export interface Team extends Record<RoleName, Actor> {
  preview: { id: number | string; apiKey: string }
}

const DAY = 24 * 60 * 60 * 1000

/**
 * One user per role (two authors, two reviewers, one reviewer whose license has lapsed and a
 * preview API key), created through the Local API and logged in over HTTP.
 */
export async function createTeam(payload: Payload, api: ApiClient): Promise<Team> {
  const future = new Date(Date.now() + 365 * DAY).toISOString()
  const past = new Date(Date.now() - DAY).toISOString()
  const specs: Array<[RoleName, Record<string, unknown>]> = [
    ['admin', { name: 'Ada Admin', roles: ['admin'] }],
    ['editor', { name: 'Eli Editor', roles: ['editor'] }],
    ['author', { name: 'Ana Author', roles: ['author'] }],
    ['author2', { name: 'Ben Author', roles: ['author'] }],
    [
      'reviewer',
      {
        name: 'Dr. Rosa Reyes',
        roles: ['medical-reviewer'],
        credentials: ['MD'],
        specialty: 'Psychiatry',
        licenseNumber: 'A123456',
        licenseState: 'CA',
        licenseExpiresAt: future,
      },
    ],
    [
      'reviewer2',
      {
        name: 'Dr. Sam Ortiz',
        roles: ['medical-reviewer'],
        credentials: ['DO'],
        specialty: 'Anesthesiology',
        licenseNumber: 'B654321',
        licenseState: 'CA',
        licenseExpiresAt: future,
      },
    ],
    [
      'expiredReviewer',
      {
        name: 'Dr. Lapsed',
        roles: ['medical-reviewer'],
        credentials: ['MD'],
        licenseNumber: 'C111111',
        licenseState: 'CA',
        licenseExpiresAt: past,
      },
    ],
  ]
  const createUser = async ([role, data]: (typeof specs)[number]) => {
    const email = `${role.toLowerCase()}@example.com`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, ...data } as never,
      overrideAccess: true,
    })
    return [role, { id: user.id, email }] as const
  }
  // The first account of a database always becomes an admin, so the admin goes first; the rest at once.
  const [adminSpec, ...others] = specs
  const first = await createUser(adminSpec)
  const created = [first, ...(await Promise.all(others.map(createUser)))]
  const tokens = await Promise.all(created.map(([, { email }]) => api.login(email, PASSWORD)))
  const team = Object.fromEntries(
    created.map(([role, user], index) => [role, { ...user, token: tokens[index] }]),
  ) as unknown as Team
  const apiKey = 'preview-key-0123456789abcdef0123456789abcdef'
  const preview = await payload.create({
    collection: 'users',
    data: {
      email: 'preview@example.com',
      password: PASSWORD,
      name: 'Frontend preview',
      roles: ['frontend-preview'],
      enableAPIKey: true,
      apiKey,
    } as never,
    overrideAccess: true,
  })
  team.preview = { id: preview.id, apiKey }
  return team
}

/** A minimal Lexical document: one heading and one paragraph per entry. */
export function richText(...paragraphs: string[]) {
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((value) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [text(value)],
      })),
    },
  }
}

export const reference = {
  title: 'Ketamine for depression: a systematic review',
  url: 'https://doi.org/10.1000/example.2020.1',
  publisher: 'Example Journal of Psychiatry',
  year: 2020,
  doi: '10.1000/example.2020.1',
  pmid: '31234567',
}

export function disclosureData(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Dissociation during treatment',
    severity: 'common',
    frequency: 'Common during and shortly after a session',
    description: richText(
      'Many people feel detached from their surroundings while the medicine acts.',
    ),
    mitigation: 'Sessions take place under observation until the effect has passed.',
    references: [reference],
    ...overrides,
  }
}

export function treatmentData(overrides: Record<string, unknown> = {}) {
  return {
    name: 'IV ketamine infusion',
    route: 'intravenous',
    regulatoryStatus: 'off-label',
    summary: 'A low-dose infusion given in the clinic under monitoring.',
    description: richText(
      'A series of infusions over two to three weeks, each lasting about forty minutes.',
    ),
    protocol: {
      typicalSessions: 6,
      sessionMinutes: 40,
      monitoringMinutes: 60,
      dosingNote: 'Dose is set by weight.',
    },
    onset: 'Often within hours',
    contraindications: ['Uncontrolled high blood pressure', 'Active psychosis'],
    cost: { minUsd: 400, maxUsd: 800, insuranceNote: 'Often not covered by insurance.' },
    references: [reference],
    ...overrides,
  }
}

export function articleData(overrides: Record<string, unknown> = {}) {
  return {
    title: 'What to expect from ketamine therapy',
    summary: 'How treatment works, who it may help, and its risks.',
    body: richText(
      'Ketamine acts on the glutamate system.',
      'Relief is often reported within hours, though experiences vary.',
    ),
    references: [reference],
    ...overrides,
  }
}

/** Submits as `submitter` and approves as `reviewer`, over HTTP; fails loudly if either step is refused. */
export async function approveDocument(
  api: ApiClient,
  collection: string,
  id: number | string,
  submitter: Actor,
  reviewer: Actor,
  comment = 'Accurate.',
) {
  const submitted = await api.post(
    `/api/${collection}/${id}/submit-for-review`,
    {},
    { token: submitter.token },
  )
  if (submitted.status !== 200)
    throw new Error(
      `submit ${collection} ${id}: ${submitted.status} ${JSON.stringify(submitted.body)}`,
    )
  // The reviewer states the version they read: the one the submission pinned.
  const decided = await api.post(
    `/api/${collection}/${id}/review`,
    { decision: 'approve', comment, contentHash: submitted.body.contentHash },
    { token: reviewer.token },
  )
  if (decided.status !== 200)
    throw new Error(
      `approve ${collection} ${id}: ${decided.status} ${JSON.stringify(decided.body)}`,
    )
  return decided.body
}

/** Creates, approves and publishes a document over HTTP; returns its id. */
export async function publishApproved(
  api: ApiClient,
  team: Team,
  collection: string,
  data: Record<string, unknown>,
): Promise<number | string> {
  const created = await api.post(`/api/${collection}`, data, { token: team.editor.token })
  if (created.status !== 201)
    throw new Error(`create ${collection}: ${created.status} ${JSON.stringify(created.body)}`)
  const id = created.body.doc.id
  await approveDocument(api, collection, id, team.editor, team.reviewer)
  const published = await api.patch(
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

/** A valid clinic location in San Diego (a draft unless `_status` says otherwise). */
export function clinicLocationData(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Harbor Clinic Downtown',
    address: {
      street: '100 Harbor Drive',
      city: 'San Diego',
      state: 'CA',
      postalCode: '92101',
      country: 'US',
    },
    location: { lat: 32.7157, lng: -117.1611 },
    phone: '+16195550100',
    hours: [{ day: 'mon', opens: '09:00', closes: '17:00' }],
    languages: ['en', 'es'],
    ...overrides,
  }
}

/** A valid condition with ICD-10 codes. */
export function conditionData(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Major depressive disorder',
    icd10: ['F32', 'F33'],
    description: 'Persistent low mood and loss of interest lasting at least two weeks.',
    ...overrides,
  }
}

/** A valid 1×1 PNG, for uploads. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** A multipart body for `POST /api/media`: the PNG plus the document's fields. */
export function mediaUpload(data: Record<string, unknown>, filename = 'pixel.png'): FormData {
  const form = new FormData()
  form.append('file', new Blob([TINY_PNG], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { ApiClient } from '../helpers/api'
import { generator, openVerifier } from '../helpers/crashWorkload'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { articleData, disclosureData, PASSWORD, treatmentData } from '../helpers/fixtures'
import { checkPublicationInvariant, hashOf } from '../helpers/invariant'
import { startServerProcess, type ServerProcess } from '../helpers/process'

/**
 * A release under kill -9: the production server is killed at a random moment while it
 * publishes a release of many members (treatments, their disclosures, articles). After the
 * restart either every member is live with exactly its pinned version and the release is
 * published, or none is and it is not; and publishing it again then works. RELEASE_CRASH_ROUNDS
 * (default 8) and RELEASE_CRASH_SEED (random, printed) reproduce a run.
 */

const ROUNDS = Number(process.env.RELEASE_CRASH_ROUNDS ?? 8)
const SEED = Number(process.env.RELEASE_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))
/** Per round: this many treatments, each with two disclosures and an article about it. */
const TREATMENTS = 3

const random = generator(SEED)

let database: TestDatabase
let mediaDir: string
let verifier: Payload
let server: ServerProcess
let serverEnv: Record<string, string> & { PORT: string }
const tokens = { editor: '', reviewer: '' }

async function login(): Promise<ApiClient> {
  const api = new ApiClient(server.url)
  tokens.editor = await api.login('editor@example.com', PASSWORD)
  tokens.reviewer = await api.login('reviewer@example.com', PASSWORD)
  return api
}

beforeAll(async () => {
  database = await createTestDatabase()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
  const port = String(await getPort())
  serverEnv = {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'release-crash-secret-0123456789abcdef0123456789',
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    JOBS_AUTORUN: 'false',
    HOST: '127.0.0.1',
    PORT: port,
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATABASE_URI: database.uri,
    MEDIA_DIR: mediaDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANON_PER_MINUTE: '0',
    RATE_LIMIT_AUTH_PER_MINUTE: '0',
    RATE_LIMIT_LOGIN_PER_15_MIN: '0',
  }
  const first = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
  expect(await first.stop('SIGTERM')).toBe(0)
  verifier = await openVerifier(
    {
      DATABASE_URI: database.uri,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: serverEnv.PAYLOAD_SECRET,
      SERVER_URL: serverEnv.SERVER_URL,
    },
    `release-crash-verifier-${database.name}`,
  )
  const future = new Date(Date.now() + 365 * 864e5).toISOString()
  await verifier.create({
    collection: 'users',
    data: {
      email: 'admin@example.com',
      password: PASSWORD,
      name: 'Ada Admin',
      roles: ['admin'],
    } as never,
    overrideAccess: true,
  })
  await verifier.create({
    collection: 'users',
    data: {
      email: 'editor@example.com',
      password: PASSWORD,
      name: 'Eli Editor',
      roles: ['editor'],
    } as never,
    overrideAccess: true,
  })
  await verifier.create({
    collection: 'users',
    data: {
      email: 'reviewer@example.com',
      password: PASSWORD,
      name: 'Dr. Rosa Reyes',
      roles: ['medical-reviewer'],
      credentials: ['MD'],
      licenseNumber: 'A123456',
      licenseState: 'CA',
      licenseExpiresAt: future,
    } as never,
    overrideAccess: true,
  })
  server = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
})

afterAll(async () => {
  await server?.stop('SIGKILL')
  if (verifier) await closePayload(verifier)
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

async function approved(
  api: ApiClient,
  collection: string,
  data: Record<string, unknown>,
): Promise<number> {
  const created = await api.post(`/api/${collection}`, data, { token: tokens.editor })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  const submitted = await api.post(
    `/api/${collection}/${id}/submit-for-review`,
    {},
    { token: tokens.editor },
  )
  const decided = await api.post(
    `/api/${collection}/${id}/review`,
    { decision: 'approve', comment: 'ok', contentHash: submitted.body.contentHash },
    { token: tokens.reviewer },
  )
  expect(decided.status, JSON.stringify(decided.body)).toBe(200)
  return id
}

/** A release of TREATMENTS new treatments, their disclosures and an article each, all approved and none live. */
async function prepareRelease(api: ApiClient, round: number): Promise<number> {
  const members: Array<{ action: 'publish'; document: { relationTo: string; value: number } }> = []
  const add = (relationTo: string, value: number) =>
    members.push({ action: 'publish', document: { relationTo, value } })
  for (let index = 0; index < TREATMENTS; index += 1) {
    const label = `round ${round} / ${index}`
    const first = await approved(
      api,
      'risk-disclosures',
      disclosureData({ title: `Dissociation ${label}` }),
    )
    const second = await approved(
      api,
      'risk-disclosures',
      disclosureData({ title: `Raised blood pressure ${label}`, severity: 'serious' }),
    )
    const treatment = await approved(
      api,
      'treatment-options',
      treatmentData({ name: `Treatment ${label}`, riskDisclosures: [first, second] }),
    )
    const article = await approved(
      api,
      'articles',
      articleData({ title: `Article ${label}`, treatments: [treatment] }),
    )
    add('articles', article)
    add('treatment-options', treatment)
    add('risk-disclosures', first)
    add('risk-disclosures', second)
  }
  const release = await api.post(
    '/api/releases',
    { name: `Release ${round}`, members },
    { token: tokens.editor },
  )
  expect(release.status, JSON.stringify(release.body)).toBe(201)
  return release.body.doc.id
}

type Outcome = 'all' | 'none'

/** Read straight from the database: which members are live, and whether each live one is exactly its pinned version. */
async function outcomeOf(releaseId: number): Promise<{ outcome?: Outcome; problems: string[] }> {
  const release = await verifier.findByID({
    collection: 'releases',
    id: releaseId,
    depth: 0,
    overrideAccess: true,
  })
  const problems: string[] = []
  let live = 0
  for (const member of release.members ?? []) {
    const { relationTo, value } = member.document as {
      relationTo: 'articles' | 'risk-disclosures' | 'treatment-options'
      value: number
    }
    const main = await verifier.findByID({
      collection: relationTo,
      id: value,
      draft: false,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      context: { internalRead: true },
    })
    if (main._status !== 'published') continue
    live += 1
    const hash = hashOf(verifier, relationTo, main as never, member.pinnedLocales)
    if (hash !== member.contentHash)
      problems.push(
        `${relationTo} ${value} is live as ${hash.slice(0, 12)}, pinned ${member.contentHash?.slice(0, 12)}`,
      )
  }
  const total = release.members?.length ?? 0
  if (live !== 0 && live !== total)
    problems.push(`release ${releaseId}: ${live} of ${total} members live`)
  const outcome: Outcome | undefined = live === total ? 'all' : live === 0 ? 'none' : undefined
  if (outcome === 'all' && release.status !== 'published')
    problems.push(`release ${releaseId}: every member is live, but it is ${release.status}`)
  if (outcome === 'none' && release.status === 'published')
    problems.push(`release ${releaseId}: marked published, but no member is live`)
  return { outcome, problems }
}

describe(`kill -9 while a release is published (${process.env.TEST_DB ?? 'sqlite'})`, () => {
  it(`leaves every member live with its pinned version, or none, through ${ROUNDS} crashes`, async () => {
    const seen = { all: 0, none: 0, inFlight: 0 }
    let api = await login()
    // How long a publish takes here, so the kills land before, during and after the write.
    const measured = await prepareRelease(api, 0)
    const started = Date.now()
    expect(
      (await api.post(`/api/releases/${measured}/publish`, {}, { token: tokens.editor })).status,
    ).toBe(200)
    const duration = Date.now() - started
    expect((await outcomeOf(measured)).outcome).toBe('all')

    for (let round = 1; round <= ROUNDS; round += 1) {
      const releaseId = await prepareRelease(api, round)
      let answered: number | undefined
      const publishing = api
        .post(`/api/releases/${releaseId}/publish`, {}, { token: tokens.editor })
        .then((response) => (answered = response.status))
        .catch(() => undefined)
      await new Promise((resolve) =>
        setTimeout(resolve, Math.floor(random.next() * duration * 1.3)),
      )
      expect(await server.stop('SIGKILL')).toBe('SIGKILL')
      await publishing
      if (answered === undefined) seen.inFlight += 1
      server = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })

      const { outcome, problems } = await outcomeOf(releaseId)
      expect(problems, `round ${round} (seed ${SEED}), answered ${answered}`).toEqual([])
      // An acknowledged publication is durable.
      if (answered === 200) expect(outcome).toBe('all')
      seen[outcome!] += 1
      api = await login()
      if (outcome === 'none') {
        // Nothing half-done is left in the way: the same release publishes now.
        const again = await api.post(
          `/api/releases/${releaseId}/publish`,
          {},
          { token: tokens.editor },
        )
        expect(again.status, JSON.stringify(again.body)).toBe(200)
        expect((await outcomeOf(releaseId)).outcome).toBe('all')
      }
      const invariant = await checkPublicationInvariant(verifier)
      expect(invariant.violations, `round ${round} (seed ${SEED})`).toEqual([])
    }
    console.log(
      `release crash summary: ${JSON.stringify({ database: database.kind, seed: SEED, rounds: ROUNDS, publishMs: duration, ...seen })}`,
    )
    expect(seen.inFlight).toBeGreaterThan(0)
  })
})

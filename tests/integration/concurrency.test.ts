import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '../../src/config'
import { closePayload } from '../../src/db/close'
import { loadEnv } from '../../src/env'
import { seedDemoContent } from '../../src/seed'
import type { MedicalCollection } from '../../src/workflow/reviewedFields'
import type { ApiResponse } from '../helpers/api'
import { createTestDatabase } from '../helpers/database'
import {
  approveDocument,
  articleData,
  createTeam,
  disclosureData,
  richText,
  treatmentData,
  type Team,
} from '../helpers/fixtures'
import { checkPublicationInvariant, hashOf } from '../helpers/invariant'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * Many clients at once on one document. The policy under test: a write that overlaps another
 * write of the same document, and so started from a version that is no longer the latest, is
 * refused with 409; writes that do not overlap are last-write-wins. Either way no acknowledged
 * write is lost without a trace: every 2xx is a version in the history, every refusal left nothing.
 */

let server: TestServer
let team: Team

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await server?.close()
})

const api = () => server.api
type Doc = Record<string, any>

async function createDraft(collection: string, data: Record<string, unknown>) {
  const response = await api().post(`/api/${collection}`, data, { token: team.editor.token })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number | string
}

/** The latest version of a document, every locale: what the next edit starts from. */
async function latest(collection: MedicalCollection, id: number | string): Promise<Doc> {
  return (await server.payload.findByID({
    collection,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })) as Doc
}

/** Every version of a document, oldest first; `version.updatedAt` is the document's own stamp at that save. */
async function versionsOf(
  collection: MedicalCollection,
  id: number | string,
): Promise<Array<{ id: number | string; version: Doc }>> {
  const { docs } = await server.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    locale: 'all',
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
  })
  return docs as never
}

async function recordsOf(collection: MedicalCollection, id: number | string, action: string) {
  const { docs } = await server.payload.find({
    collection: 'review-records',
    where: {
      and: [
        { targetCollection: { equals: collection } },
        { documentId: { equals: String(id) } },
        { action: { equals: action } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** A field's value as compared here: rich text by its words, anything else as is. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'root' in value)
    return JSON.stringify(value)
      .match(/"text":"([^"]*)"/g)
      ?.join(' ')
  return value
}

/** What ran at once in this file, printed at the end (the numbers go into the closing note). */
const concurrency = {
  edits: 0,
  editsAccepted: 0,
  edits409: 0,
  publishes: 0,
  publishRaces: 0,
  decisions: 0,
  creates: 0,
  seedRuns: 0,
}

afterAll(() => {
  console.log(`concurrency (${process.env.TEST_DB}): ${JSON.stringify(concurrency)}`)
})

function rule(response: ApiResponse): string | undefined {
  return response.body?.errors?.[0]?.data?.rule
}

/** Every answer is a success or a refusal a client can act on; never a server error. */
function expectOnly(responses: ApiResponse[], allowed: number[]) {
  for (const response of responses)
    expect(allowed, `${response.status} ${JSON.stringify(response.body).slice(0, 400)}`).toContain(
      response.status,
    )
}

async function expectInvariant() {
  const report = await checkPublicationInvariant(server.payload)
  expect(report.violations).toEqual([])
  return report
}

describe('parallel edits of one document', () => {
  it('acknowledges each write with 2xx and a version in the history, or refuses it with 409; none is dropped silently', async () => {
    const id = await createDraft('articles', articleData({ title: 'Parallel edits' }))
    await api().patch(
      `/api/articles/${id}?draft=true&locale=es`,
      { title: 'Ediciones paralelas' },
      { token: team.editor.token },
    )
    const before = new Set((await versionsOf('articles', id)).map((version) => version.id))

    // Each writer changes a different field or locale, so a write that silently carried a stale
    // copy of the others' fields would show as a lost value, not just as an overwrite.
    const writes: Array<{
      locale: 'en' | 'es'
      field: 'body' | 'summary' | 'title'
      value: unknown
    }> = []
    for (let round = 0; round < 2; round += 1) {
      for (const locale of ['en', 'es'] as const) {
        writes.push({ locale, field: 'title', value: `Title ${locale} ${round}` })
        writes.push({ locale, field: 'summary', value: `Summary ${locale} ${round}` })
        writes.push({ locale, field: 'body', value: richText(`Body ${locale} ${round}`) })
      }
    }
    const responses = await Promise.all(
      writes.map((write) =>
        api().patch(
          `/api/articles/${id}?draft=true&locale=${write.locale}`,
          { [write.field]: write.value },
          { token: team.editor.token },
        ),
      ),
    )
    expectOnly(responses, [200, 409])
    for (const response of responses.filter((r) => r.status === 409))
      expect(rule(response)).toBe('concurrent-edit')
    const accepted = writes
      .map((write, index) => ({ ...write, response: responses[index] }))
      .filter((write) => write.response.status === 200)
    expect(accepted.length).toBeGreaterThanOrEqual(1)

    // Exactly one new version per acknowledged write, stamped with the time the client was told.
    const created = (await versionsOf('articles', id)).filter((version) => !before.has(version.id))
    expect(created).toHaveLength(accepted.length)
    expect(new Set(created.map((version) => version.version.updatedAt))).toEqual(
      new Set(accepted.map((write) => write.response.body.doc.updatedAt)),
    )
    for (const write of accepted) {
      const version = created.find(
        (candidate) => candidate.version.updatedAt === write.response.body.doc.updatedAt,
      )!
      expect(plain(version.version[write.field]?.[write.locale])).toEqual(plain(write.value))
    }
    // A refused write left nothing: no version holds what it sent.
    for (const write of writes.filter((_, index) => responses[index].status === 409)) {
      expect(
        created.some(
          (version) => plain(version.version[write.field]?.[write.locale]) === plain(write.value),
        ),
      ).toBe(false)
    }

    // The latest state has, per field and locale, the value of the last acknowledged write to it
    // (last-write-wins), or the value it had before if none was acknowledged.
    const stored = await latest('articles', id)
    const byTime = [...accepted].sort((a, b) =>
      a.response.body.doc.updatedAt.localeCompare(b.response.body.doc.updatedAt),
    )
    for (const locale of ['en', 'es'] as const) {
      for (const field of ['title', 'summary', 'body'] as const) {
        const last = byTime
          .filter((write) => write.locale === locale && write.field === field)
          .at(-1)
        if (last)
          expect(plain(stored[field]?.[locale]), `${field}.${locale}`).toBe(plain(last.value))
      }
    }
    concurrency.edits += writes.length
    concurrency.editsAccepted += accepted.length
    concurrency.edits409 += writes.length - accepted.length
  })

  it('is last-write-wins for writes one after another, each kept in the history', async () => {
    const id = await createDraft('risk-disclosures', disclosureData({ title: 'Sequential writes' }))
    const values = ['First mitigation', 'Second mitigation', 'Third mitigation']
    const stamps: string[] = []
    for (const mitigation of values) {
      const response = await api().patch(
        `/api/risk-disclosures/${id}?draft=true`,
        { mitigation },
        { token: team.editor.token },
      )
      expect(response.status).toBe(200)
      stamps.push(response.body.doc.updatedAt)
    }
    expect((await latest('risk-disclosures', id)).mitigation.en).toBe('Third mitigation')
    const history = await versionsOf('risk-disclosures', id)
    for (const [index, mitigation] of values.entries()) {
      expect(
        history.find((version) => version.version.updatedAt === stamps[index])?.version.mitigation
          .en,
      ).toBe(mitigation)
    }
  })
})

describe('parallel publishing', () => {
  it('publishes an approved document once or several times, but only the approved content', async () => {
    const id = await createDraft(
      'risk-disclosures',
      disclosureData({ title: 'Published by many at once' }),
    )
    const approval = await approveDocument(
      api(),
      'risk-disclosures',
      id,
      team.editor,
      team.reviewer,
    )
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        api().patch(
          `/api/risk-disclosures/${id}`,
          { _status: 'published' },
          { token: index % 2 === 0 ? team.editor.token : team.admin.token },
        ),
      ),
    )
    expectOnly(responses, [200, 409])
    const published = responses.filter((response) => response.status === 200)
    expect(published.length).toBeGreaterThanOrEqual(1)
    // Each acknowledged publish is recorded once; a refused one recorded nothing.
    expect(await recordsOf('risk-disclosures', id, 'publish')).toHaveLength(published.length)
    const live = (await server.payload.findByID({
      collection: 'risk-disclosures',
      id,
      locale: 'all',
      draft: false,
      depth: 0,
      overrideAccess: true,
    })) as Doc
    expect(live._status).toBe('published')
    expect(hashOf(server.payload, 'risk-disclosures', live)).toBe(approval.contentHash)
    concurrency.publishes += responses.length
    await expectInvariant()
  })

  it('never publishes an edit that races the publish of the approved content', async () => {
    const outcomes = { editFirst: 0, publishFirst: 0, refused409: 0 }
    for (let round = 0; round < 6; round += 1) {
      const title = `Publish against edit ${round}`
      const id = await createDraft('articles', articleData({ title }))
      const approval = await approveDocument(api(), 'articles', id, team.editor, team.reviewer)
      const edit = { summary: `An unreviewed claim, round ${round}` }
      const publish = () =>
        api().patch(`/api/articles/${id}`, { _status: 'published' }, { token: team.editor.token })
      const save = () =>
        api().patch(`/api/articles/${id}?draft=true`, edit, { token: team.editor.token })
      const [published, edited] =
        round % 2 === 0
          ? await Promise.all([publish(), save()])
          : (await Promise.all([save(), publish()])).reverse()
      expectOnly([published], [200, 409, 422])
      expectOnly([edited], [200, 409])

      const live = (await server.payload.findByID({
        collection: 'articles',
        id,
        locale: 'all',
        draft: false,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as Doc
      if (published.status === 200) {
        // Only the approved content can have gone live, whatever the order.
        expect(live._status).toBe('published')
        expect(hashOf(server.payload, 'articles', live)).toBe(approval.contentHash)
        expect(live.summary.en).not.toBe(edit.summary)
      } else {
        expect(live?._status).not.toBe('published')
        if (published.status === 422) expect(JSON.stringify(published.body)).toMatch(/approv/i)
      }
      if (edited.status === 409) {
        expect(
          (await versionsOf('articles', id)).some(
            (version) => version.version.summary?.en === edit.summary,
          ),
        ).toBe(false)
      }
      if (edited.status === 200) {
        // The acknowledged edit is the latest draft (or was published over, which would have failed above).
        const draft = await latest('articles', id)
        expect(draft.summary.en).toBe(edit.summary)
        expect(
          (await versionsOf('articles', id)).some(
            (version) => version.version.summary?.en === edit.summary,
          ),
        ).toBe(true)
      }
      if (published.status === 409 || edited.status === 409) outcomes.refused409 += 1
      else if (published.status === 200) outcomes.publishFirst += 1
      else outcomes.editFirst += 1
    }
    console.log(`publish against edit (${process.env.TEST_DB}): ${JSON.stringify(outcomes)}`)
    concurrency.publishRaces += 6
    await expectInvariant()
  })
})

describe('parallel review decisions', () => {
  it('lets exactly one decision win; the others are refused and leave no trace', async () => {
    for (let round = 0; round < 4; round += 1) {
      const id = await createDraft(
        'treatment-options',
        treatmentData({ name: `Concurrent decisions ${round}` }),
      )
      const submits = await Promise.all(
        [0, 1, 2].map(() =>
          api().post(
            `/api/treatment-options/${id}/submit-for-review`,
            {},
            { token: team.editor.token },
          ),
        ),
      )
      expectOnly(submits, [200, 409, 422])
      expect(submits.filter((response) => response.status === 200)).toHaveLength(1)
      expect(await recordsOf('treatment-options', id, 'submit')).toHaveLength(1)
      // Every reviewer read the submitted version.
      const contentHash = submits.find((response) => response.status === 200)!.body.contentHash

      const decisions = [
        {
          token: team.reviewer.token,
          body: { decision: 'approve', comment: 'Fine.', contentHash },
        },
        {
          token: team.reviewer2.token,
          body: { decision: 'request-changes', comment: 'Cite the protocol.', contentHash },
        },
        {
          token: team.reviewer2.token,
          body: { decision: 'approve', comment: 'Also fine.', contentHash },
        },
        {
          token: team.reviewer.token,
          body: { decision: 'request-changes', comment: 'Needs sources.', contentHash },
        },
      ]
      const order = round % 2 === 0 ? decisions : [...decisions].reverse()
      const responses = await Promise.all(
        order.map(({ token, body }) =>
          api().post(`/api/treatment-options/${id}/review`, body, { token }),
        ),
      )
      expectOnly(responses, [200, 409, 422])
      const winners = responses
        .map((response, index) => ({ response, decision: order[index].body.decision }))
        .filter(({ response }) => response.status === 200)
      expect(winners).toHaveLength(1)
      for (const response of responses.filter((r) => r.status === 422))
        expect(rule(response)).toBe('decision-status')

      const records = await recordsOf('treatment-options', id, 'decision')
      expect(records).toHaveLength(1)
      expect(records[0].decision).toBe(winners[0].decision)
      expect(String(records[0].id)).toBe(winners[0].response.body.recordId)
      const stored = await latest('treatment-options', id)
      expect(stored.reviewStatus).toBe(
        winners[0].decision === 'approve' ? 'approved' : 'changes-requested',
      )
      expect(stored.reviewStatus).toBe(winners[0].response.body.reviewStatus)
      concurrency.decisions += submits.length + responses.length
    }
  })
})

describe('parallel creation', () => {
  it('gives documents created at once with the same title distinct slugs, and never a 5xx', async () => {
    for (const [collection, data] of [
      ['articles', articleData({ title: 'Same title for everyone' })],
      ['risk-disclosures', disclosureData({ title: 'Same disclosure title' })],
    ] as const) {
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          api().post(`/api/${collection}`, data, { token: team.editor.token }),
        ),
      )
      expectOnly(responses, [201])
      concurrency.creates += responses.length
      const slugs = responses.map((response) => response.body.doc.slug as string)
      expect(new Set(slugs).size).toBe(slugs.length)
      const base = collection === 'articles' ? 'same-title-for-everyone' : 'same-disclosure-title'
      expect(slugs).toContain(base)
      for (const slug of slugs) expect(slug).toMatch(new RegExp(`^${base}(-\\d+)?$`))
    }
  })
})

describe('parallel seeding', () => {
  const root = path.resolve(import.meta.dirname, '../..')

  /** `npm run seed`, as a person would run it, against `databaseUri`. */
  function seedProcess(databaseUri: string, mediaDir: string) {
    return new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('npm', ['run', '--silent', 'seed'], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URI: databaseUri,
          MEDIA_DIR: mediaDir,
          LOG_LEVEL: 'warn',
          NODE_ENV: 'test',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (chunk) => (output += String(chunk)))
      child.stderr.on('data', (chunk) => (output += String(chunk)))
      child.on('exit', (code) => resolve({ code, output }))
    })
  }

  it(
    'two seed runs at once on a fresh database create the demo content once, and both succeed',
    { timeout: 120_000 },
    async () => {
      const database = await createTestDatabase()
      const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
      let payload: Payload | undefined
      try {
        const env = loadEnv({
          DATABASE_URI: database.uri,
          SEED_DEMO: 'false',
          JOBS_AUTORUN: 'false',
          LOG_LEVEL: 'silent',
          MEDIA_DIR: mediaDir,
        })
        // The schema first (as a server start would): two processes creating tables is not the race
        // under test. Payload skips a dev push whose schema it already pushed in this process (for
        // the test server above), so it is forced here.
        process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
        try {
          payload = await getPayload({ config: buildAppConfig(env), key: 'seeded' })
        } finally {
          delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
        }
        const runs = await Promise.all([
          seedProcess(database.uri, mediaDir),
          seedProcess(database.uri, mediaDir),
        ])
        for (const run of runs) expect(run.code, run.output).toBe(0)
        const outputs = runs.map((run) => run.output)
        expect(outputs.filter((output) => /Seeded \d+ documents/.test(output))).toHaveLength(1)
        expect(outputs.filter((output) => /Nothing to seed/.test(output))).toHaveLength(1)
        concurrency.seedRuns += runs.length

        const counts: Record<string, number> = {}
        for (const collection of [
          'users',
          'conditions',
          'risk-disclosures',
          'treatment-options',
          'clinic-locations',
          'articles',
          'media',
          'releases',
        ] as const) {
          counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
        }
        // The workflow demo adds a disclosure and two articles that are not live yet, and one release.
        expect(counts).toEqual({
          users: 6,
          conditions: 8,
          'risk-disclosures': 8,
          'treatment-options': 5,
          'clinic-locations': 4,
          articles: 6,
          media: 1,
          releases: 1,
        })
        const publishes = await payload.count({
          collection: 'review-records',
          where: { action: { equals: 'publish' } },
          overrideAccess: true,
        })
        expect(publishes.totalDocs).toBe(7 + 5 + 4)
        const report = await checkPublicationInvariant(payload)
        expect(report.checked).toBeGreaterThanOrEqual(16 * 2)
        expect(report.violations).toEqual([])

        // And once more, afterwards, in this process: still nothing to add.
        expect(await seedDemoContent(payload, { printPasswords: false })).toEqual([])
      } finally {
        if (payload) await closePayload(payload)
        await database.drop()
        fs.rmSync(mediaDir, { recursive: true, force: true })
      }
    },
  )
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { reviewedContent } from '../../src/workflow/contentHash'
import { mergeIntoLocales } from '../../src/workflow/mergeLocale'
import { MEDICAL_COLLECTIONS, type MedicalCollection } from '../../src/workflow/reviewedFields'
import { ApiClient, type ApiResponse } from '../helpers/api'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { PASSWORD, richText } from '../helpers/fixtures'
import { checkPublicationInvariant, hashOf } from '../helpers/invariant'
import { openVerifier, productionServerEnv } from '../helpers/soak'
import { startServerProcess, type ServerProcess } from '../helpers/process'

/**
 * Crash consistency: the production server runs as its own process and is killed with SIGKILL
 * at a random moment while several clients create, edit, submit, review and publish medical
 * documents over HTTP. After each restart on the same database, everything the server
 * acknowledged with a 2xx must be there exactly as sent, every stored version must be explained
 * by a write some client made (nothing half-written, nothing refused), and no published medical
 * content may lack an approval of exactly that content.
 *
 * CRASH_KILLS (default 20) and CRASH_SEED (random, printed) reproduce a run.
 */

const KILLS = Number(process.env.CRASH_KILLS ?? 20)
const WORKERS = 5
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))
/** Versions are pruned past 100 per document (src/fields/versions.ts); stay well below. */
const MAX_WRITES_PER_DOC = 40

type Doc = Record<string, any>
type Locale = 'en' | 'es'
type Kind = 'create' | 'edit' | 'submit' | 'decide' | 'publish'

interface Attempt {
  seq: number
  epoch: number
  kind: Kind
  collection: MedicalCollection
  /** The document's id; unknown for a create whose answer never arrived. */
  id?: string
  locale: Locale
  /** Unique text carried by every create and edit, to find what a write stored. */
  nonce: string
  sent?: Record<string, unknown>
  /** The HTTP status; undefined when the connection died first (outcome unknown). */
  status?: number
  body?: any
  error?: string
}

interface Tracked {
  collection: MedicalCollection
  id: string
  writes: number
  /** What the clients last heard of its review status. */
  status: 'approved' | 'changes-requested' | 'draft' | 'in-review'
  /** The hash the last acknowledged submission pinned: what the reviewer reads. */
  submittedHash?: string
}

/** mulberry32: a small seeded generator, so a failing run can be repeated with CRASH_SEED. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  }
}

const random = generator(SEED)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const is2xx = (status: number | undefined) => status !== undefined && status >= 200 && status < 300
const refused = (status: number | undefined) => status !== undefined && status >= 400 && status < 500

// ---------------------------------------------------------------------------------------------
// What the clients send

function references(nonce: string) {
  return Array.from({ length: random.int(1, 3) }, (_, index) => ({
    title: `Reference ${nonce} ${index}`,
    url: `https://example.org/${nonce}/${index}`,
    publisher: `Publisher ${index}`,
    year: 2000 + random.int(0, 25),
  }))
}

function fullData(collection: MedicalCollection, nonce: string, disclosures: Array<number | string>): Record<string, unknown> {
  switch (collection) {
    case 'risk-disclosures':
      return {
        title: `Disclosure ${nonce}`,
        severity: random.pick(['common', 'serious', 'rare-serious']),
        frequency: `Frequency ${nonce}`,
        description: richText(`Description ${nonce}`, `Second paragraph ${nonce}`),
        mitigation: `Mitigation ${nonce}`,
        references: references(nonce),
      }
    case 'articles':
      return {
        title: `Article ${nonce}`,
        summary: `Summary ${nonce}`,
        body: richText(`Body ${nonce}`, `More body ${nonce}`, `Last paragraph ${nonce}`),
        references: references(nonce),
      }
    case 'treatment-options':
      return {
        name: `Treatment ${nonce}`,
        route: random.pick(['intravenous', 'intranasal', 'intramuscular']),
        regulatoryStatus: random.pick(['off-label', 'investigational']),
        summary: `Summary ${nonce}`,
        description: richText(`Description ${nonce}`),
        protocol: { typicalSessions: random.int(1, 12), sessionMinutes: 40, monitoringMinutes: random.int(30, 120), dosingNote: `Dosing ${nonce}` },
        onset: `Onset ${nonce}`,
        contraindications: [`Contraindication ${nonce} a`, `Contraindication ${nonce} b`],
        cost: { minUsd: 100, maxUsd: random.int(100, 900), insuranceNote: `Insurance ${nonce}` },
        references: references(nonce),
        riskDisclosures: disclosures.length > 0 ? [random.pick(disclosures), random.pick(disclosures)].filter((id, index, all) => all.indexOf(id) === index) : [],
      }
  }
}

/**
 * A few fields of a full document, always with at least one carrying the nonce. The title is
 * required in every locale, so a Spanish edit always brings one (a document may have none yet).
 */
function someFields(collection: MedicalCollection, nonce: string, disclosures: Array<number | string>, locale: Locale): Record<string, unknown> {
  const full = fullData(collection, nonce, disclosures)
  const text = collection === 'treatment-options' ? 'name' : 'title'
  const chosen = Object.keys(full).filter((name) => random.chance(0.4) || (locale === 'es' && name === text))
  if (!chosen.some((name) => JSON.stringify(full[name]).includes(nonce))) chosen.push(random.pick([text, 'summary' in full ? 'summary' : text]))
  return Object.fromEntries(chosen.map((name) => [name, full[name]]))
}

// ---------------------------------------------------------------------------------------------
// Comparing what is stored with what was sent, through the project's own normalisation

/** Stable JSON of a normalised value: no null or undefined keys, no array-row ids, sorted keys. */
function canon(value: unknown): string {
  const strip = (input: unknown): unknown => {
    if (Array.isArray(input)) return input.map(strip)
    if (input && typeof input === 'object') {
      return Object.fromEntries(
        Object.entries(input as Record<string, unknown>)
          .filter(([key, entry]) => key !== 'id' && entry !== null && entry !== undefined)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, entry]) => [key, strip(entry)]),
      )
    }
    return input
  }
  return JSON.stringify(strip(value))
}

function contentOf(fields: Field[], collection: MedicalCollection, doc: Doc): Record<string, string> {
  return Object.fromEntries(Object.entries(reviewedContent(collection, fields, doc)).map(([name, value]) => [name, canon(value)]))
}

/** The fields where `actual` is not `previous` with `attempt`'s values laid over it (all of them, every locale). */
function mismatches(fields: Field[], collection: MedicalCollection, previous: Doc | undefined, actual: Doc, attempt: Attempt): string[] {
  const expected = contentOf(fields, collection, mergeIntoLocales(fields, previous ?? {}, attempt.sent ?? {}, attempt.locale))
  const stored = contentOf(fields, collection, actual)
  // A first version has no predecessor: only what the create sent is known.
  const names = previous ? Object.keys(expected) : Object.keys(expected).filter((name) => name in (attempt.sent ?? {}))
  return names.filter((name) => expected[name] !== stored[name])
}

// ---------------------------------------------------------------------------------------------
// The run

let database: TestDatabase
let mediaDir: string
let verifier: Payload
let server: ServerProcess | undefined
let serverEnv: Record<string, string> & { PORT: string }
const tokens = { editor: '', reviewer: '' }

beforeAll(async () => {
  database = await createTestDatabase()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
  const port = String(await getPort())
  serverEnv = productionServerEnv(database, mediaDir, port, 'crash-consistency-secret-0123456789abcdef0123456789')
  // The first production start applies the committed migrations; then the team is added with
  // the Local API while no server runs, and logs in over HTTP once it is back.
  const first = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
  expect(await first.stop('SIGTERM')).toBe(0)
  verifier = await openVerifier(database, mediaDir, 'crash-verifier')
  const future = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString()
  for (const [email, data] of [
    ['admin@example.com', { name: 'Ada Admin', roles: ['admin'] }],
    ['editor@example.com', { name: 'Eli Editor', roles: ['editor'] }],
    ['reviewer@example.com', { name: 'Dr. Rosa Reyes', roles: ['medical-reviewer'], credentials: ['MD'], licenseNumber: 'A123456', licenseState: 'CA', licenseExpiresAt: future }],
  ] as const) {
    await verifier.create({ collection: 'users', data: { email, password: PASSWORD, ...data } as never, overrideAccess: true })
  }
  server = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
  const api = new ApiClient(server.url)
  tokens.editor = await api.login('editor@example.com', PASSWORD)
  tokens.reviewer = await api.login('reviewer@example.com', PASSWORD)
})

afterAll(async () => {
  await server?.stop('SIGKILL')
  if (verifier) await closePayload(verifier)
  await database?.drop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe(`kill -9 during concurrent writes (${process.env.TEST_DB ?? 'sqlite'})`, () => {
  it(`keeps every acknowledged write and the sign-off invariant through ${KILLS} crashes`, async () => {
    console.log(`crash run: seed ${SEED}, ${KILLS} kills, ${WORKERS} clients (CRASH_SEED=${SEED} repeats it)`)
    const started = Date.now()
    const attempts: Attempt[] = []
    const tracked = new Map<string, Tracked>()
    const serverErrors: string[] = []
    let seq = 0

    const known = (collection: MedicalCollection) => [...tracked.values()].filter((doc) => doc.collection === collection)
    // Ids go back in the database's own type (numbers for SQLite and PostgreSQL).
    const ackedDisclosures = () => known('risk-disclosures').map((doc) => (/^\d+$/.test(doc.id) ? Number(doc.id) : doc.id))

    async function send(attempt: Attempt, call: () => Promise<ApiResponse>): Promise<Attempt> {
      attempts.push(attempt)
      try {
        const response = await call()
        attempt.status = response.status
        attempt.body = response.body
        if (response.status >= 500) serverErrors.push(`${attempt.kind} ${attempt.collection} ${attempt.id ?? ''}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`)
      } catch (error) {
        attempt.error = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error)
      }
      return attempt
    }

    /** One client: a random next step for a random document, over and over until the server dies. */
    async function client(api: ApiClient, epoch: number, stop: () => boolean) {
      while (!stop()) {
        // Closed at both ends, so no nonce is the beginning of another (k1q5z, k1q50z).
        const nonce = `k${epoch}q${(seq += 1)}z`
        const base = { seq, epoch, nonce, locale: 'en' as Locale }
        const candidates = [...tracked.values()].filter((doc) => doc.writes < MAX_WRITES_PER_DOC)
        const doc = candidates.length > 0 && random.chance(0.75) ? random.pick(candidates) : undefined
        let attempt: Attempt
        if (!doc) {
          const collection = random.pick(MEDICAL_COLLECTIONS)
          const sent = fullData(collection, nonce, ackedDisclosures())
          attempt = await send({ ...base, kind: 'create', collection, sent }, () => api.post(`/api/${collection}`, sent, { token: tokens.editor }))
          if (attempt.status === 201) {
            attempt.id = String(attempt.body.doc.id)
            tracked.set(`${collection}:${attempt.id}`, { collection, id: attempt.id, writes: 1, status: 'draft' })
          }
          continue
        }
        doc.writes += 1
        const target = { ...base, collection: doc.collection, id: doc.id }
        const step = doc.status === 'in-review' ? random.pick(['decide', 'decide', 'edit'] as const)
          : doc.status === 'approved' ? random.pick(['publish', 'publish', 'publish', 'edit'] as const)
          : random.pick(['submit', 'submit', 'edit'] as const)
        if (step === 'edit') {
          const locale: Locale = random.chance(0.35) ? 'es' : 'en'
          const sent = someFields(doc.collection, nonce, ackedDisclosures(), locale)
          attempt = await send({ ...target, kind: 'edit', locale, sent }, () =>
            api.patch(`/api/${doc.collection}/${doc.id}?draft=true&locale=${locale}`, sent, { token: tokens.editor }),
          )
          if (attempt.status === 200) doc.status = attempt.body.doc.reviewStatus ?? 'draft'
        } else if (step === 'submit') {
          attempt = await send({ ...target, kind: 'submit' }, () => api.post(`/api/${doc.collection}/${doc.id}/submit-for-review`, { note: nonce }, { token: tokens.editor }))
          if (attempt.status === 200) {
            doc.status = 'in-review'
            doc.submittedHash = attempt.body.contentHash
          }
        } else if (step === 'decide') {
          const approve = random.chance(0.85)
          // A client that missed the submission states a hash nothing has: refused, like a stale reviewer.
          const contentHash = doc.submittedHash ?? '0'.repeat(64)
          const sent = approve ? { decision: 'approve', comment: `Approved ${nonce}`, contentHash } : { decision: 'request-changes', comment: `Changes ${nonce}`, contentHash }
          attempt = await send({ ...target, kind: 'decide', sent }, () => api.post(`/api/${doc.collection}/${doc.id}/review`, sent, { token: tokens.reviewer }))
          if (attempt.status === 200) doc.status = approve ? 'approved' : 'changes-requested'
        } else {
          attempt = await send({ ...target, kind: 'publish', sent: { _status: 'published' } }, () =>
            api.patch(`/api/${doc.collection}/${doc.id}`, { _status: 'published' }, { token: tokens.editor }),
          )
        }
        // A refusal means this client's idea of the status is stale (another client moved it on): guess again.
        if (refused(attempt.status)) doc.status = random.pick(['draft', 'in-review', 'approved'] as const)
      }
    }

    const totals = { kills: 0, verifiedAcks: 0, versionsChecked: 0, publishedChecked: 0 }

    /** Everything stored, checked against everything the clients sent and were told. */
    async function verify(epoch: number): Promise<string[]> {
      const problems: string[] = []
      const records = (await verifier.find({ collection: 'review-records', pagination: false, depth: 0, overrideAccess: true })).docs
      const recordsById = new Map(records.map((record) => [String(record.id), record]))
      for (const collection of MEDICAL_COLLECTIONS) {
        const fields = verifier.collections[collection].config.fields
        const mains = (
          await verifier.find({ collection, locale: 'all', draft: false, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true, context: { internalRead: true } })
        ).docs as Doc[]
        const allVersions = (await verifier.findVersions({ collection, locale: 'all', depth: 0, pagination: false, sort: 'id', overrideAccess: true })).docs as Doc[]
        const versionsOf = new Map<string, Doc[]>()
        for (const version of allVersions) {
          const parent = String(typeof version.parent === 'object' ? version.parent.id : version.parent)
          versionsOf.set(parent, [...(versionsOf.get(parent) ?? []), version])
        }
        const ours = attempts.filter((attempt) => attempt.collection === collection)

        for (const main of mains) {
          const id = String(main.id)
          const versions = versionsOf.get(id) ?? []
          if (versions.length === 0) {
            problems.push(`${collection} ${id}: a document without any version`)
            continue
          }
          // The first version is a create some client made, stored whole.
          const first = versions[0]
          const create = ours.find((a) => a.kind === 'create' && (a.id === id || (a.id === undefined && JSON.stringify(first.version).includes(a.nonce))))
          if (!create) problems.push(`${collection} ${id}: no client created this document`)
          else {
            if (refused(create.status)) problems.push(`${collection} ${id}: stored although its create was refused with ${create.status}`)
            const wrong = mismatches(fields, collection, undefined, first.version, create)
            if (wrong.length > 0) problems.push(`${collection} ${id}: first version differs from its create in ${wrong.join(', ')}`)
            create.id ??= id
          }
          // Every later version either keeps the content (workflow, publish) or is exactly one
          // client's edit laid over the version before it.
          for (let index = 1; index < versions.length; index += 1) {
            totals.versionsChecked += 1
            const [previous, current] = [versions[index - 1].version, versions[index].version]
            if (canon(contentOf(fields, collection, previous)) === canon(contentOf(fields, collection, current))) continue
            const edits = ours.filter((a) => a.kind === 'edit' && a.id === id)
            const edit = edits.find((a) => mismatches(fields, collection, previous, current, a).length === 0)
            if (!edit) {
              const nearest = edits.find((a) => JSON.stringify(current).includes(a.nonce))
              const detail = nearest ? `; ${nearest.nonce} (${nearest.status ?? 'no answer'}) differs in ${mismatches(fields, collection, previous, current, nearest).join(', ')}` : ''
              problems.push(`${collection} ${id}: version ${versions[index].id} is no client's edit of the version before it${detail}`)
            } else if (refused(edit.status)) problems.push(`${collection} ${id}: version ${versions[index].id} holds an edit refused with ${edit.status}`)
          }
          // The public row is the content of the last published version.
          if (main._status === 'published') {
            const published = versions.filter((version) => version.version._status === 'published').at(-1)
            if (!published) problems.push(`${collection} ${id}: published, but no published version`)
            else if (canon(contentOf(fields, collection, main)) !== canon(contentOf(fields, collection, published.version))) {
              problems.push(`${collection} ${id}: the public row is not its last published version`)
            }
          }
        }

        // Every acknowledged write, where it must be.
        const mainIds = new Set(mains.map((main) => String(main.id)))
        for (const attempt of ours.filter((a) => is2xx(a.status))) {
          const id = String(attempt.id)
          const versions = versionsOf.get(id) ?? []
          const label = `${collection} ${id}: acknowledged ${attempt.kind} ${attempt.nonce}`
          if (!mainIds.has(id)) {
            problems.push(`${label}, but the document is gone`)
            continue
          }
          if (attempt.kind === 'create' || attempt.kind === 'edit' || attempt.kind === 'publish') {
            // The version keeps the document's own updatedAt (the version row's may be a little later on a create).
            const index = versions.findIndex((version) => version.version.updatedAt === attempt.body.doc.updatedAt)
            if (index < 0) problems.push(`${label} (${attempt.body.doc.updatedAt}), but no such version`)
            else if (attempt.kind === 'publish') {
              if (versions[index].version._status !== 'published') problems.push(`${label}, but its version is not published`)
              // A publish record carries its approval's hash: of the content in the locales that approval covers.
              const covered = records.filter((r) => r.action === 'decision' && r.documentId === id).map((r) => hashOf(verifier, collection, versions[index].version, r.approvedLocales))
              if (!records.some((r) => r.action === 'publish' && r.documentId === id && covered.includes(r.contentHash))) problems.push(`${label}, but no publish record of its content`)
            } else {
              const wrong = mismatches(fields, collection, index === 0 ? undefined : versions[index - 1].version, versions[index].version, attempt)
              if (wrong.length > 0) problems.push(`${label}, stored differently in ${wrong.join(', ')}`)
            }
          } else {
            const record = recordsById.get(String(attempt.body.recordId))
            const action = attempt.kind === 'submit' ? 'submit' : 'decision'
            if (!record || record.action !== action || record.documentId !== id || record.contentHash !== attempt.body.contentHash) {
              problems.push(`${label}, but its review record ${attempt.body.recordId} is missing or different`)
            } else if (attempt.kind === 'decide' && record.decision !== attempt.sent?.decision) problems.push(`${label}, recorded as ${record.decision}`)
            const version = versions.find((candidate) => String(candidate.id) === String(attempt.body.versionId))
            if (!version) problems.push(`${label}, but its version ${attempt.body.versionId} is missing`)
            else {
              if (version.version.reviewStatus !== attempt.body.reviewStatus) problems.push(`${label}, but its version says ${version.version.reviewStatus}`)
              if (hashOf(verifier, collection, version.version, record?.approvedLocales) !== attempt.body.contentHash) problems.push(`${label}, but its version is not the content it was bound to`)
            }
          }
          totals.verifiedAcks += 1
        }
        // A refused create or edit left nothing behind.
        for (const attempt of ours.filter((a) => refused(a.status) && (a.kind === 'create' || a.kind === 'edit'))) {
          const where = attempt.id ? (versionsOf.get(attempt.id) ?? []) : allVersions
          if (JSON.stringify(where).includes(attempt.nonce)) problems.push(`${collection} ${attempt.id ?? ''}: ${attempt.kind} ${attempt.nonce} was refused with ${attempt.status} but is stored`)
        }
      }
      const invariant = await checkPublicationInvariant(verifier)
      totals.publishedChecked += invariant.checked
      problems.push(...invariant.violations)
      if (problems.length > 0 && epoch <= KILLS) console.log(`after kill ${epoch}: ${problems.length} problems\n${problems.slice(0, 30).join('\n')}`)
      return problems
    }

    for (let epoch = 1; epoch <= KILLS; epoch += 1) {
      const api = new ApiClient(server!.url)
      let stopped = false
      const clients = Array.from({ length: WORKERS }, () => client(api, epoch, () => stopped))
      // Killed at a random moment while the clients are busy; they start nothing new from then on.
      await sleep(random.int(2000, 6000))
      stopped = true
      const inFlight = attempts.filter((attempt) => attempt.status === undefined && attempt.error === undefined).length
      expect(await server!.stop('SIGKILL')).toBe('SIGKILL')
      totals.kills += 1
      await Promise.all(clients)
      server = await startServerProcess(serverEnv, 120_000, { conditions: 'production' })
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      const problems = await verify(epoch)
      expect(problems, `after kill ${epoch} (seed ${SEED}), ${inFlight} requests in flight`).toEqual([])
      expect(serverErrors).toEqual([])
    }

    const acknowledged = attempts.filter((attempt) => is2xx(attempt.status))
    const byKind = Object.fromEntries((['create', 'edit', 'submit', 'decide', 'publish'] as const).map((kind) => [kind, acknowledged.filter((a) => a.kind === kind).length]))
    const summary = {
      database: database.kind,
      seed: SEED,
      kills: totals.kills,
      requests: attempts.length,
      acknowledged: acknowledged.length,
      acknowledgedByKind: byKind,
      refused: attempts.filter((attempt) => refused(attempt.status)).length,
      unknownOutcome: attempts.filter((attempt) => attempt.status === undefined).length,
      // Every acknowledged write is checked again after each later restart.
      ackVerifications: totals.verifiedAcks,
      versionTransitionsChecked: totals.versionsChecked,
      publishedContentChecked: totals.publishedChecked,
      seconds: Math.round((Date.now() - started) / 1000),
    }
    console.log(`crash summary: ${JSON.stringify(summary)}`)
    // The run exercised what it claims to: writes of every kind were acknowledged and crashes hit requests in flight.
    for (const kind of ['create', 'edit', 'submit', 'decide', 'publish'] as const) expect(byKind[kind], kind).toBeGreaterThan(0)
    expect(summary.unknownOutcome).toBeGreaterThan(0)

    // The checks are not blind: damage done behind the server's back, as a torn write would
    // leave it, is found. A created disclosure loses its reference rows; a public row changes.
    const create = acknowledged.filter((attempt) => attempt.kind === 'create' && attempt.collection === 'risk-disclosures').at(-1)!
    const [firstVersion] = (
      await verifier.findVersions({ collection: 'risk-disclosures', where: { parent: { equals: create.id } }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })
    ).docs
    const published = (await verifier.find({ collection: 'risk-disclosures', where: { _status: { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    const raw = (statement: string) => (verifier.db as unknown as { execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }).execute({ drizzle: verifier.db.drizzle, raw: statement })
    await raw(`DELETE FROM "_risk_disclosures_v_version_references" WHERE "_parent_id" = ${Number(firstVersion.id)}`)
    const damaged = [`risk-disclosures ${create.id}: first version differs from its create in references`]
    if (published) {
      await raw(`UPDATE "risk_disclosures_locales" SET "mitigation" = 'Changed behind the server' WHERE "_parent_id" = ${Number(published.id)}`)
      damaged.push(`risk-disclosures ${published.id}: the public row is not its last published version`, `risk-disclosures ${published.id}: published main row`)
    }
    const found = await verify(KILLS + 1)
    for (const problem of damaged) expect(found.some((line) => line.startsWith(problem)), `${problem} in ${found.join('\n')}`).toBe(true)
    expect(totals.kills).toBeGreaterThanOrEqual(20)
  })
})

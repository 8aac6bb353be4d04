import { getPayload, type Field, type Payload, type SanitizedConfig } from 'payload'

import { buildAppConfig } from '../../src/config'
import { loadEnv } from '../../src/env'
import { reviewedContent } from '../../src/workflow/contentHash'
import { mergeIntoLocales } from '../../src/workflow/mergeLocale'
import { MEDICAL_COLLECTIONS, type MedicalCollection } from '../../src/workflow/reviewedFields'
import type { ApiClient, ApiResponse } from './api'
import { richText } from './fixtures'
import { storedDocuments } from './fingerprint'
import { checkPublicationInvariant, hashOf } from './invariant'

/**
 * The crash workload and its checks, shared by the kill -9 runs (tests/soak/crash.test.ts on
 * one process, tests/postgres/proxied-crash.test.ts on several behind nginx): clients create,
 * edit (two locales), submit, review and publish medical documents over HTTP; `verify` reads
 * the database and finds every acknowledged write exactly as sent, every stored version
 * explained by a write some client made (nothing half-written, nothing refused), and no
 * published medical content without an approval of exactly that content.
 */

/** Versions are pruned past 100 per document (src/fields/versions.ts); stay well below. */
const MAX_WRITES_PER_DOC = 40

type Doc = Record<string, any>
type Locale = 'en' | 'es'
export type Kind = 'create' | 'edit' | 'submit' | 'decide' | 'publish'
export const KINDS: readonly Kind[] = ['create', 'edit', 'submit', 'decide', 'publish']

export interface Attempt {
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

/** mulberry32: a small seeded generator, so a failing run can be repeated with its seed. */
export function generator(seed: number) {
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

export type Random = ReturnType<typeof generator>

export const is2xx = (status: number | undefined) =>
  status !== undefined && status >= 200 && status < 300
export const refused = (status: number | undefined) =>
  status !== undefined && status >= 400 && status < 500
/** No answer, or a 5xx: the write may or may not have been stored. */
const unknownOutcome = (attempt: Attempt) => attempt.status === undefined || attempt.status >= 500

// ---------------------------------------------------------------------------------------------
// What the clients send

function builders(random: Random) {
  function references(nonce: string) {
    return Array.from({ length: random.int(1, 3) }, (_, index) => ({
      title: `Reference ${nonce} ${index}`,
      url: `https://example.org/${nonce}/${index}`,
      publisher: `Publisher ${index}`,
      year: 2000 + random.int(0, 25),
    }))
  }

  function fullData(
    collection: MedicalCollection,
    nonce: string,
    disclosures: Array<number | string>,
  ): Record<string, unknown> {
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
          protocol: {
            typicalSessions: random.int(1, 12),
            sessionMinutes: 40,
            monitoringMinutes: random.int(30, 120),
            dosingNote: `Dosing ${nonce}`,
          },
          onset: `Onset ${nonce}`,
          contraindications: [`Contraindication ${nonce} a`, `Contraindication ${nonce} b`],
          cost: { minUsd: 100, maxUsd: random.int(100, 900), insuranceNote: `Insurance ${nonce}` },
          references: references(nonce),
          riskDisclosures:
            disclosures.length > 0
              ? [random.pick(disclosures), random.pick(disclosures)].filter(
                  (id, index, all) => all.indexOf(id) === index,
                )
              : [],
        }
    }
  }

  /**
   * A few fields of a full document, always with at least one carrying the nonce. The title is
   * required in every locale, so a Spanish edit always brings one (a document may have none yet).
   */
  function someFields(
    collection: MedicalCollection,
    nonce: string,
    disclosures: Array<number | string>,
    locale: Locale,
  ): Record<string, unknown> {
    const full = fullData(collection, nonce, disclosures)
    const text = collection === 'treatment-options' ? 'name' : 'title'
    const chosen = Object.keys(full).filter(
      (name) => random.chance(0.4) || (locale === 'es' && name === text),
    )
    if (!chosen.some((name) => JSON.stringify(full[name]).includes(nonce)))
      chosen.push(random.pick([text, 'summary' in full ? 'summary' : text]))
    return Object.fromEntries(chosen.map((name) => [name, full[name]]))
  }

  return { fullData, someFields }
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

function contentOf(
  fields: Field[],
  collection: MedicalCollection,
  doc: Doc,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(reviewedContent(collection, fields, doc)).map(([name, value]) => [
      name,
      canon(value),
    ]),
  )
}

/** The fields where `actual` is not `previous` with `attempt`'s values laid over it (all of them, every locale). */
function mismatches(
  fields: Field[],
  collection: MedicalCollection,
  previous: Doc | undefined,
  actual: Doc,
  attempt: Attempt,
): string[] {
  const expected = contentOf(
    fields,
    collection,
    mergeIntoLocales(fields, previous ?? {}, attempt.sent ?? {}, attempt.locale),
  )
  const stored = contentOf(fields, collection, actual)
  // A first version has no predecessor: only what the create sent is known.
  const names = previous
    ? Object.keys(expected)
    : Object.keys(expected).filter((name) => name in (attempt.sent ?? {}))
  return names.filter((name) => expected[name] !== stored[name])
}

// ---------------------------------------------------------------------------------------------
// The verifier

/**
 * A Local API instance in the test's process on the servers' database, for reading (and for
 * adding users). `settings` name the database and the media store (`DATABASE_URI`, `MEDIA_DIR`
 * or `S3_*`), and the servers' `PAYLOAD_SECRET` and `SERVER_URL` so that its answers (byline
 * row ids, media links) are theirs, for comparing the read model with them; not the rest of the
 * servers' production settings: the servers migrated the database, and neither migrations nor
 * a development schema push may run from here.
 */
export async function openVerifier(
  settings: Record<string, string>,
  key: string,
): Promise<Payload> {
  const env = loadEnv({
    ...settings,
    SEED_DEMO: 'false',
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'silent',
  })
  const config: SanitizedConfig = await buildAppConfig(env)
  const { init } = config.db
  config.db = { ...config.db, init: (args) => Object.assign(init(args), { push: false }) }
  return getPayload({ config, key })
}

// ---------------------------------------------------------------------------------------------
// The workload

export interface CrashWorkloadOptions {
  random: Random
  verifier: Payload
  /** An editor creates, edits, submits and publishes; a medical reviewer decides. */
  tokens: { editor: string; reviewer: string }
  /** The share of steps that create a new document (the rest move a known one on): lower takes more documents to publication in a short run. */
  createShare?: number
}

export function createCrashWorkload({
  random,
  verifier,
  tokens,
  createShare = 0.25,
}: CrashWorkloadOptions) {
  const { fullData, someFields } = builders(random)
  const attempts: Attempt[] = []
  const tracked = new Map<string, Tracked>()
  /** One line per 5xx answer the clients got. */
  const serverErrors: string[] = []
  const totals = { verifiedAcks: 0, versionsChecked: 0, publishedChecked: 0 }
  let seq = 0

  const known = (collection: MedicalCollection) =>
    [...tracked.values()].filter((doc) => doc.collection === collection)
  // Ids go back in the database's own type (numbers for SQLite and PostgreSQL).
  const ackedDisclosures = () =>
    known('risk-disclosures').map((doc) => (/^\d+$/.test(doc.id) ? Number(doc.id) : doc.id))

  async function send(attempt: Attempt, call: () => Promise<ApiResponse>): Promise<Attempt> {
    attempts.push(attempt)
    try {
      const response = await call()
      attempt.status = response.status
      attempt.body = response.body
      if (response.status >= 500)
        serverErrors.push(
          `${attempt.kind} ${attempt.collection} ${attempt.id ?? ''}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
        )
    } catch (error) {
      attempt.error =
        error instanceof Error
          ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`
          : String(error)
    }
    return attempt
  }

  /** One client: a random next step for a random document, over and over until `stop()`. */
  async function client(api: ApiClient, epoch: number, stop: () => boolean) {
    while (!stop()) {
      // Closed at both ends, so no nonce is the beginning of another (k1q5z, k1q50z).
      const nonce = `k${epoch}q${(seq += 1)}z`
      const base = { seq, epoch, nonce, locale: 'en' as Locale }
      const candidates = [...tracked.values()].filter((doc) => doc.writes < MAX_WRITES_PER_DOC)
      const doc =
        candidates.length > 0 && !random.chance(createShare) ? random.pick(candidates) : undefined
      let attempt: Attempt
      if (!doc) {
        const collection = random.pick(MEDICAL_COLLECTIONS)
        const sent = fullData(collection, nonce, ackedDisclosures())
        attempt = await send({ ...base, kind: 'create', collection, sent }, () =>
          api.post(`/api/${collection}`, sent, { token: tokens.editor }),
        )
        if (attempt.status === 201) {
          attempt.id = String(attempt.body.doc.id)
          tracked.set(`${collection}:${attempt.id}`, {
            collection,
            id: attempt.id,
            writes: 1,
            status: 'draft',
          })
        }
        continue
      }
      doc.writes += 1
      const target = { ...base, collection: doc.collection, id: doc.id }
      const step =
        doc.status === 'in-review'
          ? random.pick(['decide', 'decide', 'edit'] as const)
          : doc.status === 'approved'
            ? random.pick(['publish', 'publish', 'publish', 'edit'] as const)
            : random.pick(['submit', 'submit', 'edit'] as const)
      if (step === 'edit') {
        const locale: Locale = random.chance(0.35) ? 'es' : 'en'
        const sent = someFields(doc.collection, nonce, ackedDisclosures(), locale)
        attempt = await send({ ...target, kind: 'edit', locale, sent }, () =>
          api.patch(`/api/${doc.collection}/${doc.id}?draft=true&locale=${locale}`, sent, {
            token: tokens.editor,
          }),
        )
        if (attempt.status === 200) doc.status = attempt.body.doc.reviewStatus ?? 'draft'
      } else if (step === 'submit') {
        attempt = await send({ ...target, kind: 'submit' }, () =>
          api.post(
            `/api/${doc.collection}/${doc.id}/submit-for-review`,
            { note: nonce },
            { token: tokens.editor },
          ),
        )
        if (attempt.status === 200) {
          doc.status = 'in-review'
          doc.submittedHash = attempt.body.contentHash
        }
      } else if (step === 'decide') {
        const approve = random.chance(0.85)
        // A client that missed the submission states a hash nothing has: refused, like a stale reviewer.
        const contentHash = doc.submittedHash ?? '0'.repeat(64)
        const sent = approve
          ? { decision: 'approve', comment: `Approved ${nonce}`, contentHash }
          : { decision: 'request-changes', comment: `Changes ${nonce}`, contentHash }
        attempt = await send({ ...target, kind: 'decide', sent }, () =>
          api.post(`/api/${doc.collection}/${doc.id}/review`, sent, { token: tokens.reviewer }),
        )
        if (attempt.status === 200) doc.status = approve ? 'approved' : 'changes-requested'
      } else {
        attempt = await send({ ...target, kind: 'publish', sent: { _status: 'published' } }, () =>
          api.patch(
            `/api/${doc.collection}/${doc.id}`,
            { _status: 'published' },
            { token: tokens.editor },
          ),
        )
      }
      // A refusal means this client's idea of the status is stale (another client moved it on): guess again.
      if (refused(attempt.status))
        doc.status = random.pick(['draft', 'in-review', 'approved'] as const)
    }
  }

  /** Everything stored, checked against everything the clients sent and were told; one line per problem. */
  async function verify(label?: string): Promise<string[]> {
    const problems: string[] = []
    const records = (
      await verifier.find({
        collection: 'review-records',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    const recordsById = new Map(records.map((record) => [String(record.id), record]))
    for (const collection of MEDICAL_COLLECTIONS) {
      const fields = verifier.collections[collection].config.fields
      const mains = (await storedDocuments(verifier, collection)) as Doc[]
      const allVersions = (
        await verifier.findVersions({
          collection,
          locale: 'all',
          depth: 0,
          pagination: false,
          sort: 'id',
          overrideAccess: true,
        })
      ).docs as Doc[]
      const versionsOf = new Map<string, Doc[]>()
      for (const version of allVersions) {
        const parent = String(
          typeof version.parent === 'object' ? version.parent.id : version.parent,
        )
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
        const create = ours.find(
          (a) =>
            a.kind === 'create' &&
            (a.id === id ||
              (a.id === undefined && JSON.stringify(first.version).includes(a.nonce))),
        )
        if (!create) problems.push(`${collection} ${id}: no client created this document`)
        else {
          if (refused(create.status))
            problems.push(
              `${collection} ${id}: stored although its create was refused with ${create.status}`,
            )
          const wrong = mismatches(fields, collection, undefined, first.version, create)
          if (wrong.length > 0)
            problems.push(
              `${collection} ${id}: first version differs from its create in ${wrong.join(', ')}`,
            )
          create.id ??= id
        }
        // Every later version either keeps the content (workflow, publish) or is exactly one
        // client's edit laid over the version before it.
        for (let index = 1; index < versions.length; index += 1) {
          totals.versionsChecked += 1
          const [previous, current] = [versions[index - 1].version, versions[index].version]
          if (
            canon(contentOf(fields, collection, previous)) ===
            canon(contentOf(fields, collection, current))
          )
            continue
          const edits = ours.filter((a) => a.kind === 'edit' && a.id === id)
          const edit = edits.find(
            (a) => mismatches(fields, collection, previous, current, a).length === 0,
          )
          if (!edit) {
            const nearest = edits.find((a) => JSON.stringify(current).includes(a.nonce))
            const detail = nearest
              ? `; ${nearest.nonce} (${nearest.status ?? 'no answer'}) differs in ${mismatches(fields, collection, previous, current, nearest).join(', ')}`
              : ''
            problems.push(
              `${collection} ${id}: version ${versions[index].id} is no client's edit of the version before it${detail}`,
            )
          } else if (refused(edit.status))
            problems.push(
              `${collection} ${id}: version ${versions[index].id} holds an edit refused with ${edit.status}`,
            )
        }
        // The public row is the content of the last published version.
        if (main._status === 'published') {
          const published = versions
            .filter((version) => version.version._status === 'published')
            .at(-1)
          if (!published) problems.push(`${collection} ${id}: published, but no published version`)
          else if (
            canon(contentOf(fields, collection, main)) !==
            canon(contentOf(fields, collection, published.version))
          ) {
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
          const index = versions.findIndex(
            (version) => version.version.updatedAt === attempt.body.doc.updatedAt,
          )
          if (index < 0)
            problems.push(`${label} (${attempt.body.doc.updatedAt}), but no such version`)
          else if (attempt.kind === 'publish') {
            if (versions[index].version._status !== 'published')
              problems.push(`${label}, but its version is not published`)
            // A publish record carries its approval's hash: of the content in the locales that approval covers.
            const covered = records
              .filter((r) => r.action === 'decision' && r.documentId === id)
              .map((r) => hashOf(verifier, collection, versions[index].version, r.approvedLocales))
            if (
              !records.some(
                (r) =>
                  r.action === 'publish' && r.documentId === id && covered.includes(r.contentHash),
              )
            )
              problems.push(`${label}, but no publish record of its content`)
          } else {
            const wrong = mismatches(
              fields,
              collection,
              index === 0 ? undefined : versions[index - 1].version,
              versions[index].version,
              attempt,
            )
            if (wrong.length > 0)
              problems.push(`${label}, stored differently in ${wrong.join(', ')}`)
          }
        } else {
          const record = recordsById.get(String(attempt.body.recordId))
          const action = attempt.kind === 'submit' ? 'submit' : 'decision'
          if (
            !record ||
            record.action !== action ||
            record.documentId !== id ||
            record.contentHash !== attempt.body.contentHash
          ) {
            problems.push(
              `${label}, but its review record ${attempt.body.recordId} is missing or different`,
            )
          } else if (attempt.kind === 'decide' && record.decision !== attempt.sent?.decision)
            problems.push(`${label}, recorded as ${record.decision}`)
          const version = versions.find(
            (candidate) => String(candidate.id) === String(attempt.body.versionId),
          )
          if (!version)
            problems.push(`${label}, but its version ${attempt.body.versionId} is missing`)
          else {
            if (version.version.reviewStatus !== attempt.body.reviewStatus)
              problems.push(`${label}, but its version says ${version.version.reviewStatus}`)
            if (
              hashOf(verifier, collection, version.version, record?.approvedLocales) !==
              attempt.body.contentHash
            )
              problems.push(`${label}, but its version is not the content it was bound to`)
          }
        }
        totals.verifiedAcks += 1
      }
      // A refused create or edit left nothing behind.
      for (const attempt of ours.filter(
        (a) => refused(a.status) && (a.kind === 'create' || a.kind === 'edit'),
      )) {
        const where = attempt.id ? (versionsOf.get(attempt.id) ?? []) : allVersions
        if (JSON.stringify(where).includes(attempt.nonce))
          problems.push(
            `${collection} ${attempt.id ?? ''}: ${attempt.kind} ${attempt.nonce} was refused with ${attempt.status} but is stored`,
          )
      }
    }
    const invariant = await checkPublicationInvariant(verifier)
    totals.publishedChecked += invariant.checked
    problems.push(...invariant.violations)
    if (problems.length > 0 && label)
      console.log(`${label}: ${problems.length} problems\n${problems.slice(0, 30).join('\n')}`)
    return problems
  }

  /** What the clients did, for the run's summary line. */
  function summary() {
    const acknowledged = attempts.filter((attempt) => is2xx(attempt.status))
    return {
      requests: attempts.length,
      acknowledged: acknowledged.length,
      acknowledgedByKind: Object.fromEntries(
        KINDS.map((kind) => [kind, acknowledged.filter((a) => a.kind === kind).length]),
      ) as Record<Kind, number>,
      refused: attempts.filter((attempt) => refused(attempt.status)).length,
      unknownOutcome: attempts.filter(unknownOutcome).length,
      // Every acknowledged write is checked again at each verification.
      ackVerifications: totals.verifiedAcks,
      versionTransitionsChecked: totals.versionsChecked,
      publishedContentChecked: totals.publishedChecked,
    }
  }

  /**
   * The checks are not blind: damage done behind the servers' back, as a torn write would leave
   * it, is found. A created disclosure loses its reference rows; a public row changes. Returns
   * the problems expected and the problems `verify` found.
   */
  async function damageAndVerify(): Promise<{ expected: string[]; found: string[] }> {
    const create = attempts
      .filter(
        (attempt) =>
          is2xx(attempt.status) &&
          attempt.kind === 'create' &&
          attempt.collection === 'risk-disclosures',
      )
      .at(-1)
    if (!create) throw new Error('no acknowledged disclosure create to damage')
    const [firstVersion] = (
      await verifier.findVersions({
        collection: 'risk-disclosures',
        where: { parent: { equals: create.id } },
        sort: 'id',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    const published = (
      await verifier.find({
        collection: 'risk-disclosures',
        where: { _status: { equals: 'published' } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
    const raw = (statement: string) =>
      (
        verifier.db as unknown as {
          execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
        }
      ).execute({ drizzle: verifier.db.drizzle, raw: statement })
    await raw(
      `DELETE FROM "_risk_disclosures_v_version_references" WHERE "_parent_id" = ${Number(firstVersion.id)}`,
    )
    const expected = [
      `risk-disclosures ${create.id}: first version differs from its create in references`,
    ]
    if (published) {
      await raw(
        `UPDATE "risk_disclosures_locales" SET "mitigation" = 'Changed behind the server' WHERE "_parent_id" = ${Number(published.id)}`,
      )
      // The invariant names a document with its title.
      expected.push(
        `risk-disclosures ${published.id}: the public row is not its last published version`,
        `risk-disclosures ${published.id} "${published.title}": published main row`,
      )
      // The read model now differs from the changed row; and a snapshot whose hash is not the content's is found too.
      await raw(
        `UPDATE "read_model_snapshots" SET "content_hash" = 'tampered' WHERE "collection" = 'risk-disclosures' AND "doc_id" = '${published.id}' AND "locale" = 'es'`,
      )
      expected.push(
        `read model risk-disclosures:${published.id}:page:en: snapshot differs from Payload's answer`,
        `read model risk-disclosures:${published.id}:page:es: snapshot hash tampered`,
      )
    }
    return { expected, found: await verify() }
  }

  return { attempts, serverErrors, client, verify, summary, damageAndVerify }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tagHeaderValues } from '../../src/delivery/cacheTags'
import { READ_MODEL, READ_MODEL_COLLECTIONS } from '../../src/readModel/coverage'
import { ensureReadModel, readModelRevision } from '../../src/readModel/lifecycle'
import { queryFor, setRevision, storedRevision } from '../../src/readModel/store'
import { staleRebuilder } from '../../src/readModel/refresh'
import { PLACES, SNAPSHOTS, STALE } from '../../src/readModel/tables'
import { etagOf } from '../../src/server/cache/responseCache'
import { MEDICAL_COLLECTIONS } from '../../src/workflow/reviewedFields'
import { seedDemoContent } from '../../src/seed'
import { createGraphQLHandler } from '../../src/server/graphql'
import { createPersistedQueries } from '../../src/server/persistedQueries'
import {
  approveDocument,
  articleData,
  createTeam,
  disclosureData,
  treatmentData,
  publishApproved,
  type Team,
} from '../helpers/fixtures'
import { checkReadModel, hashOf, payloadAnswer } from '../helpers/invariant'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let team: Team
type Doc = Record<string, any>
const published: Record<string, Doc[]> = {}

beforeAll(async () => {
  server = await startTestServer()
  await seedDemoContent(server.payload, { printPasswords: false })
  team = await createTeam(server.payload, server.api)
  for (const collection of READ_MODEL_COLLECTIONS) {
    const { docs } = await server.payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    published[collection] = docs as Doc[]
  }
}, 300_000)

afterAll(async () => {
  await server?.close()
})

/** The server's answer (asserted to come from the read model) and Payload's own, side by side. */
async function compare(path: string) {
  const response = await fetch(`${server.url}${path}`)
  const body = await response.text()
  const payload = await payloadAnswer(server.payload, path)
  return { response, body, payload }
}

describe('the published read model answers as Payload does', () => {
  it('holds a snapshot of every published demo document that equals Payload’s answer', async () => {
    const report = await checkReadModel(server.payload)
    expect(report.violations).toEqual([])
    expect(report.checked).toBeGreaterThan(20)
  })

  it('answers reads by id and by slug byte for byte, in every locale and spelling', async () => {
    let compared = 0
    for (const collection of READ_MODEL_COLLECTIONS) {
      for (const doc of published[collection]) {
        const paths = [
          `/api/${collection}/${doc.id}`,
          `/api/${collection}/${doc.id}?depth=2`,
          `/api/${collection}/${doc.id}?locale=es`,
          `/api/${collection}/${doc.id}?locale=en&depth=2`,
        ]
        paths.push(
          `/api/${collection}?where[slug][equals]=${doc.slug}&depth=2&limit=1`,
          `/api/${collection}?where[slug][equals]=${doc.slug}&locale=es`,
        )
        for (const path of paths) {
          const { response, body, payload } = await compare(path)
          expect(response.headers.get('x-read-model'), path).toBe('HIT')
          expect(body, path).toBe(payload.body)
          compared += 1
        }
      }
    }
    expect(compared).toBeGreaterThan(50)
  })

  it('answers the common lists byte for byte: by condition, by treatment, newest first, paginated, cards', async () => {
    const conditions = (
      await server.payload.find({
        collection: 'conditions',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    const treatments = published['treatment-options']
    const card = Object.entries(READ_MODEL.articles.shapes.card.select ?? [])
      .map(([, field]) => `&select[${field}]=true`)
      .join('')
    const paths: string[] = [
      '/api/articles',
      '/api/articles?sort=-publishedAt&limit=2&page=2',
      '/api/treatment-options?locale=es',
      '/api/risk-disclosures?limit=3&page=2',
      '/api/clinic-locations?limit=3&locale=es',
      '/api/clinic-locations?page=2&limit=2',
    ]
    for (const condition of conditions) {
      paths.push(`/api/articles?where[conditions][in]=${condition.id}&sort=-publishedAt&limit=2`)
      paths.push(
        `/api/articles?where[conditions][in]=${condition.id}&sort=-publishedAt&limit=20&page=1&depth=1${card}`,
      )
      paths.push(`/api/treatment-options?where[conditions][equals]=${condition.id}&locale=es`)
      paths.push(`/api/articles?where[conditions][equals]=${condition.id}&limit=1&page=2`)
    }
    for (const treatment of treatments)
      paths.push(`/api/articles?where[treatments][in]=${treatment.id}&locale=es&sort=-publishedAt`)
    let fromModel = 0
    for (const path of paths) {
      const { response, body, payload } = await compare(path)
      expect(body, path).toBe(payload.body)
      if (response.headers.get('x-read-model') === 'HIT') fromModel += 1
      // Only empty pages go to Payload.
      else expect(JSON.parse(body).docs, path).toEqual([])
    }
    expect(fromModel).toBeGreaterThan(paths.length / 2)
  })

  it('orders a condition’s list by the date readers see, not by when the article was written', async () => {
    // The condition most published demo articles are about.
    const counts = new Map<unknown, number>()
    for (const article of published.articles)
      for (const id of article.conditions ?? []) counts.set(id, (counts.get(id) ?? 0) + 1)
    const [condition] = [...counts].sort((a, b) => b[1] - a[1])[0]
    expect(counts.get(condition)).toBeGreaterThan(1)
    // The newest article, backdated: last by `publishedAt`, first by `createdAt`.
    const backdated = await publishApproved(
      server.api,
      team,
      'articles',
      articleData({
        title: 'An older piece on preparing for a session',
        conditions: [condition],
        publishedAt: '2019-05-01T09:00:00.000Z',
      }),
    )
    try {
      const list = `/api/articles?where[conditions][in]=${condition}`
      const { totalDocs } = JSON.parse((await compare(list)).body)
      expect(totalDocs).toBeGreaterThan(1)
      // Last by publishedAt; first by the default and by createdAt.
      const backdatedPages = [
        `${list}&sort=-publishedAt&limit=1&page=${totalDocs}`,
        `${list}&limit=1&page=1`,
        `${list}&sort=-createdAt&limit=1&page=1`,
      ]
      for (const path of backdatedPages) {
        const { response, body, payload } = await compare(path)
        expect(response.headers.get('x-read-model'), path).toBe('HIT')
        expect(body, path).toBe(payload.body)
        expect(
          JSON.parse(body).docs.map((doc: Doc) => doc.id),
          path,
        ).toEqual([backdated])
      }
      const first = await compare(`${list}&sort=-publishedAt&limit=1&page=1`)
      expect(first.body).toBe(first.payload.body)
      expect(JSON.parse(first.body).docs[0].id).not.toBe(backdated)
    } finally {
      // The other tests count the demo's published articles.
      const unpublished = await server.api.patch(
        `/api/articles/${backdated}`,
        { _status: 'draft' },
        { token: team.editor.token },
      )
      expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
    }
  })
})

const sql = async (text: string, params: unknown[] = []) =>
  (await queryFor(server.payload))(text, params)

/** The stored bodies of one document's snapshots, by shape and locale. */
async function bodiesOf(collection: string, id: number | string): Promise<Record<string, string>> {
  const rows = await sql(
    `SELECT shape, locale, body FROM ${SNAPSHOTS} WHERE collection = ? AND doc_id = ?`,
    [collection, String(id)],
  )
  return Object.fromEntries(rows.map((row) => [`${row.shape}:${row.locale}`, String(row.body)]))
}

/** Marks a snapshot without changing what it means (JSON ignores the trailing space), to see whether a change rebuilt it. */
const mark = (collection: string, id: number | string) =>
  sql(`UPDATE ${SNAPSHOTS} SET body = body || ' ' WHERE collection = ? AND doc_id = ?`, [
    collection,
    String(id),
  ])
const isMarked = async (collection: string, id: number | string) =>
  Object.values(await bodiesOf(collection, id)).every((body) => body.endsWith(' '))

/** A value with every array in a fixed order, to compare answers that differ only in the order of lists. */
const sortedArrays = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedArrays).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sortedArrays(item)]))
      : value

/** Queries a website sends: the benchmark's article page (S2) and sixty-relationship document (S6), a treatment page, a list. */
const GRAPHQL_QUERIES = {
  page: `query ArticlePage($slug: String!) { Articles(where: { slug: { equals: $slug } }, limit: 1) { docs {
    id title slug summary body publishedAt heroImage { url alt width height } conditions { id name slug icd10 }
    treatments { id name slug route regulatoryStatus summary riskDisclosures { id title severity frequency mitigation } }
    clinics { id name slug phone bookingUrl address { street city state postalCode } location { lat lng } }
    byline { reviewer { name credentials specialty } reviewedAt } } } }`,
  complex: `query ComplexDocument($slug: String!) { Articles(where: { slug: { equals: $slug } }, limit: 1) { docs {
    id title slug summary body publishedAt heroImage { id url alt width height sizes { card { url width height } } }
    seo { metaTitle metaDescription image { id url alt } } conditions { id name slug icd10 }
    treatments { id name slug route regulatoryStatus summary riskDisclosures { id title severity } }
    riskDisclosures { id title slug severity frequency mitigation }
    clinics { id name slug phone bookingUrl languages address { street city state postalCode } location { lat lng } }
    byline { reviewer { name credentials specialty } reviewedAt } } } }`,
  byId: `query ($id: Int!) { Article(id: $id) { id title _status byline { authors { id name } reviewedAt } riskDisclosures { title severity } } }`,
  list: `{ newest: Articles(sort: "-publishedAt", limit: 2, page: 2) { totalDocs page hasNextPage docs { title slug } } risks: RiskDisclosures { docs { id title severity } } }`,
  spanish: `{ TreatmentOptions(locale: es, limit: 3) { totalDocs docs { name riskDisclosures { title } } } }`,
}

describe('anonymous GraphQL reads from the read model', () => {
  it('answers article pages, the sixty-relationship shape, reads by id and lists byte for byte as Payload’s GraphQL does', async () => {
    const payloadGraphQL = createGraphQLHandler(
      server.payload,
      server.env,
      createPersistedQueries({ mode: 'off' } as never),
    )
    let fromModel = 0
    for (const article of published.articles) {
      for (const [name, query] of Object.entries(GRAPHQL_QUERIES)) {
        for (const locale of ['en', 'es']) {
          const body = JSON.stringify({
            query,
            variables:
              name === 'byId' ? { id: article.id } : name === 'list' ? {} : { slug: article.slug },
          })
          const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body }
          const response = await fetch(`${server.url}/api/graphql?locale=${locale}`, init)
          const text = await response.text()
          const expected = await (
            await payloadGraphQL(new Request(`${server.url}/api/graphql?locale=${locale}`, init))
          ).text()
          expect(text, `${name} ${article.slug} ${locale}`).toBe(expected)
          expect(text).not.toContain('"errors"')
          if (response.headers.get('x-read-model') === 'HIT') fromModel += 1
        }
      }
    }
    expect(fromModel).toBe(published.articles.length * Object.keys(GRAPHQL_QUERIES).length * 2)
  })

  it('answers lists in the stored order of each document’s related documents, and otherwise as Payload’s GraphQL does', async () => {
    const payloadGraphQL = createGraphQLHandler(
      server.payload,
      server.env,
      createPersistedQueries({ mode: 'off' } as never),
    )
    const ask = async (query: string) => {
      const init = {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }
      const response = await fetch(`${server.url}/api/graphql`, init)
      const text = await response.text()
      expect(response.headers.get('x-read-model'), query).toBe('HIT')
      expect(text, query).not.toContain('"errors"')
      const payload = await (
        await payloadGraphQL(new Request(`${server.url}/api/graphql`, init))
      ).text()
      return { text, payload }
    }
    const fields = 'id title treatments { name } conditions { name } clinics { name }'
    for (const locale of ['en', 'es']) {
      // Payload 3.90.1's GraphQL puts a list's related documents in the order their loads finish,
      // not the stored order, once an earlier document has loaded some of them
      // (payloadcms/payload#14956). The read model keeps the stored order, as REST and a read
      // by id give it; apart from that order the answers are Payload's.
      const { text, payload } = await ask(`{ Articles(locale: ${locale}) { docs { ${fields} } } }`)
      const listed = JSON.parse(text).data.Articles as { docs: Doc[] }
      expect(sortedArrays(listed)).toEqual(sortedArrays(JSON.parse(payload).data.Articles))
      expect(listed.docs.length).toBe(published.articles.length)
      for (const doc of listed.docs) {
        const one = await ask(`{ Article(id: ${doc.id}, locale: ${locale}) { ${fields} } }`)
        expect(one.text).toBe(one.payload)
        expect(doc).toEqual(JSON.parse(one.text).data.Article)
      }
    }
  })

  it('leaves to Payload what the snapshots do not hold: other fields, field arguments, drafts, credentials', async () => {
    const article = published.articles[0]
    for (const query of [
      `{ Articles(locale: es) { docs { title } } RiskDisclosures { docs { title } } }`,
      `{ Articles { docs { jsonLd } } }`,
      `{ Articles { docs { body(depth: 0) } } }`,
      `{ Articles(draft: true) { docs { title } } }`,
      `{ Articles { docs { internalNotes } } }`,
      `{ Conditions { docs { name } } }`,
      `{ ClinicLocations { docs { name } } }`,
    ]) {
      const response = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      await response.text()
      expect(response.headers.get('x-read-model'), query).toBeNull()
    }
    const signedIn = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${team.editor.token}` },
      body: JSON.stringify({ query: `{ Article(id: ${article.id}) { title } }` }),
    })
    await signedIn.text()
    expect(signedIn.headers.get('x-read-model')).toBeNull()
  })
})

describe('served equals approved', () => {
  it('gives every answer from the read model the approved hash of its content, in x-approved-hash and the ETag, cached or not', async () => {
    for (const collection of MEDICAL_COLLECTIONS) {
      for (const doc of published[collection]) {
        const live = await server.payload.findByID({
          collection,
          id: doc.id,
          locale: 'all',
          depth: 0,
          overrideAccess: true,
          showHiddenFields: true,
          context: { internalRead: true },
        })
        const hash = hashOf(server.payload, collection, live as Doc)
        const approvals = await server.payload.find({
          collection: 'review-records',
          where: {
            and: [
              { documentId: { equals: String(doc.id) } },
              { decision: { equals: 'approve' } },
              { contentHash: { equals: hash } },
            ],
          },
          overrideAccess: true,
          depth: 0,
        })
        expect(approvals.totalDocs, `${collection} ${doc.id}`).toBeGreaterThan(0)
        for (const attempt of ['MISS', 'HIT']) {
          const response = await fetch(
            `${server.url}/api/${collection}/${doc.id}?locale=es&draft=false`,
          )
          expect(response.headers.get('x-cache'), `${collection} ${doc.id}`).toBe(attempt)
          expect(response.headers.get('x-approved-hash')).toBe(hash)
          expect(response.headers.get('etag')).toMatch(new RegExp(`^"${hash.slice(0, 16)}-`))
          await response.arrayBuffer()
        }
        const revalidated = await fetch(
          `${server.url}/api/${collection}/${doc.id}?locale=es&draft=false`,
          {
            headers: {
              'if-none-match': (
                await fetch(`${server.url}/api/${collection}/${doc.id}?locale=es&draft=false`)
              ).headers.get('etag')!,
            },
          },
        )
        expect(revalidated.status).toBe(304)
      }
    }
  })

  it('claims no approval for clinics, which are not reviewed: their ETag is their body’s, and revalidates', async () => {
    for (const clinic of published['clinic-locations']) {
      const path = `/api/clinic-locations/${clinic.id}?locale=es`
      const response = await fetch(`${server.url}${path}`)
      const body = Buffer.from(await response.arrayBuffer())
      expect(response.headers.get('x-read-model'), path).toBe('HIT')
      expect(response.headers.get('x-approved-hash'), path).toBeNull()
      expect(response.headers.get('etag'), path).toBe(etagOf(body))
      const revalidated = await fetch(`${server.url}${path}`, {
        headers: { 'if-none-match': response.headers.get('etag')! },
      })
      expect(revalidated.status, path).toBe(304)
    }
  })

  it('tags its answers with the documents they contain, as Payload’s reads record them', async () => {
    const article = published.articles[0]
    const condition = (article.conditions as number[])[0]
    for (const path of [
      `/api/articles/${article.id}?locale=es`,
      `/api/articles?where[slug][equals]=${article.slug}&depth=2&limit=1`,
      `/api/articles?where[conditions][in]=${condition}&sort=-publishedAt`,
      '/api/risk-disclosures',
    ]) {
      const fromModel = await fetch(`${server.url}${path}`)
      await fromModel.arrayBuffer()
      expect(fromModel.headers.get('x-read-model'), path).toBe('HIT')
      const payload = await payloadAnswer(server.payload, path)
      expect(fromModel.headers.get('cache-tag')!.split(','), path).toEqual(
        tagHeaderValues(payload.tags),
      )
    }
  })
})

describe('dependency-tracked invalidation', () => {
  it('marks stale, in the publishing transaction, only the snapshots that embed a changed clinic, and rebuilds them after it', async () => {
    const clinics = (
      await server.payload.find({
        collection: 'clinic-locations',
        where: { _status: { equals: 'published' } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs
    const clinic = clinics.find((candidate) =>
      published.articles.some((article) =>
        (article.clinics as number[]).includes(candidate.id as number),
      ),
    )!
    const embedding = published.articles.filter((article) =>
      (article.clinics as number[]).includes(clinic.id as number),
    )
    const others = published.articles.filter((article) => !embedding.includes(article))
    expect(embedding.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(0)
    for (const article of published.articles) await mark('articles', article.id)
    for (const disclosure of published['risk-disclosures'])
      await mark('risk-disclosures', disclosure.id)
    const renamed = `${clinic.name} (renamed)`
    const response = await server.api.patch(
      `/api/clinic-locations/${clinic.id}`,
      { name: renamed, _status: 'published' },
      { token: team.editor.token },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    await staleRebuilder(server.payload).idle()
    expect(await sql(`SELECT doc_id FROM ${STALE}`)).toEqual([])
    for (const article of embedding) {
      expect(await isMarked('articles', article.id)).toBe(false)
      expect((await bodiesOf('articles', article.id))['page:en']).toContain(renamed)
    }
    for (const article of others)
      expect(await isMarked('articles', article.id), `article ${article.id}`).toBe(true)
    for (const disclosure of published['risk-disclosures'])
      expect(await isMarked('risk-disclosures', disclosure.id)).toBe(true)
    // The clinic's own page and its nearby answer, rebuilt in the same write.
    const own = await bodiesOf('clinic-locations', clinic.id)
    expect(Object.keys(own).sort()).toEqual(['nearby:en', 'nearby:es', 'page:en', 'page:es'])
    expect(own['page:en']).toContain(renamed)
    expect(own['nearby:en']).toContain(renamed)
    // Put the marked ones back as they were built, then everything matches the live documents again.
    await sql(`UPDATE ${SNAPSHOTS} SET body = rtrim(body, ' ')`)
    expect((await checkReadModel(server.payload)).violations).toEqual([])
  })

  it('answers a stale document from Payload until it is rebuilt, then from the read model again', async () => {
    const article = published.articles[0]
    const clinic = published['clinic-locations'][0]
    const { lat, lng } = clinic.location as { lat: number; lng: number }
    const listed = published.articles.find(
      (candidate) => (candidate.conditions as number[]).length > 0,
    )!
    // Spellings no earlier test asked for (each phase its own), so no cached answer stands in for the read model's.
    const paths = (variant: string, radiusKm: number) => [
      `/api/articles/${article.id}?${variant}`,
      `/api/articles?where[slug][equals]=${article.slug}&${variant}`,
      `/api/articles?where[conditions][in]=${(listed.conditions as number[])[0]}&limit=100&${variant}`,
      // The nearby search takes no `draft`: each phase asks with its own radius.
      `/api/clinic-locations/near?lat=${lat}&lng=${lng}&radiusKm=${radiusKm}`,
    ]
    const answers = async (variant: string, radiusKm: number) => {
      const found: Array<{ path: string; readModel: null | string }> = []
      for (const path of paths(variant, radiusKm)) {
        const { response, body, payload } = await compare(path)
        expect(response.headers.get('x-cache'), path).not.toBe('HIT')
        expect(body, path).toBe(payload.body)
        found.push({ path, readModel: response.headers.get('x-read-model') })
      }
      return found
    }
    try {
      for (const [collection, id] of [
        ...[...new Set([article.id, listed.id])].map((id) => ['articles', id]),
        ['clinic-locations', clinic.id],
      ])
        await sql(`INSERT INTO ${STALE} (collection, doc_id) VALUES (?, ?)`, [
          collection,
          String(id),
        ])
      // A stale body, so that serving it would show.
      await mark('articles', article.id)
      for (const { path, readModel } of await answers('draft=false', 11))
        expect(readModel, path).toBeNull()
      const graphql = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query StaleArticle($id: Int!) { Article(id: $id) { id title } }',
          variables: { id: article.id },
        }),
      })
      expect(graphql.headers.get('x-read-model')).toBeNull()
      expect(((await graphql.json()) as Doc).data.Article.title).toBe(article.title)
    } finally {
      staleRebuilder(server.payload).kick()
      await staleRebuilder(server.payload).idle()
    }
    expect(await sql(`SELECT doc_id FROM ${STALE}`)).toEqual([])
    expect(await isMarked('articles', article.id)).toBe(false)
    for (const { path, readModel } of await answers('draft=false&locale=en', 12))
      expect(readModel, path).toBe('HIT')
    expect((await checkReadModel(server.payload)).violations).toEqual([])
  })

  it('rebuilds, when a treatment is republished, the articles that embed it and not every article', async () => {
    // Every article's risk disclosures list their treatments (a join): that must not make every article depend on every treatment.
    const disclosure = await publishApproved(
      server.api,
      team,
      'risk-disclosures',
      disclosureData({ title: 'Nausea after a nasal spray session' }),
    )
    const treatment = await publishApproved(
      server.api,
      team,
      'treatment-options',
      treatmentData({ name: 'Nasal spray, supervised', riskDisclosures: [disclosure] }),
    )
    const article = await publishApproved(
      server.api,
      team,
      'articles',
      articleData({
        title: 'What a supervised nasal spray session is like',
        treatments: [treatment],
      }),
    )
    try {
      for (const other of published.articles) await mark('articles', other.id)
      await mark('articles', article)
      const summary = 'Given in the clinic, with two hours of observation afterwards.'
      const edited = await server.api.patch(
        `/api/treatment-options/${treatment}?draft=true`,
        { summary },
        { token: team.editor.token },
      )
      expect(edited.status, JSON.stringify(edited.body)).toBe(200)
      await approveDocument(server.api, 'treatment-options', treatment, team.editor, team.reviewer)
      const republished = await server.api.patch(
        `/api/treatment-options/${treatment}`,
        { _status: 'published' },
        { token: team.editor.token },
      )
      expect(republished.status, JSON.stringify(republished.body)).toBe(200)
      await staleRebuilder(server.payload).idle()
      expect(await isMarked('articles', article)).toBe(false)
      expect((await bodiesOf('articles', article))['page:en']).toContain(summary)
      for (const other of published.articles)
        expect(await isMarked('articles', other.id), `article ${other.id}`).toBe(true)
    } finally {
      await sql(`UPDATE ${SNAPSHOTS} SET body = rtrim(body, ' ')`)
      await server.api.patch(
        `/api/articles/${article}`,
        { _status: 'draft' },
        { token: team.editor.token },
      )
    }
    expect((await checkReadModel(server.payload)).violations).toEqual([])
  })

  it('republishes an edited article with new snapshots and keeps the other articles’ cached answers', async () => {
    const [article, other] = published.articles
    const otherPath = `/api/articles/${other.id}?locale=en`
    await (await fetch(`${server.url}${otherPath}`)).arrayBuffer()
    const edited = await server.api.patch(
      `/api/articles/${article.id}?draft=true`,
      { summary: 'A clearer summary of what a first session is like.' },
      { token: team.editor.token },
    )
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    // A draft save changes nothing the public reads.
    expect((await bodiesOf('articles', article.id))['page:en']).not.toContain('A clearer summary')
    await approveDocument(server.api, 'articles', article.id, team.editor, team.reviewer)
    const publishing = await server.api.patch(
      `/api/articles/${article.id}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(publishing.status, JSON.stringify(publishing.body)).toBe(200)
    const { response, body, payload } = await compare(`/api/articles/${article.id}`)
    expect(response.headers.get('x-read-model')).toBe('HIT')
    expect(body).toContain('A clearer summary')
    expect(body).toBe(payload.body)
    const cached = await fetch(`${server.url}${otherPath}`)
    await cached.arrayBuffer()
    expect(cached.headers.get('x-cache')).toBe('HIT')
    expect((await checkReadModel(server.payload)).violations).toEqual([])
  })

  it('drops the snapshots of an unpublished document in the same write; its reads go back to Payload', async () => {
    const article = published.articles.at(-1)!
    const response = await server.api.patch(
      `/api/articles/${article.id}`,
      { _status: 'draft' },
      { token: team.editor.token },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await bodiesOf('articles', article.id)).toEqual({})
    const { response: read, payload } = await compare(`/api/articles/${article.id}`)
    expect(read.status).toBe(404)
    expect(payload.status).toBe(404)
    expect(read.headers.get('x-read-model')).toBeNull()
    const list = await compare('/api/articles?sort=-publishedAt')
    expect(list.body).toBe(list.payload.body)
    expect(list.body).not.toContain(`"slug":"${article.slug}"`)
    expect((await checkReadModel(server.payload)).violations).toEqual([])
  })
})

describe('clinics near a point from the read model', () => {
  const near = (lat: number, lng: number, extra = '') =>
    `/api/clinic-locations/near?lat=${lat}&lng=${lng}${extra}`
  const located = () =>
    published['clinic-locations'].map((clinic) => clinic.location as { lat: number; lng: number })

  it('answers nearby searches byte for byte as the endpoint does: radii, limits, locales, the antimeridian, none found', async () => {
    expect(located().length).toBeGreaterThan(2)
    const paths = [
      near(32.7157, -117.1611),
      near(32.75, -117.15, '&radiusKm=100&limit=2&locale=es'),
      near(32.75, -117.15, '&depth=1&radiusKm=40&locale=en'),
      near(0.5, 179.9, '&radiusKm=500'),
      near(48.8566, 2.3522),
    ]
    for (const { lat, lng } of located())
      paths.push(near(lat, lng, '&radiusKm=5'), near(lat, lng, '&radiusKm=60&locale=es&limit=3'))
    let clinicsFound = 0
    for (const path of paths) {
      const { response, body, payload } = await compare(path)
      expect(response.headers.get('x-read-model'), path).toBe('HIT')
      expect(payload.status, path).toBe(200)
      expect(body, path).toBe(payload.body)
      clinicsFound += JSON.parse(body).docs.length
    }
    expect(clinicsFound).toBeGreaterThan(located().length)
  })

  it('leaves to the endpoint what it does not hold: a treatment filter, another depth, other parameters, bad input', async () => {
    const treatment = published['treatment-options'][0]
    for (const path of [
      near(32.75, -117.15, `&radiusKm=100&treatment=${treatment.slug}`),
      near(32.75, -117.15, '&radiusKm=100&depth=0'),
      near(32.75, -117.15, '&radiusKm=100&fallback-locale=none'),
    ]) {
      const { response, body, payload } = await compare(path)
      expect(response.headers.get('x-read-model'), path).toBeNull()
      expect(response.status, path).toBe(200)
      expect(body, path).toBe(payload.body)
    }
    const refused = await compare(near(95, -117.15))
    expect(refused.response.status).toBe(400)
    expect(refused.response.headers.get('x-read-model')).toBeNull()
    expect(JSON.stringify(JSON.parse(refused.body))).toContain('lat')
  })

  it('finds a moved clinic at its new place and loses an unpublished one, in the write that changed it', async () => {
    const clinic = published['clinic-locations'].at(-1)!
    const home = clinic.location as { lat: number; lng: number }
    const idsNear = async (lat: number, lng: number) => {
      const { response, body, payload } = await compare(near(lat, lng, '&radiusKm=10'))
      expect(response.headers.get('x-read-model')).toBe('HIT')
      expect(body).toBe(payload.body)
      return (JSON.parse(body).docs as Doc[]).map((doc) => doc.id)
    }
    const vegas = { lat: 36.1699, lng: -115.1398 }
    const moved = await server.api.patch(
      `/api/clinic-locations/${clinic.id}`,
      { location: vegas, _status: 'published' },
      { token: team.editor.token },
    )
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(await idsNear(vegas.lat, vegas.lng)).toEqual([clinic.id])
    expect(await idsNear(home.lat, home.lng)).not.toContain(clinic.id)
    expect((await checkReadModel(server.payload)).violations).toEqual([])

    const unpublished = await server.api.patch(
      `/api/clinic-locations/${clinic.id}`,
      { _status: 'draft' },
      { token: team.editor.token },
    )
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
    expect(await idsNear(vegas.lat, vegas.lng)).toEqual([])
    expect(
      await sql(`SELECT doc_id FROM ${PLACES} WHERE collection = ? AND doc_id = ?`, [
        'clinic-locations',
        String(clinic.id),
      ]),
    ).toEqual([])
    expect((await checkReadModel(server.payload)).violations).toEqual([])

    const restored = await server.api.patch(
      `/api/clinic-locations/${clinic.id}`,
      { location: home, _status: 'published' },
      { token: team.editor.token },
    )
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await idsNear(home.lat, home.lng)).toContain(clinic.id)
  })
})

describe('rebuilding a stale read model', () => {
  it('rebuilds what is missing to equal Payload, answering requests meanwhile, and records the revision', async () => {
    const query = await queryFor(server.payload)
    const article = published.articles[0]
    // A model built for another revision, with one document's snapshots lost.
    await setRevision(query, 'built by an older release')
    await query(`DELETE FROM ${SNAPSHOTS} WHERE collection = ? AND doc_id = ?`, [
      'articles',
      String(article.id),
    ])
    expect((await checkReadModel(server.payload)).violations).not.toEqual([])

    let rebuilt = false
    const rebuilding = ensureReadModel(server.payload).then(() => (rebuilt = true))
    // SQLite's driver answers synchronously: a rebuild that never yields would hold every
    // request of this process until it ends.
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(rebuilt).toBe(false)
    await rebuilding

    expect(await storedRevision(query)).toBe(readModelRevision())
    expect((await checkReadModel(server.payload)).violations).toEqual([])
    const page = await fetch(`${server.url}/api/articles/${article.id}`)
    expect(page.headers.get('x-read-model')).toBe('HIT')
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  articleData,
  createTeam,
  publishApproved,
  richText,
  treatmentData,
  disclosureData,
  type Team,
} from '../helpers/fixtures'
import { fingerprint } from '../helpers/fingerprint'
import { startTestServer, type TestServer } from '../helpers/server'
import { latestDraft, problemFields, problemRules, storedHash, submit } from '../helpers/workflow'

/**
 * Translation completeness: the reviewer approves named locales and the hash covers exactly
 * those; a locale nobody approved is never served to the public, which gets the approved
 * fallback (with fallback on) or nothing, told in `localeStatus` which locale each field came
 * from; the list filters on missing translations.
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
const SPANISH = {
  title: 'Qué esperar de la terapia',
  summary: 'Cómo funciona y a quién puede ayudar.',
  body: richText('La ketamina actúa sobre el sistema del glutamato.'),
}

/** An article in English with only a Spanish title: the case that was approved and served half-translated. */
async function halfTranslated(title: string) {
  const created = await api().post('/api/articles', articleData({ title }), {
    token: team.editor.token,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  expect(
    (
      await api().patch(
        `/api/articles/${id}?draft=true&locale=es`,
        { title: `${title} (es)` },
        { token: team.editor.token },
      )
    ).status,
  ).toBe(200)
  return id
}

async function decide(
  id: number | string,
  body: Record<string, unknown>,
  token = team.reviewer.token,
) {
  return api().post(
    `/api/articles/${id}/review`,
    {
      decision: 'approve',
      comment: 'Checked.',
      contentHash: await storedHash(server.payload, 'articles', id, true),
      ...body,
    },
    { token },
  )
}

describe('per-locale completeness', () => {
  it('shows which reviewed fields each locale fills, and lists the document under "missing translation"', async () => {
    const id = await halfTranslated('Completeness article')
    const view = await api().get(`/api/articles/${id}/translations`, { token: team.author.token })
    expect(view.status).toBe(200)
    const [en, es] = view.body.locales
    expect(en).toMatchObject({
      locale: 'en',
      label: 'English',
      complete: true,
      missing: [],
      approved: false,
      live: false,
    })
    expect(en.filled).toEqual(expect.arrayContaining(['title', 'summary', 'body']))
    expect(es).toMatchObject({
      locale: 'es',
      label: 'Español',
      complete: false,
      filled: ['title'],
      missing: ['summary', 'body'],
    })
    expect(view.body.fields.map((field: { path: string }) => field.path)).toEqual([
      'title',
      'summary',
      'body',
      'seo.metaTitle',
      'seo.metaDescription',
    ])
    // The admin shows these words, not the field paths.
    expect(view.body.fields.map((field: { label: string }) => field.label)).toEqual([
      'Title',
      'Summary',
      'Body',
      'Search engines and link previews › Search result title',
      'Search engines and link previews › Search result description',
    ])

    expect((await latestDraft(server.payload, 'articles', id)).missingTranslations).toEqual(['es'])
    const filter = await api().get(
      '/api/articles?where[missingTranslations][in]=es&draft=true&limit=100&depth=0',
      { token: team.editor.token },
    )
    expect(filter.body.docs.map((doc: { id: number }) => doc.id)).toContain(id)

    expect(
      (
        await api().patch(`/api/articles/${id}?draft=true&locale=es`, SPANISH, {
          token: team.editor.token,
        })
      ).status,
    ).toBe(200)
    expect((await latestDraft(server.payload, 'articles', id)).missingTranslations).toEqual([])
    const after = await api().get(
      '/api/articles?where[missingTranslations][in]=es&draft=true&limit=100&depth=0',
      { token: team.editor.token },
    )
    expect(after.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(id)

    const graphql = await api().graphql(
      'query ($id: ID!) { translationStatus(collection: articles, id: $id) { defaultLocale locales { locale complete missing } } }',
      { id: String(id) },
      { token: team.reviewer.token },
    )
    expect(graphql.body.data.translationStatus).toEqual({
      defaultLocale: 'en',
      locales: [
        { locale: 'en', complete: true, missing: [] },
        { locale: 'es', complete: true, missing: [] },
      ],
    })
    expect((await api().get(`/api/articles/${id}/translations`)).status).toBe(403)
  })
})

describe('approving named locales', () => {
  it('refuses an incomplete locale, a missing default locale and unknown locales, changing nothing', async () => {
    const id = await halfTranslated('Refused locales')
    await submit(api(), 'articles', id, team.editor.token)
    const before = await fingerprint(server.payload)
    const incomplete = await decide(id, { locales: ['en', 'es'] })
    expect(incomplete.status).toBe(422)
    expect(problemRules(incomplete.body)).toEqual(['locale-incomplete'])
    expect(problemFields(incomplete.body)).toEqual(['locales'])
    expect(incomplete.body.errors[0].message).toContain(
      'The es translation is incomplete (missing: summary, body)',
    )
    const noDefault = await decide(id, { locales: ['es'] })
    expect(problemRules(noDefault.body)).toEqual(['default-locale-required', 'locale-incomplete'])
    for (const locales of [['fr'], 'en', [], ['en', 'en']]) {
      const bad = await decide(id, { locales })
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].data.errors[0].path).toBe('locales')
    }
    const graphql = await api().graphql(
      'mutation ($id: ID!, $hash: String!) { reviewDocument(collection: articles, id: $id, decision: approve, comment: "ok", contentHash: $hash, locales: ["en", "es"]) { reviewStatus } }',
      { id: String(id), hash: await storedHash(server.payload, 'articles', id, true) },
      { token: team.reviewer.token },
    )
    expect(graphql.body.errors?.[0].extensions).toMatchObject({
      statusCode: 422,
      data: { rule: 'locale-incomplete' },
    })
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('approves the default locale and the complete translations when none are named; the hash covers exactly those', async () => {
    const id = await halfTranslated('Default locales')
    await submit(api(), 'articles', id, team.editor.token)
    const approved = await decide(id, {})
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.approvedLocales).toEqual(['en'])
    const englishOnly = await storedHash(server.payload, 'articles', id, true, ['en'])
    expect(approved.body.contentHash).toBe(englishOnly)
    expect(englishOnly).not.toBe(await storedHash(server.payload, 'articles', id, true))
    const record = await server.payload.findByID({
      collection: 'review-records',
      id: approved.body.recordId,
      overrideAccess: true,
    })
    expect(record).toMatchObject({ contentHash: englishOnly, approvedLocales: ['en'] })
    expect((await latestDraft(server.payload, 'articles', id)).approvedLocales).toEqual(['en'])

    // Any later change to reviewed text voids it, in an unapproved locale too: what goes live is what was read.
    const edit = await api().patch(
      `/api/articles/${id}?draft=true&locale=es`,
      { summary: 'Un resumen nuevo.' },
      { token: team.editor.token },
    )
    expect(edit.body.doc.reviewStatus).toBe('draft')
  })

  it('approves both locales of a complete translation over GraphQL', async () => {
    const created = await api().post('/api/articles', articleData({ title: 'Bilingual article' }), {
      token: team.editor.token,
    })
    const id = created.body.doc.id
    await api().patch(`/api/articles/${id}?draft=true&locale=es`, SPANISH, {
      token: team.editor.token,
    })
    const { contentHash } = await submit(api(), 'articles', id, team.editor.token)
    const response = await api().graphql(
      'mutation ($id: ID!, $hash: String!) { reviewDocument(collection: articles, id: $id, decision: approve, comment: "Both read.", contentHash: $hash, locales: ["en", "es"]) { approvedLocales contentHash } }',
      { id: String(id), hash: contentHash },
      { token: team.reviewer.token },
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.reviewDocument).toEqual({
      approvedLocales: ['en', 'es'],
      contentHash,
    })
  })
})

describe('what the public reads', () => {
  let halfId: number
  let fullId: number
  let slug: string

  beforeAll(async () => {
    const disclosure = await publishApproved(api(), team, 'risk-disclosures', disclosureData())
    const treatment = await publishApproved(
      api(),
      team,
      'treatment-options',
      treatmentData({ riskDisclosures: [disclosure] }),
    )
    halfId = await halfTranslated('Half translated page')
    await api().patch(
      `/api/articles/${halfId}?draft=true`,
      { treatments: [treatment] },
      { token: team.editor.token },
    )
    await submit(api(), 'articles', halfId, team.editor.token)
    expect((await decide(halfId, {})).status).toBe(200)
    expect(
      (
        await api().patch(
          `/api/articles/${halfId}`,
          { _status: 'published' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)
    slug = (await latestDraft(server.payload, 'articles', halfId)).slug

    const created = await api().post(
      '/api/articles',
      articleData({ title: 'Fully translated page' }),
      { token: team.editor.token },
    )
    fullId = created.body.doc.id
    await api().patch(`/api/articles/${fullId}?draft=true&locale=es`, SPANISH, {
      token: team.editor.token,
    })
    await submit(api(), 'articles', fullId, team.editor.token)
    expect((await decide(fullId, { locales: ['en', 'es'] })).status).toBe(200)
    expect(
      (
        await api().patch(
          `/api/articles/${fullId}`,
          { _status: 'published' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)
  })

  it('serves an unapproved locale wholly in the approved fallback, and says so; never the Spanish title over English text', async () => {
    const spanish = await api().get(`/api/articles/${halfId}?locale=es`)
    expect(spanish.status).toBe(200)
    expect(spanish.body.title).toBe('Half translated page')
    expect(spanish.body.localeStatus).toEqual({
      requestedLocale: 'es',
      locale: 'en',
      fallback: true,
      approvedLocales: ['en'],
      fieldLocales: {
        title: 'en',
        summary: 'en',
        body: 'en',
        'seo.metaTitle': null,
        'seo.metaDescription': null,
      },
    })
    expect(JSON.stringify(spanish.body)).not.toContain('(es)')

    const none = await api().get(`/api/articles/${halfId}?locale=es&fallbackLocale=none`)
    expect(none.body.title ?? null).toBeNull()
    expect(none.body.body ?? null).toBeNull()
    expect(none.body.localeStatus).toMatchObject({
      requestedLocale: 'es',
      locale: null,
      fallback: false,
    })

    const all = await api().get(`/api/articles/${halfId}?locale=all`)
    expect(all.body.title).toEqual({ en: 'Half translated page' })

    const bySlug = await api().graphql(
      'query ($slug: String) { Articles(where: { slug: { equals: $slug } }, locale: es) { docs { title localeStatus { locale fallback approvedLocales fieldLocales } } } }',
      { slug },
    )
    expect(bySlug.body.errors).toBeUndefined()
    expect(bySlug.body.data.Articles.docs[0]).toMatchObject({
      title: 'Half translated page',
      localeStatus: { locale: 'en', fallback: true, approvedLocales: ['en'] },
    })
    expect(bySlug.body.data.Articles.docs[0].localeStatus.fieldLocales.title).toBe('en')

    // Staff see the document as written, and are told it is not approved in Spanish.
    const staff = await api().get(`/api/articles/${halfId}?locale=es`, { token: team.editor.token })
    expect(staff.body.title).toBe('Half translated page (es)')
    expect(staff.body.localeStatus).toMatchObject({
      approvedLocales: ['en'],
      fieldLocales: { title: 'es', body: 'en' },
    })
  })

  it('serves an approved translation as itself', async () => {
    const spanish = await api().get(`/api/articles/${fullId}?locale=es&fallbackLocale=none`)
    expect(spanish.body).toMatchObject({ title: SPANISH.title, summary: SPANISH.summary })
    expect(spanish.body.localeStatus).toMatchObject({
      requestedLocale: 'es',
      locale: 'es',
      fallback: false,
      approvedLocales: ['en', 'es'],
    })
  })

  it('keeps unapproved locales out of the sitemap and the structured data', async () => {
    const sitemap = await api().get('/api/sitemap?type=article')
    const entry = (id: number) =>
      sitemap.body.entries.find((candidate: { id: number }) => candidate.id === id)
    expect(
      entry(halfId).alternates.map((alternate: { locale: string }) => alternate.locale),
    ).toEqual(['en'])
    expect(
      entry(fullId).alternates.map((alternate: { locale: string }) => alternate.locale),
    ).toEqual(['en', 'es'])
    const jsonLd = await api().get(`/api/articles/${halfId}/jsonld?locale=es`)
    expect(jsonLd.body).toMatchObject({ headline: 'Half translated page', inLanguage: 'en' })
  })

  it('lets a select-ed read still serve only approved locales', async () => {
    const selected = await api().get(`/api/articles/${halfId}?locale=es&select[title]=true`)
    expect(selected.body.title).toBe('Half translated page')
    expect(selected.body.approvedLocales).toBeUndefined()
    const list = await api().get(
      `/api/articles?locale=all&select[title]=true&where[id][equals]=${halfId}`,
    )
    expect(list.body.docs[0].title).toEqual({ en: 'Half translated page' })
  })
})

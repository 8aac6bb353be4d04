import { PayloadSDK } from '@payloadcms/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Config } from '../../src/payload-types'
import { publishArticlePage, type ArticlePage } from '../helpers/articlePage'
import { approveDocument, createTeam, PASSWORD, TINY_PNG, type Team } from '../helpers/fixtures'
import { startReceiver, type Receiver } from '../helpers/receiver'
import { startTestServer, type TestServer } from '../helpers/server'
import { articlePage } from './sdk-types'

/**
 * REST as frontends use it: Payload's SDK typed with the generated Config, browsers from
 * another origin, CDNs that cache by URL and purge by tag, and one error envelope.
 */

const APP_ORIGIN = 'https://app.example'
const SITE_URL = 'https://www.harborlight.example'
const CDN_TOKEN = 'cdn-token-0123456789'

let server: TestServer
let team: Team
let page: ArticlePage
let cdn: Receiver
let sdk: PayloadSDK<Config>
let frontendKey: string

const FRONTEND_KEY = 'frontend-key-0123456789abcdef0123456789ab'

beforeAll(async () => {
  cdn = await startReceiver()
  server = await startTestServer({
    env: {
      CORS_ORIGINS: APP_ORIGIN,
      SITE_URL,
      SITE_PAGE_PATHS: 'article=/{locale}/guides/{slug}',
      CDN_PURGE_URL: cdn.url,
      CDN_PURGE_TOKEN: CDN_TOKEN,
    },
  })
  team = await createTeam(server.payload, server.api)
  page = await publishArticlePage(server.api, team)
  await server.payload.create({
    collection: 'users',
    data: {
      email: 'website@example.com',
      password: PASSWORD,
      name: 'Website',
      roles: ['frontend'],
      enableAPIKey: true,
      apiKey: FRONTEND_KEY,
    } as never,
    overrideAccess: true,
  })
  frontendKey = FRONTEND_KEY
  sdk = new PayloadSDK<Config>({ baseURL: `${server.url}/api` })
})

afterAll(async () => {
  await server?.close()
  await cdn?.close()
})

const get = (urlPath: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${urlPath}`, { headers })
const tagsOf = (response: Response) =>
  (response.headers.get('surrogate-key') ?? '').split(' ').filter(Boolean)

describe('Payload SDK', () => {
  it('reads the Spanish article page, typed with the generated Config', async () => {
    expect(await articlePage(sdk, page.slug)).toEqual({
      title: 'Su primera infusión',
      treatments: ['IV infusion'],
      disclosures: ['Raised blood pressure'],
    })
  })

  it('signs in, creates without the fields the server fills in, updates, and uploads a file', async () => {
    const { token, user } = await sdk.login({
      collection: 'users',
      data: { email: 'editor@example.com', password: PASSWORD },
    })
    expect(user.name).toBe('Eli Editor')
    const init = { headers: { authorization: `JWT ${token}` } }
    const article = await sdk.create(
      {
        collection: 'articles',
        data: {
          title: 'Made with the SDK',
          references: [{ title: 'A source', url: 'https://example.org/source' }],
        },
      },
      init,
    )
    expect(article.slug).toBe('made-with-the-sdk')
    expect(
      article.authors?.map((author) => (typeof author === 'object' ? author.id : author)),
    ).toEqual([user.id])
    const updated = await sdk.update(
      {
        collection: 'articles',
        id: article.id,
        data: { summary: 'Updated with the SDK' },
        draft: true,
      },
      init,
    )
    expect(updated.summary).toBe('Updated with the SDK')
    const media = await sdk.create(
      {
        collection: 'media',
        data: { alt: 'A pixel' },
        file: new Blob([new Uint8Array(TINY_PNG)], { type: 'image/png' }),
      },
      init,
    )
    // The SDK sends the file without a name: it is named after its content, with the extension of its type.
    expect(media.filename).toMatch(/^blob-[0-9a-f]{16}\.png$/)
    const me = await sdk.me({ collection: 'users' }, init)
    expect(me.user?.email).toBe('editor@example.com')
  })
})

describe('one error envelope', () => {
  it('answers every refusal with errors: [{ message, code, field?, rule? }], keeping the older keys', async () => {
    const editor = { authorization: `JWT ${team.editor.token}`, 'content-type': 'application/json' }
    const disclosureDelete = await fetch(`${server.url}/api/risk-disclosures/${page.disclosure}`, {
      method: 'DELETE',
      headers: editor,
    })
    const publishUnreviewed = await (async () => {
      const created = await server.api.post(
        '/api/articles',
        { title: 'Not reviewed', references: [{ title: 'A', url: 'https://example.org/a' }] },
        { token: team.editor.token },
      )
      return fetch(`${server.url}/api/articles/${created.body.doc.id}`, {
        method: 'PATCH',
        headers: editor,
        body: JSON.stringify({ _status: 'published' }),
      })
    })()
    const cases: Array<[string, Promise<Response> | Response, number, Record<string, unknown>]> = [
      [
        'field validation',
        fetch(`${server.url}/api/conditions`, {
          method: 'POST',
          headers: editor,
          body: JSON.stringify({ name: 'Insomnia', icd10: ['not a code'] }),
        }),
        400,
        { code: 'validation-failed', field: 'icd10' },
      ],
      [
        'unusable query',
        get('/api/articles?where[publishedAt][equals]=not-a-date'),
        400,
        { code: 'invalid-request', rule: 'invalid-query' },
      ],
      [
        'unknown field in a query',
        get('/api/articles?where[nope][equals]=1'),
        400,
        { code: 'invalid-request' },
      ],
      [
        'unknown locale',
        get('/api/articles?locale=fr'),
        400,
        { code: 'invalid-request', rule: 'invalid-locale', field: 'locale' },
      ],
      [
        'malformed JSON',
        fetch(`${server.url}/api/conditions`, {
          method: 'POST',
          headers: editor,
          body: '{"name":',
        }),
        400,
        { code: 'invalid-request', rule: 'invalid-json' },
      ],
      [
        'wrong password',
        fetch(`${server.url}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: 'editor@example.com',
            password: 'not the password at all',
          }),
        }),
        401,
        { code: 'unauthorized' },
      ],
      ['not allowed', get('/api/users'), 403, { code: 'forbidden' }],
      ['no such document', get('/api/articles/99999999'), 404, { code: 'not-found' }],
      [
        'an id that cannot be one',
        get('/api/articles/not-a-number'),
        404,
        { code: 'not-found', rule: 'not-found' },
      ],
      ['no such route', get('/api/nothing-here'), 404, { code: 'not-found', rule: 'not-found' }],
      [
        'no versions kept',
        get('/api/users/versions'),
        404,
        { code: 'not-found', rule: 'no-versions' },
      ],
      ['still referenced', disclosureDelete, 409, { code: 'conflict', rule: 'still-referenced' }],
      ['publish without sign-off', publishUnreviewed, 422, { code: 'rule-violation' }],
      [
        'body too large',
        fetch(`${server.url}/api/conditions`, {
          method: 'POST',
          headers: editor,
          body: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
        }),
        413,
        { code: 'body-too-large', rule: 'body-too-large' },
      ],
    ]
    for (const [label, pending, status, expected] of cases) {
      const answer = await pending
      const body = await answer.json()
      expect([label, answer.status]).toEqual([label, status])
      expect(body.errors?.length, label).toBeGreaterThan(0)
      for (const entry of body.errors) {
        expect(typeof entry.message, label).toBe('string')
        expect(typeof entry.code, label).toBe('string')
      }
      expect(body.errors[0], label).toMatchObject(expected)
      if (expected.rule)
        expect(body.errors[0].data?.rule, `${label}: data.rule kept`).toBe(expected.rule)
    }
  })

  it("leaves keys that are not document ids alone: the admin UI's preferences", async () => {
    const saved = await server.api.post(
      '/api/payload-preferences/contract-columns',
      { value: { columns: ['title'] } },
      { token: team.editor.token },
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const read = await server.api.get('/api/payload-preferences/contract-columns', {
      token: team.editor.token,
    })
    expect(read.body.value).toEqual({ columns: ['title'] })
  })

  it("keeps Payload's field list for validation errors and names the one field at fault", async () => {
    const answer = await server.api.post(
      '/api/conditions',
      { name: '', icd10: ['not a code'] },
      { token: team.editor.token },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['icd10', 'name']),
    )
    // Two fields: the list says which; `field` is only set when one field is at fault.
    expect(answer.body.errors[0].field).toBeUndefined()
    expect(answer.body.errors[0].code).toBe('validation-failed')
  })
})

describe('locales', () => {
  it('refuses a locale the site does not have over REST, as GraphQL does, and nothing is cached under it', async () => {
    for (const query of ['locale=fr', 'fallbackLocale=fr', 'fallback-locale=xx']) {
      const answer = await get(`/api/articles/${page.article}?${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.headers.get('x-cache'), query).toBeNull()
    }
    expect((await get(`/api/articles/${page.article}?locale=es`)).status).toBe(200)
    expect((await get(`/api/articles/${page.article}?locale=all&fallbackLocale=none`)).status).toBe(
      200,
    )
    const graphql = await fetch(
      `${server.url}/api/graphql?locale=fr&query=${encodeURIComponent('{ __typename }')}`,
    )
    expect(graphql.status).toBe(400)
    expect((await graphql.json()).errors[0].extensions).toMatchObject({
      code: 'invalid-request',
      field: 'locale',
    })
  })
})

describe('API keys', () => {
  it('answer `me` for the preview key and a frontend key, without the key itself', async () => {
    for (const [key, email, role] of [
      [team.preview.apiKey, 'preview@example.com', 'frontend-preview'],
      [frontendKey, 'website@example.com', 'frontend'],
    ]) {
      const me = await server.api.get('/api/users/me', { apiKey: key })
      expect(me.status).toBe(200)
      expect(me.body.user).toMatchObject({ email, roles: [role] })
      expect(JSON.stringify(me.body)).not.toContain(key)
      const graphql = await server.api.graphql('{ meUser { user { email } } }', undefined, {
        apiKey: key,
      })
      expect(graphql.body.data.meUser.user.email).toBe(email)
    }
    // Its own record only: the users list stays closed to the keys.
    expect((await server.api.get('/api/users', { apiKey: team.preview.apiKey })).status).toBe(403)
    expect(
      (await server.api.get(`/api/users/${team.editor.id}`, { apiKey: frontendKey })).status,
    ).toBe(403)
  })

  it('give a frontend key what anonymous readers get, from the shared cache, and never drafts', async () => {
    const url = `/api/articles/${page.article}?depth=1`
    const anonymous = await get(url)
    const withKey = await get(url, { authorization: `users API-Key ${frontendKey}` })
    expect(withKey.headers.get('x-cache')).toBe('HIT')
    expect(withKey.headers.get('cache-control')).toBe(anonymous.headers.get('cache-control'))
    expect(await withKey.json()).toEqual(await anonymous.json())
    await server.api.patch(
      `/api/articles/${page.article}?draft=true`,
      { summary: 'UNRELEASED summary' },
      { token: team.editor.token },
    )
    const draft = await get(`/api/articles/${page.article}?draft=true`, {
      authorization: `users API-Key ${frontendKey}`,
    })
    expect(draft.status).toBe(200)
    expect(JSON.stringify(await draft.json())).not.toContain('UNRELEASED')
    const preview = await get(`/api/articles/${page.article}?draft=true`, {
      authorization: `users API-Key ${team.preview.apiKey}`,
    })
    expect(JSON.stringify(await preview.json())).toContain('UNRELEASED')
  })
})

describe('structured data', () => {
  it('is on REST answers that select jsonLd, as on GraphQL answers that name it, and equals the jsonld endpoint', async () => {
    const rest = await (
      await get(`/api/articles/${page.article}?select[title]=true&select[jsonLd]=true&locale=es`)
    ).json()
    const endpoint = await (await get(`/api/articles/${page.article}/jsonld?locale=es`)).json()
    const graphql = await server.api.graphql(
      `{ Article(id: ${page.article}, locale: es) { jsonLd } }`,
    )
    expect(rest.jsonLd['@type']).toBe('MedicalWebPage')
    expect(rest.jsonLd).toEqual(endpoint)
    expect(graphql.body.data.Article.jsonLd).toEqual(endpoint)
    expect(endpoint.url).toBe(`${SITE_URL}/es/guides/${page.slug}`)
    const plain = await (await get(`/api/articles/${page.article}?locale=es`)).json()
    expect(plain.jsonLd ?? null).toBeNull()
  })
})

describe('sitemap', () => {
  it('serves an XML sitemap with absolute locations, lastmod and hreflang alternates from SITE_URL and the page paths', async () => {
    const answer = await get('/api/sitemap.xml')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('application/xml')
    const xml = await answer.text()
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
    )
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1])
    const english = urls.find((entry) =>
      entry.includes(`<loc>${SITE_URL}/en/guides/${page.slug}</loc>`),
    )!
    expect(english).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/)
    expect(english).toContain(
      `<xhtml:link rel="alternate" hreflang="es" href="${SITE_URL}/es/guides/${page.slug}"/>`,
    )
    expect(english).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${SITE_URL}/en/guides/${page.slug}"/>`,
    )
    expect(
      urls.some((entry) => entry.includes(`<loc>${SITE_URL}/es/guides/${page.slug}</loc>`)),
    ).toBe(true)
    expect(urls.some((entry) => entry.includes(`<loc>${SITE_URL}/en/clinics/downtown</loc>`))).toBe(
      true,
    )
    expect((await get('/api/sitemap.xml')).headers.get('x-cache')).toBe('HIT')
  })

  it('pages over all types with one limit, and lists page addresses in the JSON too', async () => {
    const all = await (await get('/api/sitemap')).json()
    const total = all.totalDocs
    expect(all.entries).toHaveLength(total)
    expect(all.entries.find((entry: { type: string }) => entry.type === 'article').url).toBe(
      `${SITE_URL}/en/guides/${page.slug}`,
    )
    const pages = []
    for (let number = 1; number <= Math.ceil(total / 2); number += 1)
      pages.push(await (await get(`/api/sitemap?limit=2&page=${number}`)).json())
    expect(pages.map((one) => one.entries.length)).toEqual(
      Array.from({ length: pages.length }, (_, index) => Math.min(2, total - index * 2)),
    )
    expect(
      pages.flatMap((one) =>
        one.entries.map((entry: { id: unknown; type: string }) => `${entry.type}:${entry.id}`),
      ),
    ).toEqual(
      all.entries.map((entry: { id: unknown; type: string }) => `${entry.type}:${entry.id}`),
    )
    expect(pages.at(-1).hasNextPage).toBe(false)
    const xmlPage = await get('/api/sitemap.xml?limit=2')
    expect(xmlPage.headers.get('link')).toBe('</api/sitemap.xml?limit=2&page=2>; rel="next"')
  })
})

describe('CORS for browser frontends', () => {
  it("lets preflights through with Apollo's and request-id headers, for a while, and lets scripts read validators, limits and tags", async () => {
    const preflight = await fetch(`${server.url}/api/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers':
          'apollographql-client-name, apollographql-client-version, x-request-id, content-type',
      },
    })
    expect(preflight.status).toBe(204)
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').split(', ')
    expect(allowed).toEqual(
      expect.arrayContaining([
        'apollographql-client-name',
        'apollographql-client-version',
        'x-request-id',
        'content-type',
        'authorization',
        'if-none-match',
      ]),
    )
    expect(preflight.headers.get('access-control-max-age')).toBe('600')
    const read = await get('/api/conditions', { origin: APP_ORIGIN })
    const exposed = (read.headers.get('access-control-expose-headers') ?? '').split(', ')
    expect(exposed).toEqual(
      expect.arrayContaining([
        'etag',
        'ratelimit',
        'ratelimit-policy',
        'retry-after',
        'surrogate-key',
        'cache-tag',
        'x-request-id',
      ]),
    )
    const foreign = await fetch(`${server.url}/api/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect(
      (await get('/api/conditions', { origin: 'https://evil.example' })).headers.get(
        'access-control-expose-headers',
      ),
    ).toBeNull()
  })
})

describe('cache tags and purges', () => {
  it('tags each anonymous answer with the documents in it', async () => {
    const answer = await get(`/api/articles?where[slug][equals]=${page.slug}&depth=2`)
    const tags = tagsOf(answer)
    expect(tags).toEqual(
      expect.arrayContaining([
        `article:${page.article}`,
        `article:slug:${page.slug}`,
        `treatment:${page.treatment}`,
        `disclosure:${page.disclosure}`,
        `clinic:${page.clinic}`,
        `condition:${page.condition}`,
        'cms',
      ]),
    )
    // A page looked up by slug is not a list: publishing another article leaves it alone.
    expect(tags).not.toContain('article:list')
    expect(tags).not.toContain(`clinic:${page.otherClinic}`)
    expect(tags).not.toContain(`treatment:${page.otherTreatment}`)
    expect(answer.headers.get('cache-tag')).toBe(tags.join(','))
    const graphql = await fetch(
      `${server.url}/api/graphql?query=${encodeURIComponent(`{ ClinicLocation(id: ${page.otherClinic}) { name } }`)}`,
    )
    expect(tagsOf(graphql)).toEqual([`clinic:${page.otherClinic}`, 'cms'])
  })

  it('purges only what a publish touched: here, in the CDN (by tag) and in webhook payloads; unrelated cached answers stay', async () => {
    const webhook = await server.api.post(
      '/api/webhooks',
      {
        name: 'Next.js revalidation',
        url: cdn.url,
        events: ['publish'],
        collections: ['treatment-options'],
        secret: 'a-shared-secret-for-the-frontend',
      },
      { token: team.admin.token },
    )
    expect(webhook.status).toBe(201)
    const articleUrl = `/api/articles?where[slug][equals]=${page.slug}&depth=2`
    const unrelated = [
      `/api/clinic-locations/${page.otherClinic}?depth=0`,
      '/api/conditions',
      `/api/graphql?query=${encodeURIComponent(`{ ClinicLocation(id: ${page.otherClinic}) { name } }`)}`,
    ]
    for (const url of [articleUrl, ...unrelated]) {
      await get(url)
      expect((await get(url)).headers.get('x-cache'), url).toBe('HIT')
    }
    // A draft save changes nothing anonymous readers get: nothing is purged.
    await server.api.patch(
      `/api/treatment-options/${page.treatment}?draft=true`,
      { summary: 'A changed summary, reviewed again.' },
      { token: team.editor.token },
    )
    expect((await get(articleUrl)).headers.get('x-cache')).toBe('HIT')
    cdn.received.length = 0
    await approveDocument(
      server.api,
      'treatment-options',
      page.treatment,
      team.editor,
      team.reviewer,
    )
    const published = await server.api.patch(
      `/api/treatment-options/${page.treatment}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)

    const article = await get(articleUrl)
    expect(article.headers.get('x-cache')).toBe('MISS')
    expect((await article.json()).docs[0].treatments[0].summary).toBe(
      'A changed summary, reviewed again.',
    )
    for (const url of unrelated) expect((await get(url)).headers.get('x-cache'), url).toBe('HIT')

    const touched = [`treatment:${page.treatment}`, 'treatment:slug:iv-infusion', 'treatment:list']
    await expect
      .poll(
        () =>
          cdn.received
            .filter((request) => request.headers.authorization === `Bearer ${CDN_TOKEN}`)
            .map((request) => JSON.parse(request.body).tags),
        { timeout: 10_000 },
      )
      .toContainEqual(touched)
    await server.payload.jobs.run({ queue: 'webhooks' })
    await expect
      .poll(
        () =>
          cdn.received
            .filter((request) => request.headers['x-cms-event'] === 'publish')
            .map((request) => JSON.parse(request.body).tags),
        { timeout: 10_000 },
      )
      .toContainEqual(touched)
    // What a purge names is what the answers carry: the document in the article, the slug in a page, the list in a list.
    expect(tagsOf(await get(articleUrl))).toContain(touched[0])
    expect(tagsOf(await get('/api/treatment-options?where[slug][equals]=iv-infusion'))).toContain(
      touched[1],
    )
    expect(tagsOf(await get('/api/treatment-options?limit=1'))).toContain(touched[2])
  })

  it('keeps a page by slug when another document of its type is published, and fills a page that was not found yet', async () => {
    const pageUrl = `/api/articles?where[slug][equals]=${page.slug}&depth=1`
    const listUrl = '/api/articles?limit=5'
    const comingUrl = '/api/articles?where[slug][equals]=coming-soon'
    for (const url of [pageUrl, listUrl, comingUrl]) {
      await get(url)
      expect((await get(url)).headers.get('x-cache'), url).toBe('HIT')
    }
    expect((await (await get(comingUrl)).json()).docs).toEqual([])
    const created = await server.api.post(
      '/api/articles',
      {
        title: 'Coming soon',
        slug: 'coming-soon',
        references: [{ title: 'A source', url: 'https://example.org/coming' }],
      },
      { token: team.editor.token },
    )
    await approveDocument(server.api, 'articles', created.body.doc.id, team.editor, team.reviewer)
    expect(
      (
        await server.api.patch(
          `/api/articles/${created.body.doc.id}`,
          { _status: 'published' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)
    expect((await get(pageUrl)).headers.get('x-cache')).toBe('HIT')
    expect((await get(listUrl)).headers.get('x-cache')).toBe('MISS')
    const coming = await get(comingUrl)
    expect(coming.headers.get('x-cache')).toBe('MISS')
    expect((await coming.json()).docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Coming soon',
    ])
  })
})

describe('media files', () => {
  it('are named after their content, served with validators, cached for a year as immutable, and answer 304', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(TINY_PNG)], { type: 'image/png' }), 'photo.png')
    form.append('_payload', JSON.stringify({ alt: 'A photo' }))
    const uploaded = await server.api.request('POST', '/api/media', undefined, {
      token: team.editor.token,
      rawBody: form,
    })
    expect(uploaded.status).toBe(201)
    const { filename, url } = uploaded.body.doc
    expect(filename).toMatch(/^photo-[0-9a-f]{16}\.png$/)
    expect(url).toBe(`${server.url}/api/media/file/${filename}`)
    const file = await fetch(url)
    expect(file.status).toBe(200)
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const etag = file.headers.get('etag')!
    const lastModified = file.headers.get('last-modified')!
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/)
    expect(new Date(lastModified).getTime()).not.toBeNaN()
    expect(Buffer.from(await file.arrayBuffer()).equals(TINY_PNG)).toBe(true)
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304)
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304)
    expect((await fetch(url, { headers: { 'if-none-match': '"another"' } })).status).toBe(200)

    // Different content under the same name gets a different file name.
    const replacement = new FormData()
    const other = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    )
    replacement.append(
      'file',
      new Blob([new Uint8Array(other)], { type: 'image/png' }),
      'photo.png',
    )
    replacement.append('_payload', JSON.stringify({ alt: 'A photo' }))
    const replaced = await server.api.request(
      'PATCH',
      `/api/media/${uploaded.body.doc.id}`,
      undefined,
      { token: team.editor.token, rawBody: replacement },
    )
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200)
    expect(replaced.body.doc.filename).toMatch(/^photo-[0-9a-f]{16}\.png$/)
    expect(replaced.body.doc.filename).not.toBe(filename)
  })
})
